// Hoạt động: the period's activities with search, filters and sorting; add, edit, duplicate,
// delete with undo, and import from a file.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { ACTIVITY_KIND_INFO, activityKindsFor, type Activity, type ActivityInput, type ActivityKind } from '../../../../shared/domain/activities';
import { formatNumber } from '../../../../shared/format/vi';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorBox, Loading } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { useApi } from '../../lib/useApi';
import { useRemoveWithUndo } from '../../lib/useRemoveWithUndo';
import { ActivityForm } from './ActivityForm';
import { ActivityTable } from './ActivityTable';
import { draftFrom, emptyDraft, inputOf, type ActivityDraft } from './formModel';
import { ImportDialog } from './ImportDialog';
import { applyQuery, DEFAULT_QUERY, monthsOf, toggleSort, type TableQuery } from './tableLogic';

const EMPTY: Activity[] = [];

type Editing = { mode: 'add' | 'copy'; draft: ActivityDraft } | { mode: 'edit'; id: number; draft: ActivityDraft };

export function ActivitiesScreen({ focus }: { focus: FocusRequest | null }) {
  const { period, periodInfo, unit } = useApp();
  const toast = useToast();
  const removeWithUndo = useRemoveWithUndo();
  const list = useApi('activity.list', { period }, period);
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [importing, setImporting] = useState(false);

  const all = list.data ?? EMPTY;
  // Typing in the search box stays instant: the table follows a moment later with 10,000 rows.
  const shownQuery = useDeferredValue(query);
  const rows = useMemo(() => applyQuery(all, shownQuery), [all, shownQuery]);
  const months = useMemo(() => monthsOf(all), [all]);
  const formDirty = useRef(false);

  const save = async (input: ActivityInput, again: boolean) => {
    if (editing?.mode === 'edit') {
      await call('activity.update', { id: editing.id, activity: input });
      toast({ message: 'Đã lưu thay đổi.' });
    } else {
      await call('activity.add', input);
      toast({ message: `Đã thêm hoạt động “${input.title}”.` });
    }
    if (!again) setEditing(null);
    await list.reload();
  };

  const remove = (a: Activity) =>
    removeWithUndo({
      remove: () => call('activity.remove', { id: a.id }),
      restore: (removed) => call('activity.add', inputOf(removed)),
      // The other rows keep their objects: only the removed one leaves the table.
      reload: async () => list.setData((prev) => (prev ?? []).filter((x) => x.id !== a.id)),
      afterRestore: list.reload,
      messages: (removed) => ({ removed: `Đã xóa hoạt động “${removed.title}”.`, restored: 'Đã khôi phục hoạt động.' }),
    });

  if (list.error) return <ErrorBox message={list.error} onRetry={() => void list.reload()} />;
  if (!list.data) return <Loading />;

  const filtered = query.search || query.kind || query.month;
  return (
    <div className="activities">
      <div className="toolbar">
        <div className="field field-inline search">
          <label htmlFor="act-search">Tìm kiếm</label>
          <input id="act-search" type="search" placeholder="Tên, văn bản, ghi chú…" value={query.search} onChange={(e) => setQuery({ ...query, search: e.target.value })} />
        </div>
        <div className="field field-inline">
          <label htmlFor="act-kind">Loại</label>
          <select id="act-kind" value={query.kind} onChange={(e) => setQuery({ ...query, kind: e.target.value as ActivityKind | '' })}>
            <option value="">Tất cả loại</option>
            {activityKindsFor(unit.kind).map((k) => (
              <option key={k} value={k}>
                {ACTIVITY_KIND_INFO[k].no}. {ACTIVITY_KIND_INFO[k].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="act-month">Tháng</label>
          <select id="act-month" value={query.month} onChange={(e) => setQuery({ ...query, month: e.target.value })}>
            <option value="">Tất cả các tháng</option>
            {months.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-spacer" />
        <button type="button" className="btn" onClick={() => setImporting(true)}>
          Nhập từ tệp…
        </button>
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'add', draft: emptyDraft() })}>
          + Thêm hoạt động
        </button>
      </div>
      <p className="muted small table-count" role="status">
        {filtered ? `Đang hiện ${formatNumber(rows.length)}/${formatNumber(all.length)} hoạt động.` : `${formatNumber(all.length)} hoạt động trong kỳ.`}
        {filtered ? (
          <button type="button" className="link" onClick={() => setQuery({ ...DEFAULT_QUERY, sort: query.sort, dir: query.dir })}>
            Bỏ lọc
          </button>
        ) : null}
      </p>
      {all.length === 0 ? (
        <div className="empty">
          <p>Chưa có hoạt động nào trong kỳ này.</p>
          <p className="muted">Bấm “+ Thêm hoạt động” để ghi từng hoạt động, hoặc “Nhập từ tệp…” nếu đã có danh sách trong Excel.</p>
        </div>
      ) : (
        <ActivityTable
          rows={rows}
          query={query}
          onSort={(k) => setQuery(toggleSort(query, k))}
          onEdit={(a) => setEditing({ mode: 'edit', id: a.id, draft: draftFrom(inputOf(a)) })}
          onCopy={(a) => setEditing({ mode: 'copy', draft: draftFrom(inputOf(a)) })}
          onDelete={(a) => void remove(a)}
          focus={focus}
        />
      )}
      {editing ? (
        <Dialog
          title={editing.mode === 'edit' ? 'Sửa hoạt động' : editing.mode === 'copy' ? 'Nhân bản hoạt động' : 'Thêm hoạt động'}
          onClose={() => setEditing(null)}
          isDirty={() => formDirty.current}
        >
          <ActivityForm
            key={editing.mode === 'edit' ? editing.id : editing.mode}
            initial={editing.draft}
            mode={editing.mode}
            unitKind={unit.kind}
            period={periodInfo}
            onSave={save}
            onCancel={() => setEditing(null)}
            onDirtyChange={(d) => (formDirty.current = d)}
            recorded={all}
            editingId={editing.mode === 'edit' ? editing.id : undefined}
          />
        </Dialog>
      ) : null}
      {importing ? (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(added, skipped, fileName) => {
            setImporting(false);
            toast({ message: `Đã nhập ${formatNumber(added)} hoạt động từ tệp ${fileName}${skipped ? `, bỏ qua ${formatNumber(skipped)} dòng đã có` : ''}.` });
            void list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
