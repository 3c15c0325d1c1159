// The period's activities: sortable columns, actions per row, scrolling inside its own box.
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, type Activity } from '../../../../shared/domain/activities';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import type { SortKey, TableQuery } from './tableLogic';

const COLUMNS: Array<{ key: SortKey; label: string; className?: string }> = [
  { key: 'date', label: 'Ngày', className: 'c-date' },
  { key: 'kind', label: 'Loại hoạt động', className: 'c-kind' },
  { key: 'title', label: 'Tên hoạt động' },
  { key: 'form', label: 'Hình thức', className: 'c-form' },
  { key: 'sessions', label: 'Số buổi', className: 'num c-num' },
  { key: 'participants', label: 'Số lượt người', className: 'num c-num' },
];

interface Props {
  rows: Activity[];
  query: TableQuery;
  onSort: (key: SortKey) => void;
  onEdit: (a: Activity) => void;
  onCopy: (a: Activity) => void;
  onDelete: (a: Activity) => void;
}

export function ActivityTable({ rows, query, onSort, onEdit, onCopy, onDelete }: Props) {
  return (
    <div className="table-wrap">
      <table className="table activities-table">
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
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} id={`act-${a.id}`} tabIndex={-1} onDoubleClick={() => onEdit(a)}>
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
                <button type="button" className="btn btn-small" onClick={() => onEdit(a)} aria-label={`Sửa: ${a.title}`}>
                  Sửa
                </button>
                <button type="button" className="btn btn-small" onClick={() => onCopy(a)} aria-label={`Nhân bản: ${a.title}`}>
                  Nhân bản
                </button>
                <button type="button" className="btn btn-small btn-danger-light" onClick={() => onDelete(a)} aria-label={`Xóa: ${a.title}`}>
                  Xóa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
