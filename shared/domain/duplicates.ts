// When two activities are the same one recorded twice: same date, same kind and the same title
// (spelling of case, diacritics, spaces and punctuation aside). The importer skips such rows;
// the form warns of a near-identical title on the same day and kind.
import type { ActivityInput } from './activities';
import { foldVietnamese } from './units';

type Keyed = Pick<ActivityInput, 'date' | 'kind' | 'title'>;

const titleKey = (title: string): string =>
  foldVietnamese(title)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The identity an import compares: rows with equal keys are the same activity. */
export function duplicateKey(a: Keyed): string {
  return `${a.date}|${a.kind}|${titleKey(a.title)}`;
}

const words = (t: string): string[] => titleKey(t).split(' ').filter(Boolean);

/**
 * Titles a clerk would take for the same activity: equal once folded, or one holding the other's
 * words in order with little added ("Đối thoại lần 2" / "Đối thoại lần 2 với Nhân dân thôn A"
 * are not; "Đối thoại lần 2" / "Đối thoại lần 2." are), or nearly the same words (≥ 80% shared).
 */
export function similarTitles(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const wa = words(a);
  const wb = words(b);
  const shorter = wa.length <= wb.length ? wa : wb;
  const longer = wa.length <= wb.length ? wb : wa;
  const set = new Set(longer);
  const shared = shorter.filter((w) => set.has(w)).length;
  // Dice coefficient over words: 2·shared / (|a| + |b|).
  return (2 * shared) / (wa.length + wb.length) >= 0.8;
}

/** Recorded activities of the same day and kind whose title is near the draft's. */
export function nearDuplicates<T extends Keyed & { id: number }>(draft: Keyed, recorded: readonly T[], exceptId?: number): T[] {
  if (!draft.date || !draft.kind || !draft.title.trim()) return [];
  return recorded.filter((r) => r.id !== exceptId && r.date === draft.date && r.kind === draft.kind && similarTitles(r.title, draft.title));
}
