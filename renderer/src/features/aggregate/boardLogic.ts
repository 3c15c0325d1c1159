// The board's and the unit list's filters, and how a received value reads. Pure, tested without a browser.
import type { UnitFigureRow, UnitStatusRow } from '../../../../shared/aggregate/api';
import type { ExpectedUnit, SubmissionStatus } from '../../../../shared/aggregate/types';
import { foldVietnamese, UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';
import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format/vi';

export type StatusFilter = '' | SubmissionStatus | 'warnings';

export interface BoardQuery {
  search: string;
  kind: UnitKind | '';
  status: StatusFilter;
  /** One Cấp trên (exact), '' for all. */
  parent: string;
}

export const EMPTY_BOARD_QUERY: BoardQuery = { search: '', kind: '', status: '', parent: '' };

function matches(search: string, ...texts: string[]): boolean {
  const q = foldVietnamese(search);
  if (!q) return true;
  return foldVietnamese(texts.join(' ')).includes(q);
}

export function filterBoard(rows: readonly UnitStatusRow[], q: BoardQuery): UnitStatusRow[] {
  return rows.filter(
    (r) =>
      (!q.kind || r.kind === q.kind) &&
      (!q.parent || parentKey(r.parent) === q.parent) &&
      (!q.status || (q.status === 'warnings' ? r.warnings.length > 0 : r.status === q.status)) &&
      matches(q.search, r.code, r.name, r.parent, r.fileName ?? ''),
  );
}

export function filterUnits(rows: readonly ExpectedUnit[], search: string, kind: UnitKind | ''): ExpectedUnit[] {
  return rows.filter((u) => (!kind || u.kind === kind) && matches(search, u.code, u.name, u.parent));
}

/** A received value as the clerk reads it: "1.234", "96,8%", "Có", "Không phát sinh", or "" when blank. */
export function receivedValueText(row: Pick<UnitFigureRow, 'state' | 'value' | 'unit'>): string {
  if (row.state === 'none') return 'Không phát sinh';
  if (row.state === 'blank' || row.value === null) return '';
  if (row.unit === '%') return formatPercent(row.value);
  if (row.unit === 'có/không') return row.value >= 1 ? 'Có' : 'Không';
  if (row.unit === 'đồng') return formatMoney(row.value);
  return formatNumber(row.value);
}

/** "Nộp muộn 3 ngày" next to the status on the board. */
export function lateText(daysLate: number | null): string {
  return daysLate && daysLate > 0 ? `muộn ${formatNumber(daysLate)} ngày` : '';
}

// ---- Sorting, grouping and the chart of the board (Tình hình nộp)

export type SortKey = 'code' | 'name' | 'status' | 'receivedAt' | 'file' | 'notes';
export interface BoardSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: BoardSort = { key: 'code', dir: 'asc' };

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
const STATUS_RANK: Record<SubmissionStatus, number> = { on_time: 0, late: 1, missing: 2 };

/** Compares two rows by one column; null when one of them has nothing there (kept at the bottom). */
function compareBy(key: SortKey, a: UnitStatusRow, b: UnitStatusRow): number | null {
  switch (key) {
    case 'code':
      return collator.compare(a.code, b.code);
    case 'name':
      return collator.compare(a.name, b.name);
    case 'status':
      return STATUS_RANK[a.status] - STATUS_RANK[b.status] || (a.daysLate ?? 0) - (b.daysLate ?? 0);
    case 'receivedAt':
      if (!a.receivedAt || !b.receivedAt) return a.receivedAt === b.receivedAt ? 0 : null;
      return a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0;
    case 'file':
      if (!a.fileName || !b.fileName) return a.fileName === b.fileName ? 0 : null;
      return collator.compare(a.fileName, b.fileName);
    case 'notes':
      return a.warnings.length - b.warnings.length || a.submissions - b.submissions || a.blank - b.blank;
  }
}

/** The rows sorted by a column, either way; blanks (not received, no file) stay last; ties by code. */
export function sortBoard(rows: readonly UnitStatusRow[], sort: BoardSort): UnitStatusRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const c = compareBy(sort.key, a, b);
    if (c === null) return (sort.key === 'receivedAt' ? !a.receivedAt : !a.fileName) ? 1 : -1;
    return sign * c || collator.compare(a.code, b.code);
  });
}

export interface StatusCounts {
  total: number;
  on_time: number;
  late: number;
  missing: number;
}

const NO_PARENT = 'Không ghi cấp trên';
/** The key a unit is grouped under for its Cấp trên: the name as typed, or the "none" group. */
export const parentKey = (parent: string): string => parent.trim() || NO_PARENT;

function countsOf(rows: Iterable<UnitStatusRow>): StatusCounts {
  const c: StatusCounts = { total: 0, on_time: 0, late: 0, missing: 0 };
  for (const r of rows) {
    c.total++;
    c[r.status]++;
  }
  return c;
}

export type GroupBy = '' | 'parent' | 'kind';

export type BoardItem = { type: 'group'; key: string; label: string; counts: StatusCounts } | { type: 'unit'; row: UnitStatusRow };

/** The rows as shown: flat, or under one heading per Cấp trên (or kind), each with its counts; order inside follows the sort. */
export function groupBoard(rows: readonly UnitStatusRow[], by: GroupBy): BoardItem[] {
  if (!by) return rows.map((row) => ({ type: 'unit', row }));
  const groups = new Map<string, UnitStatusRow[]>();
  for (const r of rows) {
    const k = by === 'parent' ? parentKey(r.parent) : r.kind;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    by === 'kind' ? UNIT_KINDS.indexOf(a as UnitKind) - UNIT_KINDS.indexOf(b as UnitKind) : a === NO_PARENT ? 1 : b === NO_PARENT ? -1 : collator.compare(a, b),
  );
  const out: BoardItem[] = [];
  for (const k of keys) {
    const g = groups.get(k)!;
    out.push({ type: 'group', key: k, label: by === 'kind' ? UNIT_KIND_INFO[k as UnitKind].label : k, counts: countsOf(g) });
    for (const row of g) out.push({ type: 'unit', row });
  }
  return out;
}

export interface ChartBar {
  key: string;
  label: string;
  counts: StatusCounts;
}

/**
 * One bar per kind (in the catalogue's order) or per Cấp trên (most units not yet reported first,
 * then the largest), for the chart of on time / late / missing.
 */
export function chartBars(rows: readonly UnitStatusRow[], by: 'kind' | 'parent'): ChartBar[] {
  if (by === 'kind') {
    return UNIT_KINDS.map((k) => ({ key: k, label: UNIT_KIND_INFO[k].label, counts: countsOf(rows.filter((r) => r.kind === k)) })).filter((b) => b.counts.total > 0);
  }
  return groupBoard(rows, 'parent')
    .flatMap((i) => (i.type === 'group' ? [{ key: i.key, label: i.label, counts: i.counts }] : []))
    .sort((a, b) => b.counts.missing - a.counts.missing || b.counts.late - a.counts.late || b.counts.total - a.counts.total || collator.compare(a.label, b.label));
}
