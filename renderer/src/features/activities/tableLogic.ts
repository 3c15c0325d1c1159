// Search, filters and sorting of the activity table. Pure, so it is tested without a browser.
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, type Activity, type ActivityKind } from '../../../../shared/domain/activities';
import { foldVietnamese } from '../../../../shared/domain/units';
import { viCompare } from '../../lib/viCompare';

export type SortKey = 'date' | 'kind' | 'title' | 'form' | 'sessions' | 'participants';
export type SortDir = 'asc' | 'desc';

export interface TableQuery {
  search: string;
  kind: ActivityKind | '';
  /** "YYYY-MM", or '' for every month. */
  month: string;
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_QUERY: TableQuery = { search: '', kind: '', month: '', sort: 'date', dir: 'asc' };

// Folding the text of 10,000 activities costs more than searching it: once per activity object.
const folded = new WeakMap<Activity, string>();
function haystack(a: Activity): string {
  let h = folded.get(a);
  if (h === undefined) {
    h = foldVietnamese([a.title, a.basisDoc, a.notes, ACTIVITY_KIND_INFO[a.kind].label].join(' '));
    folded.set(a, h);
  }
  return h;
}

/** The forms in the order of their labels. */
const FORM_RANK = new Map(
  Object.entries(ACTIVITY_FORM_LABEL)
    .sort((x, y) => viCompare(x[1], y[1]))
    .map(([form], i) => [form, i]),
);

function compare(a: Activity, b: Activity, key: SortKey): number {
  switch (key) {
    case 'date':
      return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    case 'kind':
      return ACTIVITY_KIND_INFO[a.kind].no - ACTIVITY_KIND_INFO[b.kind].no;
    case 'title':
      return viCompare(a.title, b.title);
    case 'form':
      return FORM_RANK.get(a.form)! - FORM_RANK.get(b.form)!;
    case 'sessions':
      return a.sessions - b.sessions;
    case 'participants':
      return (a.participants ?? -1) - (b.participants ?? -1);
  }
}

export function applyQuery(list: readonly Activity[], q: TableQuery): Activity[] {
  const words = foldVietnamese(q.search).split(' ').filter(Boolean);
  const out = list.filter((a) => {
    if (q.kind && a.kind !== q.kind) return false;
    if (q.month && a.date.slice(0, 7) !== q.month) return false;
    if (words.length) {
      const h = haystack(a);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
  const sign = q.dir === 'asc' ? 1 : -1;
  // Ties keep date then id order so the table does not jump around.
  return out.sort((a, b) => sign * compare(a, b, q.sort) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.id - b.id);
}

/** Clicking a column sorts by it; clicking it again reverses the order. */
export function toggleSort(q: TableQuery, key: SortKey): TableQuery {
  return q.sort === key ? { ...q, dir: q.dir === 'asc' ? 'desc' : 'asc' } : { ...q, sort: key, dir: 'asc' };
}

/** The months that have activities, as filter options: "Tháng 03/2026". */
export function monthsOf(list: readonly Activity[]): Array<{ value: string; label: string }> {
  const months = [...new Set(list.map((a) => a.date.slice(0, 7)))].sort();
  return months.map((m) => ({ value: m, label: `Tháng ${m.slice(5, 7)}/${m.slice(0, 4)}` }));
}
