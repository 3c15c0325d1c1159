// What the activity form holds (text as typed) and how it becomes an ActivityInput, checked by
// the same validateActivity the importer and the IPC boundary use.
import {
  validateActivity,
  type Activity,
  type ActivityForm,
  type ActivityInput,
  type ActivityKind,
} from '../../../../shared/domain/activities';
import type { UnitKind } from '../../../../shared/domain/units';
import { formatNumber, formatTableDate, parseVietnameseDate, parseVietnameseNumber } from '../../../../shared/format/vi';

export interface ActivityDraft {
  date: string;
  kind: ActivityKind | '';
  title: string;
  form: ActivityForm;
  sessions: string;
  participants: string;
  basisDoc: string;
  notes: string;
  measures: string[];
}

export type DraftErrors = Partial<Record<keyof ActivityInput, string>>;

export function emptyDraft(): ActivityDraft {
  return { date: '', kind: '', title: '', form: 'truc_tiep', sessions: '1', participants: '', basisDoc: '', notes: '', measures: [] };
}

export function draftFrom(a: ActivityInput): ActivityDraft {
  return {
    date: formatTableDate(a.date),
    kind: a.kind,
    title: a.title,
    form: a.form,
    sessions: formatNumber(a.sessions),
    participants: a.participants === null ? '' : formatNumber(a.participants),
    basisDoc: a.basisDoc,
    notes: a.notes,
    measures: [...a.measures],
  };
}

/** An Activity without its id: what add/update and undo send back. */
export function inputOf(a: Activity): ActivityInput {
  const { id: _id, ...rest } = a;
  return rest;
}

export function parseDraft(d: ActivityDraft, unitKind?: UnitKind): { input: ActivityInput | null; errors: DraftErrors } {
  const sessions = d.sessions.trim() === '' ? Number.NaN : (parseVietnameseNumber(d.sessions) ?? Number.NaN);
  const participants = d.participants.trim() === '' ? null : (parseVietnameseNumber(d.participants) ?? Number.NaN);
  const candidate: Partial<ActivityInput> = {
    date: parseVietnameseDate(d.date) ?? '',
    kind: d.kind || undefined,
    title: d.title.trim(),
    form: d.form,
    sessions,
    participants,
    basisDoc: d.basisDoc.trim(),
    notes: d.notes.trim(),
    measures: d.measures,
  };
  const errors: DraftErrors = {};
  for (const e of validateActivity(candidate, unitKind)) if (!errors[e.field]) errors[e.field] = e.message;
  if (d.date.trim() === '') errors.date = 'Chưa nhập ngày: hãy ghi theo dạng dd/mm/yyyy, ví dụ 05/03/2026.';
  return { input: Object.keys(errors).length ? null : (candidate as ActivityInput), errors };
}
