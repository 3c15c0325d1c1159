// Which recorded activities show that a checklist item was done, and how the evidence reads.
// An activity supports an item when its kind is one the item names and, for items that share a
// kind with their neighbours (the 14 things a commune discloses), when its title or notes name
// what the item is about: one "niêm yết dự toán ngân sách" supports the budget item only.
import { formatTableDate } from '../format/vi';
import type { Activity } from './activities';
import type { ChecklistItem, InspectionAnswer, InspectionStatus } from './checklists.types';
import { foldVietnamese } from './units';

const DASHES = /\s*[-‐‑–—]\s*/g;

/** Lower case NFC with one spelling of dashes and spaces, so "kinh tế-xã hội" meets "kinh tế - xã hội". */
function normalise(s: string, fold: boolean): string {
  const t = s.normalize('NFC').toLowerCase().replace(DASHES, ' - ').replace(/\s+/g, ' ');
  return fold ? foldVietnamese(t) : t;
}

/** A phrase as whole words: "quỹ" is not found in "quỹ đạo" nor "lũ" in "lũy kế". */
function phrase(p: string): RegExp {
  const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/** A phrase and its whole-word pattern; the plain text is a quick test before the pattern. */
type Phrase = { text: string; re: RegExp };
const compile = (p: string): Phrase => ({ text: p, re: phrase(p) });

interface Compiled {
  masks: Phrase[];
  keywords: Phrase[][];
}

/** An item's phrases as patterns, built once per item and spelling (with or without diacritics). */
const compiled = new WeakMap<ChecklistItem, [Compiled?, Compiled?]>();
function patternsOf(item: ChecklistItem, fold: boolean): Compiled {
  let pair = compiled.get(item);
  if (!pair) compiled.set(item, (pair = []));
  const i = fold ? 1 : 0;
  return (pair[i] ??= {
    masks: (item.mask ?? []).map((m) => compile(normalise(m, fold))),
    keywords: (item.keywords ?? []).map((k) => (typeof k === 'string' ? [k] : k).map((p) => compile(normalise(p, fold)))),
  });
}

const texts = new WeakMap<object, { fold: boolean; text: string }>();
/** An activity's title and notes, normalised once however many items look at it. */
function searchable(a: Pick<Activity, 'title' | 'notes'>): { fold: boolean; text: string } {
  let t = texts.get(a);
  if (!t) {
    const raw = `${a.title}\n${a.notes}`;
    // A clerk who types without diacritics is matched on the folded text.
    const fold = !/[^\u0000-\u007f]/.test(raw);
    t = { fold, text: normalise(raw, fold) };
    texts.set(a, t);
  }
  return t;
}

/** Whether one activity shows the item was done. */
export function supports(item: ChecklistItem, a: Pick<Activity, 'kind' | 'title' | 'notes'>): boolean {
  if (!item.suggestFrom?.includes(a.kind)) return false;
  if (!item.keywords) return true;
  const { fold, text: plain } = searchable(a);
  const { masks, keywords } = patternsOf(item, fold);
  let text = plain;
  for (const m of masks) if (text.includes(m.text)) text = text.replace(m.re, ' ');
  return keywords.some((all) =>
    all.every(({ text: p, re }) => {
      if (!text.includes(p)) return false;
      re.lastIndex = 0;
      return re.test(text);
    }),
  );
}

/** The activities that show the item was done, oldest first. */
export function supportingActivities<A extends Activity>(item: ChecklistItem, activities: readonly A[]): A[] {
  return activities.filter((a) => supports(item, a)).sort((x, y) => x.date.localeCompare(y.date) || x.id - y.id);
}

/** "a, b và c" */
const andList = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);

/**
 * Activities of one title and document as evidence: "Công khai dự toán ngân sách quý (các ngày
 * 24/12/2025 và 31/3/2026)", "Quyết định ban hành Quy chế … (Quyết định số 102/QĐ-UBND ngày
 * 02/4/2026)". A title that already ends in brackets takes its details after a comma.
 */
function cite(same: readonly Activity[]): string {
  const a = same[0]!;
  const title = a.title.trim().replace(/[.;,]+$/, '');
  const dated = /ngày \d/.test(a.basisDoc);
  const dates = dated ? '' : `${same.length > 1 ? 'các ngày' : 'ngày'} ${andList(same.map((x) => formatTableDate(x.date)))}`;
  const details = [dates, a.basisDoc].filter(Boolean).join(', ');
  return title.endsWith(')') ? `${title}, ${details}` : `${title} (${details})`;
}

/** The evidence a table cell shows: the activities by name, date and document; the first few and how many more. */
export function evidenceText(list: readonly Activity[], max = 2): string {
  if (!list.length) return '';
  const groups = new Map<string, Activity[]>();
  for (const a of list) {
    const key = `${a.title.trim().toLocaleLowerCase('vi')}\n${a.basisDoc}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const all = [...groups.values()];
  const shown = all.slice(0, max).map(cite);
  const more = all.slice(max).reduce((n, g) => n + g.length, 0);
  return `${shown.join('; ')}${more > 0 ? ` và ${more} hoạt động khác` : ''}.`;
}

export interface InspectionSuggestion {
  status: InspectionStatus;
  activityIds: number[];
  /** What the clerk accepts as evidence with the suggestion. */
  evidence: string;
}

export function suggestionFor(item: ChecklistItem, activities: readonly Activity[]): InspectionSuggestion | null {
  const list = supportingActivities(item, activities);
  return list.length ? { status: 'done', activityIds: list.map((a) => a.id), evidence: evidenceText(list) } : null;
}

/** Evidence earlier versions stored when a suggestion was accepted: a count that names nothing. */
export function isGenericEvidence(text: string): boolean {
  return /^\s*\d+\s+hoạt động đã ghi( nhận)?( trong kỳ)?\.?\s*$/u.test(text.normalize('NFC'));
}

/**
 * The evidence of one answered item as the report prints it: the clerk's own words, or else the
 * activities that show it was done. An unanswered or "not done" item has none.
 */
export function answerEvidence(item: ChecklistItem, answer: InspectionAnswer | undefined, activities: readonly Activity[]): string {
  if (!answer) return '';
  const own = answer.evidence.trim();
  if (own && !isGenericEvidence(own)) return own;
  if (answer.status !== 'done' && answer.status !== 'partly') return '';
  return evidenceText(supportingActivities(item, activities));
}
