// Tự kiểm tra: the Law's checklist for the unit's kind, grouped, item by item.
import { useState } from 'react';
import { CHECKLIST_GROUP_LABEL, type ChecklistGroup, type InspectionStatus } from '../../../../shared/domain/checklists.types';
import { call } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { useApi } from '../../lib/useApi';
import { InspectionItemView } from './InspectionItemView';

export function InspectionScreen({ focus }: { focus: FocusRequest | null }) {
  const { period } = useApp();
  const list = useApi('inspect.list', { period }, period);
  const [onlyOpen, setOnlyOpen] = useState(false);
  useFocusTarget(focus, !!list.data, (ref) => `chk-${ref}`);

  const save = async (itemId: string, status: InspectionStatus | null, evidence: string) => {
    const row = await call('inspect.set', { period, itemId, status, evidence });
    list.setData((prev) => (prev ?? []).map((r) => (r.item.id === itemId ? row : r)));
  };

  if (list.error) return <ErrorBox message={list.error} onRetry={() => void list.reload()} />;
  if (!list.data) return <Loading />;
  const rows = list.data;
  const answered = rows.filter((r) => r.status).length;
  const suggested = rows.filter((r) => r.suggestion && !r.status);
  const groups = [...new Set(rows.map((r) => r.item.group))] as ChecklistGroup[];

  const acceptAll = async () => {
    for (const r of suggested) await save(r.item.id, r.suggestion!.status, r.evidence.trim() || r.suggestion!.evidence);
  };

  return (
    <div className="inspection">
      <div className="toolbar">
        <div className="progress-inline">
          <div className="progress" role="progressbar" aria-label="Đã trả lời" aria-valuemin={0} aria-valuemax={rows.length} aria-valuenow={answered}>
            <span style={{ width: `${rows.length ? (answered / rows.length) * 100 : 0}%` }} />
          </div>
          <span>
            Đã trả lời {answered}/{rows.length} nội dung
          </span>
        </div>
        <div className="toolbar-spacer" />
        {suggested.length ? (
          <button type="button" className="btn" onClick={() => void acceptAll()}>
            Chấp nhận tất cả gợi ý ({suggested.length})
          </button>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} /> Chỉ hiện nội dung chưa trả lời
        </label>
      </div>
      {groups.map((g) => {
        const items = rows.filter((r) => r.item.group === g && (!onlyOpen || !r.status));
        if (!items.length) return null;
        return (
          <section key={g} className="card" aria-labelledby={`cg-${g}`}>
            <h2 id={`cg-${g}`}>{CHECKLIST_GROUP_LABEL[g]}</h2>
            <ul className="chk-list">
              {items.map((r) => (
                <InspectionItemView key={r.item.id} row={r} onSave={save} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
