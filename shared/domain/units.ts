// The five kinds of reporting unit, named as Luật 10/2022/QH15 (Điều 2) names them. Every screen,
// report, workbook and CLI message takes the names from here.

export const UNIT_KINDS = ['xa', 'co_quan', 'su_nghiep', 'dnnn', 'dn_khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitKindInfo {
  kind: UnitKind;
  label: string;
  /** The name mid-sentence ("đối với cơ quan nhà nước"): only the first letter lowered, so
   * "Nhà nước" keeps its capital where the Law writes it. */
  phrase: string;
  /** A column heading in the consolidated tables. */
  short: string;
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
    phrase: 'xã, phường, đặc khu',
    short: 'Xã, phường',
    actor: 'Ủy ban nhân dân xã',
    letter: 'X',
    lawChapter: 'Chương II Luật Thực hiện dân chủ ở cơ sở',
  },
  co_quan: {
    kind: 'co_quan',
    label: 'Cơ quan nhà nước',
    phrase: 'cơ quan nhà nước',
    short: 'Cơ quan nhà nước',
    actor: 'Cơ quan',
    letter: 'C',
    lawChapter: 'Chương III Luật Thực hiện dân chủ ở cơ sở',
  },
  su_nghiep: {
    kind: 'su_nghiep',
    label: 'Đơn vị sự nghiệp công lập',
    phrase: 'đơn vị sự nghiệp công lập',
    short: 'Đơn vị sự nghiệp',
    actor: 'Đơn vị',
    letter: 'C',
    lawChapter: 'Chương III Luật Thực hiện dân chủ ở cơ sở',
  },
  dnnn: {
    kind: 'dnnn',
    label: 'Doanh nghiệp nhà nước',
    phrase: 'doanh nghiệp nhà nước',
    short: 'Doanh nghiệp nhà nước',
    actor: 'Doanh nghiệp',
    letter: 'D',
    lawChapter: 'Mục 1 Chương IV Luật Thực hiện dân chủ ở cơ sở',
  },
  dn_khac: {
    kind: 'dn_khac',
    // Điều 2: "doanh nghiệp, tổ chức khác có thuê mướn, sử dụng lao động … thuộc khu vực ngoài Nhà nước".
    label: 'Doanh nghiệp, tổ chức có sử dụng lao động thuộc khu vực ngoài Nhà nước',
    phrase: 'doanh nghiệp, tổ chức có sử dụng lao động thuộc khu vực ngoài Nhà nước',
    short: 'Doanh nghiệp, tổ chức ngoài Nhà nước',
    actor: 'Doanh nghiệp',
    letter: 'N',
    lawChapter: 'Điều 82 Luật Thực hiện dân chủ ở cơ sở; Nghị định 145/2020/NĐ-CP',
  },
};

export function isUnitKind(v: unknown): v is UnitKind {
  return typeof v === 'string' && (UNIT_KINDS as readonly string[]).includes(v);
}

/** "xa (Xã, phường, đặc khu); co_quan (Cơ quan nhà nước); …": the choices a message offers. */
export function unitKindChoices(): string {
  return UNIT_KINDS.map((k) => `${k} (${UNIT_KIND_INFO[k].label})`).join('; ');
}

/** Accepts the code, the Vietnamese name or its short form, ignoring case and diacritics, for imports. */
export function parseUnitKind(text: string): UnitKind | null {
  const key = foldVietnamese(text);
  for (const k of UNIT_KINDS) {
    const info = UNIT_KIND_INFO[k];
    if ([k, info.label, info.short].some((name) => foldVietnamese(name) === key)) return k;
  }
  const aliases: Record<string, UnitKind> = {
    xa: 'xa',
    phuong: 'xa',
    'dac khu': 'xa',
    'ubnd xa': 'xa',
    'co quan': 'co_quan',
    'co quan hanh chinh': 'co_quan',
    // The names earlier versions wrote into lists and workbooks.
    'co quan hanh chinh nha nuoc': 'co_quan',
    'doanh nghiep, to chuc co su dung lao dong': 'dn_khac',
    'doanh nghiep khac': 'dn_khac',
    'doanh nghiep ngoai nha nuoc': 'dn_khac',
    'doanh nghiep tu nhan': 'dn_khac',
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
