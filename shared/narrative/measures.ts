// Which activities carry out a measure of a province's resolution (Thanh Hóa 3.1–3.6): those the
// clerk tagged with it, and, when none were tagged, the untagged ones whose kind the measure's own
// words name.
// Without the second half a measure reads "chưa thực hiện" beside sessions the report counts.
import type { Activity, ActivityKind } from '../domain/activities';
import type { MeasureDef } from '../domain/profiles/types';
import { foldVietnamese } from '../domain/units';

const WORDS: Array<[RegExp, ActivityKind[]]> = [
  [/dao tao|boi duong|tap huan/, ['TAP_HUAN']],
  [/tuyen truyen|pho bien|quan triet/, ['TUYEN_TRUYEN']],
  [/cong nghe thong tin|chuyen doi so/, ['CNTT']],
  [/kiem tra|giam sat/, ['KIEM_TRA', 'GIAM_SAT']],
  [/khen thuong|thi dua|so ket/, ['THI_DUA']],
  [/huong uoc|quy uoc/, ['HUONG_UOC']],
  [/nguoi dung dau/, ['DOI_THOAI']],
];

export function measureKinds(m: MeasureDef): ActivityKind[] {
  const text = foldVietnamese(m.label).toLowerCase();
  return [...new Set(WORDS.filter(([re]) => re.test(text)).flatMap(([, kinds]) => kinds))];
}

export function activitiesForMeasure(m: MeasureDef, activities: readonly Activity[]): { tagged: Activity[]; byKind: Activity[] } {
  const tagged = activities.filter((a) => a.measures.includes(m.code));
  const kinds = measureKinds(m);
  // An activity the clerk tagged with another measure stays with that measure.
  const byKind = tagged.length ? [] : activities.filter((a) => !a.measures.length && kinds.includes(a.kind));
  return { tagged, byKind };
}
