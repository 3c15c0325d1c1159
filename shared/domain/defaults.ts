// Sensible first-run settings for a unit, from its province profile and kind.
import type { ProvinceProfile } from './profiles/types';
import type { Signer, UnitProfile } from './unitProfile';
import { foldVietnamese, type UnitKind } from './units';

const SIGNER_BY_KIND: Record<UnitKind, Signer> = {
  xa: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
  co_quan: { authority: '', onBehalfOf: '', title: 'GIÁM ĐỐC', name: '' },
  su_nghiep: { authority: '', onBehalfOf: '', title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
  dnnn: { authority: '', onBehalfOf: '', title: 'TỔNG GIÁM ĐỐC', name: '' },
  dn_khac: { authority: '', onBehalfOf: '', title: 'GIÁM ĐỐC', name: '' },
};

/** "Ủy ban nhân dân xã Bình Lư" → "UBND-BL"-style codes are the văn thư's business; we suggest UBND. */
function suggestSymbol(kind: UnitKind, name: string): string {
  if (kind === 'xa') return 'UBND';
  const initials = foldVietnamese(name)
    .split(' ')
    .filter((w) => w.length > 1)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials.slice(0, 6) || 'DV';
}

/** The place name of a commune is its own name: "Ủy ban nhân dân xã Bình Lư" → "Bình Lư". */
function suggestPlace(kind: UnitKind, name: string, profile: ProvinceProfile): string {
  const m = /(?:xã|phường|đặc khu)\s+(.+)$/i.exec(name.trim());
  if (kind === 'xa' && m) return m[1]!.trim();
  return profile.name;
}

export function defaultUnitProfile(profile: ProvinceProfile, kind: UnitKind, name: string): UnitProfile {
  const isCommune = kind === 'xa';
  return {
    code: '',
    name,
    kind,
    profileId: profile.id,
    parentBody: isCommune ? profile.provinceBody : '',
    placeName: suggestPlace(kind, name, profile),
    docSymbol: suggestSymbol(kind, name),
    signer: { ...SIGNER_BY_KIND[kind] },
    kinhGui: [profile.reportTo],
    recipients: isCommune ? ['Thường trực Đảng ủy xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'] : [],
    archiveTag: isCommune ? 'VP' : 'TCHC',
    planRef: '',
    periodOverrides: {},
  };
}
