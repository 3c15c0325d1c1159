// Sensible first-run settings for a unit, from its province profile and kind.
import { BUILTIN_REGISTRY, type PlanRegistry } from '../plans/registry';
import { resolveUnitPlan } from '../plans/resolve';
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
function suggestPlace(kind: UnitKind, name: string, fallback: string): string {
  const m = /(?:xã|phường|đặc khu)\s+(.+)$/i.exec(name.trim());
  if (kind === 'xa' && m) return m[1]!.trim();
  return fallback;
}

/**
 * First-run settings from the chosen plan: a commune's units sit under the commune (its UBND as
 * cơ quan chủ quản, its name as địa danh) and report to it; the commune itself, and every unit
 * under a province plan, report where the province plan says.
 */
export function defaultUnitProfile(profile: ProvinceProfile, kind: UnitKind, name: string, reg: PlanRegistry = BUILTIN_REGISTRY): UnitProfile {
  const isCommune = kind === 'xa';
  const plan = resolveUnitPlan(reg, { kind, name, parentBody: '', profileId: profile.id });
  const province = plan?.province ?? profile;
  const underCommune = plan?.role === 'member' && plan.local?.issuer?.kind === 'xa' ? plan.local.issuer : null;
  const reportTo = plan ? plan.reportTo : profile.reportTo;
  return {
    code: '',
    name,
    kind,
    profileId: profile.id,
    parentBody: isCommune ? province.provinceBody : underCommune ? underCommune.name.toUpperCase() : '',
    placeName: suggestPlace(kind, name, underCommune?.place ?? province.name),
    docSymbol: suggestSymbol(kind, name),
    signer: { ...SIGNER_BY_KIND[kind] },
    kinhGui: reportTo ? [reportTo] : [],
    recipients: isCommune ? ['Thường trực Đảng ủy xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'] : [],
    archiveTag: isCommune ? 'VP' : 'TCHC',
    planRef: '',
    periodOverrides: {},
  };
}
