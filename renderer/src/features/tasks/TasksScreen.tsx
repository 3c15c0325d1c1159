// Nhiệm vụ: the tasks the province plan assigns to the unit's kind, with progress and a note.
import { useEffect, useId, useState } from 'react';
import { TASK_STATUS_LABEL, TASK_STATUSES, type TaskStatus } from '../../../../shared/domain/unitProfile';
import type { TaskRow } from '../../../../shared/ipc/contract';
import { formatTableDate, shortenText } from '../../../../shared/format/vi';
import { call } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { errorText, useApi } from '../../lib/useApi';
import { leavePending, useUnsavedGuard } from '../../lib/unsaved';

function TaskItem({ row, today, onSave }: { row: TaskRow; today: string; onSave: (status: TaskStatus | null, note: string) => Promise<void> }) {
  const id = useId();
  const [note, setNote] = useState(row.note);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setNote(row.note), [row.note]);
  // Saved when the box is left; until then leaving the screen or closing the window asks first.
  useUnsavedGuard(note !== row.note && !saving, `Kết quả, ghi chú của nhiệm vụ “${shortenText(row.task.text)}”`);
  const save = async (status: TaskStatus | null, n: string) => {
    setError(null);
    setSaving(true);
    try {
      await onSave(status, n);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  const overdue = row.task.due && today && row.task.due < today && row.status !== 'done';
  return (
    <tr id={`task-${row.task.id}`} tabIndex={-1}>
      <td>
        <div id={`${id}-t`}>{row.task.text}</div>
        <div className="cell-sub">{/^chủ trì/i.test(row.task.responsible) ? row.task.responsible : `Chủ trì: ${row.task.responsible}`}</div>
        {error ? <div className="field-error" role="alert">{error}</div> : null}
      </td>
      <td>
        <div>{row.task.timeframe}</div>
        {row.task.due ? <div className={overdue ? 'danger-text small' : 'cell-sub'}>Hạn: {formatTableDate(row.task.due)}{overdue ? ' (đã quá hạn)' : ''}</div> : null}
      </td>
      <td>
        <label htmlFor={`${id}-s`} className="sr-only">
          Tiến độ
        </label>
        <select id={`${id}-s`} className={`task-status ts-${row.status ?? 'none'}`} value={row.status ?? ''} onChange={(e) => void save((e.target.value || null) as TaskStatus | null, note)}>
          <option value="">— Chưa cập nhật —</option>
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {TASK_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label htmlFor={`${id}-n`} className="sr-only">
          Kết quả, ghi chú
        </label>
        <textarea
          id={`${id}-n`}
          rows={2}
          value={note}
          placeholder="Kết quả cụ thể, văn bản…"
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (note !== row.note && !leavePending()) void save(row.status, note);
          }}
        />
      </td>
    </tr>
  );
}

export function TasksScreen({ focus }: { focus: FocusRequest | null }) {
  const { period, today } = useApp();
  const list = useApi('task.list', { period }, period);
  useFocusTarget(focus, !!list.data, (ref) => `task-${ref}`);
  if (list.error) return <ErrorBox message={list.error} onRetry={() => void list.reload()} />;
  if (!list.data) return <Loading />;
  const rows = list.data;
  if (!rows.length) return <p className="muted">Kế hoạch của tỉnh không giao nhiệm vụ riêng cho loại đơn vị này.</p>;
  const done = rows.filter((r) => r.status === 'done').length;
  const save = (taskId: string) => async (status: TaskStatus | null, note: string) => {
    const row = await call('task.set', { period, taskId, status, note });
    list.setData((prev) => (prev ?? []).map((r) => (r.task.id === taskId ? row : r)));
  };
  return (
    <div className="tasks">
      <p className="muted">
        {rows.length} nhiệm vụ được giao theo kế hoạch của tỉnh; đã hoàn thành {done}. Chọn tiến độ và ghi kết quả của từng nhiệm vụ (ghi chú được lưu khi rời ô).
      </p>
      <div className="table-wrap">
        <table className="table tasks-table">
          <thead>
            <tr>
              <th>Nhiệm vụ</th>
              <th className="c-time">Thời gian</th>
              <th className="c-status">Tiến độ</th>
              <th className="c-note">Kết quả, ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <TaskItem key={r.task.id} row={r} today={today} onSave={save(r.task.id)} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
