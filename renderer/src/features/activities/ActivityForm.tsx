// Add or edit one activity. Dates typed dd/mm/yyyy, numbers 1.234; each field shows its own
// error; Enter saves, Ctrl+Enter saves from the notes, Esc closes (the dialog handles Esc).
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ACTIVITY_FORM_LABEL, ACTIVITY_FORMS, ACTIVITY_KIND_INFO, activityKindsFor, type Activity, type ActivityForm as Form, type ActivityInput, type ActivityKind } from '../../../../shared/domain/activities';
import { nearDuplicates } from '../../../../shared/domain/duplicates';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import type { UnitKind } from '../../../../shared/domain/units';
import { formatTableDate, parseVietnameseDate } from '../../../../shared/format/vi';
import { ApiError } from '../../api';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { ErrorBox } from '../../components/Status';
import { errorText } from '../../lib/useApi';
import { emptyDraft, parseDraft, type ActivityDraft, type DraftErrors } from './formModel';

export interface ActivityFormProps {
  initial: ActivityDraft;
  mode: 'add' | 'edit' | 'copy';
  unitKind: UnitKind;
  period: PeriodInfo | null;
  /** Saves; `again` keeps the form open for the next activity. */
  onSave: (input: ActivityInput, again: boolean) => Promise<void>;
  onCancel: () => void;
  /** Told whether the form holds something typed and not saved (closing then asks first). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Recorded activities, to warn of one near-identical to what is being typed. */
  recorded?: readonly Activity[];
  editingId?: number;
}

export function ActivityForm({ initial, mode, unitKind, period, onSave, onCancel, onDirtyChange, recorded = [], editingId }: ActivityFormProps) {
  const [draft, setDraft] = useState<ActivityDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const [baseline, setBaseline] = useState(initial);
  const dirty = (Object.keys(draft) as Array<keyof ActivityDraft>).some((k) => String(draft[k]) !== String(baseline[k]));
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty]);
  const dateIso = parseVietnameseDate(draft.date);
  const similar = useMemo(
    () => (dateIso && draft.kind ? nearDuplicates({ date: dateIso, kind: draft.kind, title: draft.title }, recorded, editingId) : []),
    [dateIso, draft.kind, draft.title, recorded, editingId],
  );

  const update = (patch: Partial<ActivityDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (tried) setErrors(parseDraft(next, unitKind).errors);
  };

  const submit = async (again: boolean) => {
    setTried(true);
    const { input, errors: found } = parseDraft(draft, unitKind);
    setErrors(found);
    if (!input) {
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`act-f-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setServerError(null);
    try {
      await onSave(input, again);
      if (again) {
        // Keep date, kind and form: a clerk usually enters several activities of one day or kind.
        const next = { ...emptyDraft(), date: draft.date, kind: draft.kind, form: draft.form };
        setDraft(next);
        setBaseline(next);
        setTried(false);
        setErrors({});
        setSavedCount((n) => n + 1);
        document.getElementById('act-f-title')?.focus();
      }
    } catch (e) {
      setServerError(e instanceof ApiError ? { message: e.message, details: e.details } : { message: errorText(e), details: [] });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const t = e.target as HTMLElement;
    if (e.key !== 'Enter' || t.tagName === 'BUTTON') return;
    if (t.tagName === 'TEXTAREA' && !e.ctrlKey) return;
    e.preventDefault();
    void submit(false);
  };

  const iso = parseVietnameseDate(draft.date);
  const outside = iso && period && (iso < period.from || iso > period.to);

  return (
    <form className="activity-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      {serverError ? (
        <div className="alert alert-error" role="alert">
          <div>{serverError.message}</div>
          {serverError.details.length ? (
            <ul>
              {serverError.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {savedCount ? <p className="ok-text" role="status">Đã lưu {savedCount} hoạt động. Nhập hoạt động tiếp theo.</p> : null}
      <div className="form-grid">
        <TextField
          id="act-f-date"
          className="col-date"
          label="Ngày (dd/mm/yyyy)"
          placeholder="05/03/2026"
          inputMode="numeric"
          value={draft.date}
          error={errors.date}
          hint={outside ? `Ngày này nằm ngoài kỳ đang xem (${formatTableDate(period!.from)} – ${formatTableDate(period!.to)}); hoạt động vẫn được lưu vào kỳ có ngày đó.` : undefined}
          onChange={(e) => update({ date: e.target.value })}
          data-autofocus
        />
        <SelectField id="act-f-kind" className="col-kind" label="Loại hoạt động" value={draft.kind} error={errors.kind} onChange={(e) => update({ kind: e.target.value as ActivityKind | '' })}>
          <option value="">— Chọn loại hoạt động —</option>
          {activityKindsFor(unitKind).map((k) => (
            <option key={k} value={k}>
              {ACTIVITY_KIND_INFO[k].no}. {ACTIVITY_KIND_INFO[k].label}
            </option>
          ))}
        </SelectField>
        <TextField
          id="act-f-title"
          className="col-full"
          label="Tên hoạt động"
          placeholder="Ví dụ: Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở tại thôn Nà Khuy"
          value={draft.title}
          error={errors.title}
          onChange={(e) => update({ title: e.target.value })}
        />
        <SelectField id="act-f-form" label="Hình thức" value={draft.form} error={errors.form} onChange={(e) => update({ form: e.target.value as Form })}>
          {ACTIVITY_FORMS.map((f) => (
            <option key={f} value={f}>
              {ACTIVITY_FORM_LABEL[f]}
            </option>
          ))}
        </SelectField>
        <TextField id="act-f-sessions" label="Số buổi, số cuộc" inputMode="numeric" value={draft.sessions} error={errors.sessions} onChange={(e) => update({ sessions: e.target.value })} />
        <TextField
          id="act-f-participants"
          label="Số lượt người"
          inputMode="numeric"
          placeholder="Để trống nếu không tính"
          value={draft.participants}
          error={errors.participants}
          onChange={(e) => update({ participants: e.target.value })}
        />
        <TextField
          id="act-f-basisDoc"
          className="col-full"
          label="Văn bản căn cứ (số, ký hiệu)"
          placeholder="Ví dụ: Kế hoạch số 12/KH-UBND ngày 10/01/2026"
          value={draft.basisDoc}
          error={errors.basisDoc}
          onChange={(e) => update({ basisDoc: e.target.value })}
        />
        {similar.length ? (
          <div className="alert alert-warn col-full dup-warning" role="status">
            Đã có hoạt động gần giống trong ngày này, cùng loại: {similar.slice(0, 3).map((a) => `“${a.title}”`).join(', ')}
            {similar.length > 3 ? ` và ${similar.length - 3} hoạt động khác` : ''}. Nếu đây là cùng một hoạt động, đừng lưu lần nữa (số liệu sẽ bị tính hai lần); nếu là
            hoạt động khác, hãy ghi tên rõ hơn.
          </div>
        ) : null}
        <TextAreaField id="act-f-notes" className="col-full" label="Ghi chú" rows={2} value={draft.notes} error={errors.notes} onChange={(e) => update({ notes: e.target.value })} />
      </div>
      <div className="actions">
        <span className="muted small">Enter để lưu · Esc để đóng</span>
        <button type="button" className="btn" onClick={onCancel}>
          Hủy
        </button>
        {mode !== 'edit' ? (
          <button type="button" className="btn" disabled={busy} onClick={() => void submit(true)}>
            Lưu và nhập tiếp
          </button>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {mode === 'edit' ? 'Lưu thay đổi' : 'Lưu hoạt động'}
        </button>
      </div>
    </form>
  );
}
