// The five kinds of reporting unit named by Luật 10/2022 and domain.md.

export const UNIT_KINDS = ['xa', 'co_quan', 'su_nghiep', 'dnnn', 'dn_khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitKindInfo {
  kind: UnitKind;
  label: string;
  /** How the report refers to the unit's own body in sentences. */
  actor: string;
  /** The catalogue's letter groups (reference.md §3.4: X, C, D, N). */
  letter: 'X' | 'C' | 'D' | 'N';
  /** Chapter of the Law that governs this kind. */
  lawChapter: string;
}

export const UNIT_KIND_INFO: Record<UnitKind, UnitKindInfo> = {
  xa: {
    kind: 'xa',
    label: 'Xã, phường, đặc khu',
    actor: 'Ủy ban nhân dân xã',
    letter: 'X',
    lawChapter: 'Chương II Luật Thực hiện dân chủ ở cơ sở',
  },
  co_quan: {
    kind: 'co_quan',
    label: 'Cơ quan hành chính nhà nước',
    actor: 'Cơ quan',
    letter: 'C',
    lawChapter: 'Chương III Luật Thực hiện dân chủ ở cơ sở',
  },
  su_nghiep: {
    kind: 'su_nghiep',
    label: 'Đơn vị sự nghiệp công lập',
    actor: 'Đơn vị',
    letter: 'C',
    lawChapter: 'Chương III Luật Thực hiện dân chủ ở cơ sở',
  },
  dnnn: {
    kind: 'dnnn',
    label: 'Doanh nghiệp nhà nước',
    actor: 'Doanh nghiệp',
    letter: 'D',
    lawChapter: 'Mục 1 Chương IV Luật Thực hiện dân chủ ở cơ sở',
  },
  dn_khac: {
    kind: 'dn_khac',
    label: 'Doanh nghiệp, tổ chức có sử dụng lao động',
    actor: 'Doanh nghiệp',
    letter: 'N',
    lawChapter: 'Điều 82 Luật Thực hiện dân chủ ở cơ sở; Nghị định 145/2020/NĐ-CP',
  },
};

export function isUnitKind(v: unknown): v is UnitKind {
  return typeof v === 'string' && (UNIT_KINDS as readonly string[]).includes(v);
}

/** Accepts the code or the Vietnamese label, ignoring case and diacritics, for imports. */
export function parseUnitKind(text: string): UnitKind | null {
  const key = foldVietnamese(text);
  for (const k of UNIT_KINDS) {
    if (foldVietnamese(k) === key || foldVietnamese(UNIT_KIND_INFO[k].label) === key) return k;
  }
  const aliases: Record<string, UnitKind> = {
    xa: 'xa',
    phuong: 'xa',
    'dac khu': 'xa',
    'ubnd xa': 'xa',
    'co quan': 'co_quan',
    'co quan hanh chinh': 'co_quan',
    'don vi su nghiep': 'su_nghiep',
    'don vi su nghiep cong lap': 'su_nghiep',
    dnnn: 'dnnn',
    'doanh nghiep': 'dn_khac',
    'to chuc co su dung lao dong': 'dn_khac',
  };
  return aliases[key] ?? null;
}

/** Lower-case, no diacritics, single spaces: for matching what people type. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}
