// The period's activities: sortable columns, actions per row, scrolling inside its own box. Only
// the rows in view are rendered (10,000 activities scroll as smoothly as 10), and a row renders
// again only when its own activity changed.
import { memo, useCallback, useEffect, useRef } from 'react';
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, type Activity } from '../../../../shared/domain/activities';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import type { FocusRequest } from '../../lib/appContext';
import { focusElementById } from '../../lib/useFocusTarget';
import { useWindowedRows } from '../../lib/useWindowedRows';
import type { SortKey, TableQuery } from './tableLogic';

const COLUMNS: Array<{ key: SortKey; label: string; className?: string }> = [
  { key: 'date', label: 'Ngày', className: 'c-date' },
  { key: 'kind', label: 'Loại hoạt động', className: 'c-kind' },
  { key: 'title', label: 'Tên hoạt động' },
  { key: 'form', label: 'Hình thức', className: 'c-form' },
  { key: 'sessions', label: 'Số buổi', className: 'num c-num' },
  { key: 'participants', label: 'Số lượt người', className: 'num c-num' },
];

export interface RowActions {
  onEdit: (a: Activity) => void;
  onCopy: (a: Activity) => void;
  onDelete: (a: Activity) => void;
}

interface Props extends RowActions {
  rows: Activity[];
  query: TableQuery;
  onSort: (key: SortKey) => void;
  /** A jump from elsewhere to one activity (its id). */
  focus: FocusRequest | null;
}

export function ActivityTable({ rows, query, onSort, onEdit, onCopy, onDelete, focus }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keyAt = useCallback((i: number) => rows[i]!.id, [rows]);
  const win = useWindowedRows({ count: rows.length, keyAt, scrollRef, bodyRef, estimate: 46 });
  // Stable handlers, so a memoised row is not rendered again because its parent was.
  const actions = useRef<RowActions>({ onEdit, onCopy, onDelete });
  actions.current = { onEdit, onCopy, onDelete };
  const stable = useRef<RowActions>({
    onEdit: (a) => actions.current.onEdit(a),
    onCopy: (a) => actions.current.onCopy(a),
    onDelete: (a) => actions.current.onDelete(a),
  }).current;

  useEffect(() => {
    if (!focus) return;
    const index = rows.findIndex((a) => String(a.id) === focus.ref);
    if (index < 0) return;
    win.scrollToIndex(index);
    // Two frames: the window moves, then the row is in the page.
    const t = window.setTimeout(() => focusElementById(`act-${focus.ref}`), 60);
    return () => window.clearTimeout(t);
  }, [focus?.seq]);

  return (
    <div className="table-wrap activities-wrap" ref={scrollRef}>
      <table className="table activities-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={c.className} aria-sort={query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span className="sort-mark" aria-hidden="true">
                    {query.sort === c.key ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
            <th className="c-actions">
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {win.before > 0 ? <tr className="v-spacer" aria-hidden="true" style={{ height: win.before }} /> : null}
          {rows.slice(win.start, win.end).map((a, i) => (
            <ActivityRow key={a.id} a={a} index={win.start + i} actions={stable} />
          ))}
          {win.after > 0 ? <tr className="v-spacer" aria-hidden="true" style={{ height: win.after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

const ActivityRow = memo(
  function ActivityRow({ a, index, actions }: { a: Activity; index: number; actions: RowActions }) {
    return (
      <tr id={`act-${a.id}`} data-vkey={a.id} aria-rowindex={index + 2} tabIndex={-1} onDoubleClick={() => actions.onEdit(a)}>
        <td>{formatTableDate(a.date)}</td>
        <td className="c-kind">{ACTIVITY_KIND_INFO[a.kind].label}</td>
        <td>
          <div className="cell-title">{a.title}</div>
          {a.basisDoc ? <div className="cell-sub">{a.basisDoc}</div> : null}
        </td>
        <td>{ACTIVITY_FORM_LABEL[a.form].replace(' trực tiếp và trực tuyến', '')}</td>
        <td className="num">{formatNumber(a.sessions)}</td>
        <td className="num">{a.participants === null ? '' : formatNumber(a.participants)}</td>
        <td className="row-actions">
          <button type="button" className="btn btn-small" onClick={() => actions.onEdit(a)} aria-label={`Sửa: ${a.title}`}>
            Sửa
          </button>
          <button type="button" className="btn btn-small" onClick={() => actions.onCopy(a)} aria-label={`Nhân bản: ${a.title}`}>
            Nhân bản
          </button>
          <button type="button" className="btn btn-small btn-danger-light" onClick={() => actions.onDelete(a)} aria-label={`Xóa: ${a.title}`}>
            Xóa
          </button>
        </td>
      </tr>
    );
  },
  // The same activity read again (after a reload) is equal field by field: no new render.
  (p, n) => p.index === n.index && p.actions === n.actions && sameActivity(p.a, n.a),
);

function sameActivity(a: Activity, b: Activity): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.date === b.date &&
      a.kind === b.kind &&
      a.title === b.title &&
      a.form === b.form &&
      a.sessions === b.sessions &&
      a.participants === b.participants &&
      a.basisDoc === b.basisDoc)
  );
}
