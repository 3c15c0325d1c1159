// How checklist items cite the law, and the builders the per-kind lists share. Citations are
// written as they stand mid-sentence in Nghị định 30/2020 (Phụ lục II): "khoản", "điểm" lower
// case, "Điều" capitalised: "điểm a khoản 1 Điều 64 Luật số 10/2022/QH15".
import type { ActivityKind } from './activities';
import type { ChecklistGroup, ChecklistItem } from './checklists.types';
import type { UnitKind } from './units';

export const LAW = 'Luật số 10/2022/QH15';
export const ND59 = 'Nghị định số 59/2023/NĐ-CP';
export const ND61 = 'Nghị định số 61/2023/NĐ-CP';
export const ND145 = 'Nghị định số 145/2020/NĐ-CP';
export const BLLD = 'Bộ luật Lao động số 45/2019/QH14';

export const ALL: UnitKind[] = ['xa', 'co_quan', 'su_nghiep', 'dnnn', 'dn_khac'];
export const X: UnitKind[] = ['xa'];
export const C: UnitKind[] = ['co_quan', 'su_nghiep'];
export const D: UnitKind[] = ['dnnn'];
export const N: UnitKind[] = ['dn_khac'];

export const khoan = (k: number, dieu: number, doc = LAW): string => `khoản ${k} Điều ${dieu} ${doc}`;
export const diem = (d: string, k: number, dieu: number, doc = LAW): string => `điểm ${d} khoản ${k} Điều ${dieu} ${doc}`;
export const dieu = (n: number, doc = LAW): string => `Điều ${n} ${doc}`;
/** Two articles that together hold a rule ("Điều 47 và Điều 48 …"), where the clause is not certain. */
export const dieuVa = (a: number, b: number, doc = LAW): string => `Điều ${a} và Điều ${b} ${doc}`;

/** Ids use ASCII: the letter đ becomes "dd". */
const idLetter = (d: string): string => (d === 'đ' ? 'dd' : d);

/** One numbered or lettered entry: its text and how activities are matched to it. */
export type Entry = string | ({ text: string } & Pick<ChecklistItem, 'keywords' | 'mask' | 'suggestFrom' | 'season' | 'figures'>);

function fromEntry(e: Entry, base: Omit<ChecklistItem, 'text'>): ChecklistItem {
  if (typeof e === 'string') return { ...base, text: e };
  const { text, ...rest } = e;
  return { ...base, ...rest, text };
}

/** Items for khoản 1…n of one article, in order. */
export function numbered(prefix: string, kinds: UnitKind[], group: ChecklistGroup, dieuNo: number, entries: Entry[], suggestFrom: ActivityKind[]): ChecklistItem[] {
  return entries.map((e, i) => fromEntry(e, { id: `${prefix}-D${dieuNo}-${i + 1}`, kinds, group, article: khoan(i + 1, dieuNo), suggestFrom }));
}

/** Items for the lettered points of one clause. */
export function lettered(
  idBase: string,
  kinds: UnitKind[],
  group: ChecklistGroup,
  khoanNo: number,
  dieuNo: number,
  doc: string,
  entries: Array<[string, Entry]>,
  suggestFrom: ActivityKind[],
): ChecklistItem[] {
  return entries.map(([letter, e]) => fromEntry(e, { id: `${idBase}-${idLetter(letter)}`, kinds, group, article: diem(letter, khoanNo, dieuNo, doc), suggestFrom }));
}

/** "bầu … Ban Thanh tra nhân dân", "kiện toàn … Ban Thanh tra nhân dân": a board set up, not a board at work. */
export const boardSetUp = (board: string): string[][] => ['bầu', 'kiện toàn', 'công nhận', 'thành lập', 'cho thôi'].map((verb) => [verb, board]);
