// Building blocks of the report's sentences: numbers with their records attached,
// comparisons with the same period of the previous year, lists of notable activities.
import type { Activity } from '../domain/activities';
import type { ResolvedFigure } from '../domain/catalog';
import type { PeriodInfo } from '../domain/periods';
import type { Run } from '../report/document';
import { formatMoney, formatNumber, formatPercent, formatShortDate } from '../format/vi';

export type Figures = ReadonlyMap<string, ResolvedFigure>;

/** A sentence under construction: plain text and numbers that point to their records. */
export class Sentence {
  readonly runs: Run[] = [];
  text(t: string): this {
    if (!t) return this;
    const last = this.runs[this.runs.length - 1];
    if (last && !last.ref && !last.bold && !last.italic) last.text += t;
    else this.runs.push({ text: t });
    return this;
  }
  /** A figure's value as the reader should see it: "1.240", "93,3%", "1,2 tỷ đồng". */
  fig(f: ResolvedFigure | undefined): this {
    if (!f) return this.text('…');
    this.runs.push({ text: figureText(f), ref: { figure: f.code, ...(f.activityIds ? { activityIds: f.activityIds } : {}) } });
    return this;
  }
  num(n: number, ref?: Run['ref']): this {
    this.runs.push(ref ? { text: formatNumber(n), ref } : { text: formatNumber(n) });
    return this;
  }
  get plain(): string {
    return this.runs.map((r) => r.text).join('');
  }
}

export function figureText(f: ResolvedFigure): string {
  if (f.value === null) return 'chưa có số liệu';
  if (f.unit === '%') return formatPercent(f.value);
  if (f.unit === 'đồng') return formatMoney(f.value);
  if (f.unit === 'có/không') return f.value >= 1 ? 'có' : 'không';
  return formatNumber(f.value);
}

/** True when the figure carries a usable number (entered or derived, not blank, not "không phát sinh"). */
export const has = (f: ResolvedFigure | undefined): f is ResolvedFigure & { value: number } =>
  !!f && f.value !== null && (f.source === 'entered' || f.source === 'derived' || f.source === 'computed');

export const isNone = (f: ResolvedFigure | undefined): boolean => !!f && f.source === 'none';
export const isBlank = (f: ResolvedFigure | undefined): boolean => !f || f.source === 'blank' || (f.source === 'computed' && f.value === null);

/** "Trong 6 tháng đầu năm 2026", "Trong năm 2026", "Từ ngày 01/5/2026 đến ngày 31/8/2026". */
export function periodOpening(p: PeriodInfo): string {
  return p.type === 'ADHOC' ? `Từ ngày ${formatShortDate(p.from)} đến ngày ${formatShortDate(p.to)}` : `Trong ${p.label}`;
}

/** "tăng 3 hội nghị so với cùng kỳ năm 2025"; null when there is nothing to compare. */
export function comparison(current: ResolvedFigure | undefined, previous: ResolvedFigure | undefined, noun: string, p: PeriodInfo): string | null {
  if (!has(current) || !previous || previous.value === null || previous.source === 'blank') return null;
  const prevYear = p.type === 'ADHOC' ? 'năm trước' : `năm ${p.year - 1}`;
  const d = current.value - previous.value;
  if (current.unit === '%') {
    if (Math.abs(d) < 0.05) return `bằng cùng kỳ ${prevYear}`;
    return `${d > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(d), 1)} điểm phần trăm so với cùng kỳ ${prevYear}`;
  }
  if (d === 0) return `bằng cùng kỳ ${prevYear}`;
  return `${d > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(d))} ${noun} so với cùng kỳ ${prevYear}`;
}

/**
 * The most attended activities of some kinds, as a reader would cite them. Activities with the same
 * title are one example with all their dates ("… (ngày 29/12/2025 và ngày 23/01/2026, 112 lượt
 * người)"), so a list never names the same thing twice. A count appears only when one was recorded.
 */
export function notableActivities(list: readonly Activity[], max = 3): string[] {
  const groups = new Map<string, Activity[]>();
  for (const a of list) {
    const key = a.title.trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const g = groups.get(key);
    if (g) g.push(a);
    else groups.set(key, [a]);
  }
  const known = (g: Activity[]): number | null => (g.some((a) => a.participants !== null) ? g.reduce((s, a) => s + (a.participants ?? 0), 0) : null);
  // A year of a big unit repeats a few titles thousands of times: each group's count is summed once.
  return [...groups.values()]
    .map((g) => ({ g: g.sort((a, b) => a.date.localeCompare(b.date)), people: known(g) }))
    .sort((a, b) => (b.people ?? -1) - (a.people ?? -1) || a.g[0]!.date.localeCompare(b.g[0]!.date))
    .slice(0, max)
    .sort((a, b) => a.g[0]!.date.localeCompare(b.g[0]!.date))
    .map(({ g, people }) => {
      const dates = g.slice(0, 4).map((a) => `ngày ${formatShortDate(a.date)}`);
      const detail = [g.length > 4 ? `${joinAnd(dates)} và ${g.length - 4} lần khác` : joinAnd(dates)];
      if (people) detail.push(`${formatNumber(people)} lượt người`);
      return `${lowerFirst(g[0]!.title)} (${detail.join(', ')})`;
    });
}

/** "a, b và c": a plain list inside one clause. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Documents issued, cited the way the seeds cite them. */
export function documentList(list: readonly Activity[], max = 6): string[] {
  return list.slice(0, max).map((a) => {
    if (!a.basisDoc) return `${a.title} (ngày ${formatShortDate(a.date)})`;
    // "Kế hoạch số 12/KH-UBND ngày 09/3/2026" + "Kế hoạch tuyên truyền …" → "… về tuyên truyền …".
    const docType = DOC_TYPES.find((t) => a.basisDoc.startsWith(t));
    let subject = docType && a.title.startsWith(docType) ? a.title.slice(docType.length).trim() : lowerFirst(a.title);
    if (/^(ban hành|kiện toàn|sửa đổi|thành lập|triển khai|tổ chức)(?=\s|$)/.test(subject)) subject = `về việc ${subject}`;
    else if (!/^về(?=\s|$)/.test(subject)) subject = `về ${subject}`;
    const dated = /ngày \d/.test(a.basisDoc) ? a.basisDoc : `${a.basisDoc} ngày ${formatShortDate(a.date)}`;
    return `${dated} ${subject}`;
  });
}

const DOC_TYPES = ['Kế hoạch', 'Quyết định', 'Quy chế', 'Hướng dẫn', 'Công văn', 'Thông báo', 'Chỉ thị', 'Nghị quyết', 'Chương trình'];

/** Joins "a, b và c". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('; ')} và ${items[items.length - 1]}`;
}

export function lowerFirst(s: string): string {
  // Keep capitals that are part of a name ("Luật …", "Nhân dân", "Kế hoạch số …", "Ủy ban nhân dân",
  // acronyms); a common word that merely starts a title ("Nhân rộng", "Hội nghị") is lowered.
  if (/^(Điều \d|Chương |Mục |Phụ lục |Nhân dân|Nhà nước|Ban (Thanh tra|Giám sát|Chỉ đạo|Chấp hành|Thường vụ)|Ủy ban|Mặt trận|Đảng ủy|Sở |Bộ |Luật |Nghị (quyết|định) số|Kế hoạch số|Quyết định số|Chỉ thị số|Hội đồng nhân dân|Hội (Nông dân|Cựu chiến binh|Liên hiệp|Phụ nữ)|UBND|HĐND|MTTQ|[A-ZĐ]{2,}(?=[\s,.;:)-]|$))/u.test(s)) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
