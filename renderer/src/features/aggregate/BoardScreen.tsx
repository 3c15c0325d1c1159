// Tình hình nộp: every unit that must report with its status (đã nộp đúng hạn / nộp muộn / chưa
// nộp), received date, files and warnings; a chart by kind and by Cấp trên; filters, sorting by
// every column, grouping by Cấp trên or kind, and drill-down. The table renders only the rows in
// sight, so 10,000 units scroll and sort smoothly.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AggregateStatus, UnitStatusRow } from '../../../../shared/aggregate/api';
import { daysBetween } from '../../../../shared/domain/periods';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import { ErrorBox, Loading } from '../../components/Status';
import { useAgg } from '../../lib/aggContext';
import { useApi } from '../../lib/useApi';
import { useWindowedRows } from '../../lib/useWindowedRows';
import { BoardChart } from './BoardChart';
import { DEFAULT_SORT, EMPTY_BOARD_QUERY, filterBoard, groupBoard, parentKey, sortBoard, type BoardItem, type BoardQuery, type BoardSort, type GroupBy, type SortKey, type StatusFilter } from './boardLogic';
import { UnitKindFilter } from './UnitKindFilter';
import { StatusBadge, UnitPanel } from './UnitPanel';

const STATUS_OPTIONS: Array<{ value: StatusFilter; label: string }> = [
  { value: '', label: 'Tất cả tình trạng' },
  { value: 'on_time', label: 'Đã nộp đúng hạn' },
  { value: 'late', label: 'Nộp muộn' },
  { value: 'missing', label: 'Chưa nộp' },
  { value: 'warnings', label: 'Có cảnh báo' },
];

function percentOf(n: number, of: number): string {
  return of ? `${formatNumber((n / of) * 100, 0)}% số đơn vị` : '';
}

function Stats({ s, status, onStatus }: { s: AggregateStatus; status: StatusFilter; onStatus: (f: StatusFilter) => void }) {
  const c = s.counts;
  const cards: Array<{ f: StatusFilter; label: string; value: number; sub: string; tone?: string }> = [
    { f: '', label: 'Phải báo cáo', value: c.expected, sub: `đã nộp ${formatNumber(c.submitted)}` },
    { f: 'on_time', label: 'Đã nộp đúng hạn', value: c.onTime, sub: percentOf(c.onTime, c.expected), tone: 'ok' },
    { f: 'late', label: 'Nộp muộn', value: c.late, sub: percentOf(c.late, c.expected), tone: 'warn' },
    { f: 'missing', label: 'Chưa nộp', value: c.missing, sub: percentOf(c.missing, c.expected), tone: 'danger' },
    { f: 'warnings', label: 'Có cảnh báo', value: c.withWarnings, sub: 'cần xem lại số liệu', tone: 'warn' },
  ];
  return (
    <div className="stats" role="group" aria-label="Lọc theo tình trạng">
      {cards.map((x) => (
        <button key={x.f || 'all'} type="button" className={`stat stat-${x.tone ?? 'plain'}`} aria-pressed={status === x.f} onClick={() => onStatus(x.f)}>
          <span className="stat-label">{x.label}</span>
          <span className="stat-value">{formatNumber(x.value)}</span>
          <span className="stat-sub">{x.sub || '\u00a0'}</span>
        </button>
      ))}
    </div>
  );
}

function notesOf(r: UnitStatusRow): string[] {
  const out: string[] = [];
  if (r.template) out.push('Biểu điền tay');
  if (r.edited) out.push('Sửa sau khi xuất');
  if (r.submissions > 1) out.push(`Gửi ${formatNumber(r.submissions)} lần`);
  if (r.blank) out.push(`${formatNumber(r.blank)} chỉ số để trống`);
  return out;
}

/** A unit's row as first drawn, before it is measured (names may wrap to more lines). */
const ROW_ESTIMATE = 56;

const COLUMNS: Array<{ key: SortKey; label: string; className: string }> = [
  { key: 'code', label: 'Mã', className: 'c-code' },
  { key: 'name', label: 'Đơn vị', className: 'c-name' },
  { key: 'status', label: 'Tình trạng', className: 'c-status' },
  { key: 'receivedAt', label: 'Ngày nhận', className: 'c-date' },
  { key: 'file', label: 'Tệp đã nhận', className: 'c-file' },
  { key: 'notes', label: 'Ghi chú', className: 'c-notes' },
];

function SortHeader({ col, sort, onSort }: { col: (typeof COLUMNS)[number]; sort: BoardSort; onSort: (s: BoardSort) => void }) {
  const on = sort.key === col.key;
  return (
    <th className={col.className} aria-sort={on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-btn" onClick={() => onSort({ key: col.key, dir: on && sort.dir === 'asc' ? 'desc' : 'asc' })} title={`Sắp xếp theo ${col.label.toLocaleLowerCase('vi')}`}>
        {col.label}
        <span className="sort-mark" aria-hidden="true">
          {on ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function GroupRow({ item, span }: { item: Extract<BoardItem, { type: 'group' }>; span: number }) {
  const c = item.counts;
  return (
    <tr className="group-row" data-vkey={`g:${item.key}`}>
      <td colSpan={span}>
        <span className="group-label" title={item.label}>
          {item.label}
        </span>
        <span className="group-counts">
          {formatNumber(c.total)} đơn vị: {formatNumber(c.on_time)} đúng hạn, {formatNumber(c.late)} nộp muộn, <b>{formatNumber(c.missing)} chưa nộp</b>
        </span>
      </td>
    </tr>
  );
}

/** True while the window is narrower than `px` CSS pixels (a laptop at 125–150% scaling). */
function useNarrow(px: number): boolean {
  const query = `(max-width: ${px}px)`;
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return narrow;
}

function UnitRow({ r, open, withFile, onOpen }: { r: UnitStatusRow; open: boolean; withFile: boolean; onOpen: () => void }) {
  const notes = notesOf(r);
  const sub = [r.kindLabel, r.parent].filter(Boolean).join(' · ');
  const clip = (text: string, children?: ReactNode) => (
    <div className="clip" title={text}>
      {children ?? text}
    </div>
  );
  return (
    <tr data-unit={r.code} data-vkey={`u:${r.code}`} className={`unit-row ${open ? 'row-open' : ''} st-row-${r.status}`} onClick={onOpen}>
      <td className="code-cell">{clip(r.code)}</td>
      <td>
        <button
          type="button"
          className="row-open-btn"
          title={`${r.name}: xem chi tiết`}
          onClick={(e) => {
            e.stopPropagation();
            onOpen();
          }}
        >
          {r.name}
        </button>
        <div className="cell-sub">{sub}</div>
      </td>
      <td>
        <StatusBadge status={r.status} daysLate={r.daysLate} />
      </td>
      <td>
        {r.receivedAt ? formatTableDate(r.receivedAt) : <span className="muted">—</span>}
        {r.lastReceivedAt ? <div className="cell-sub">gửi lại {formatTableDate(r.lastReceivedAt)}</div> : null}
      </td>
      {withFile ? (
      <td className="c-file">
        {r.fileName ? (
          <>
            {clip(r.fileName, <span className="file-cell">{r.fileName}</span>)}
            {r.attachments.length ? <div className="cell-sub clip">kèm {r.attachments.map((a) => (a.kind === 'pdf' ? 'bản PDF' : 'văn bản Word')).join(', ')}</div> : null}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      ) : null}
      <td>
        {r.warnings.length ? <div className="warn-text">{formatNumber(r.warnings.length)} cảnh báo</div> : null}
        {notes.length ? clip(notes.join(' · '), <span className="cell-sub">{notes.join(' · ')}</span>) : null}
      </td>
    </tr>
  );
}

interface BoardTableProps {
  items: BoardItem[];
  columns: typeof COLUMNS;
  sort: BoardSort;
  onSort: (s: BoardSort) => void;
  openCode: string | null;
  withFile: boolean;
  onOpen: (code: string) => void;
  empty: boolean;
}

/** The table in its own scroll box, drawing only the rows in sight (the activities' windowing). */
function BoardTable({ items, columns, sort, onSort, openCode, withFile, onOpen, empty }: BoardTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keyAt = useCallback((i: number) => {
    const it = items[i]!;
    return it.type === 'group' ? `g:${it.key}` : `u:${it.row.code}`;
  }, [items]);
  const win = useWindowedRows({ count: items.length, keyAt, scrollRef, bodyRef, estimate: ROW_ESTIMATE });
  return (
    <div className="table-wrap board-wrap" ref={scrollRef}>
      <table className="table board-table" aria-rowcount={items.length + 1}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} className={c.className} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c.key} col={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {win.before > 0 ? <tr className="v-spacer" aria-hidden="true" style={{ height: win.before }} /> : null}
          {items.slice(win.start, win.end).map((it) =>
            it.type === 'group' ? (
              <GroupRow key={`g:${it.key}`} item={it} span={columns.length} />
            ) : (
              <UnitRow key={it.row.code} r={it.row} open={openCode === it.row.code} withFile={withFile} onOpen={() => onOpen(it.row.code)} />
            ),
          )}
          {win.after > 0 ? <tr className="v-spacer" aria-hidden="true" style={{ height: win.after }} /> : null}
        </tbody>
      </table>
      {empty ? <p className="muted board-none">Không có đơn vị nào như vậy.</p> : null}
    </div>
  );
}

export function BoardScreen() {
  const { period, today, navigate } = useAgg();
  const st = useApi('aggregate.status', { period }, period);
  const [query, setQuery] = useState<BoardQuery>(EMPTY_BOARD_QUERY);
  const [sort, setSort] = useState<BoardSort>(DEFAULT_SORT);
  const [groupBy, setGroupBy] = useState<GroupBy>('');
  const [openCode, setOpenCode] = useState<string | null>(null);
  // Below 1000 px (1366×768 at 150%) the file name moves to the unit's panel, so names keep their room.
  const withFile = !useNarrow(1000);
  const columns = withFile ? COLUMNS : COLUMNS.filter((c) => c.key !== 'file');
  const all = st.data?.units ?? [];
  const parents = useMemo(() => [...new Set(all.map((r) => parentKey(r.parent)))].sort((a, b) => a.localeCompare(b, 'vi')), [all]);
  const rows = useMemo(() => filterBoard(all, query), [all, query]);
  const items = useMemo(() => groupBoard(sortBoard(rows, sort), groupBy), [rows, sort, groupBy]);

  if (st.error) return <ErrorBox message={st.error} onRetry={() => void st.reload()} />;
  if (!st.data) return <Loading />;
  const s = st.data;
  const open = openCode ? all.find((u) => u.code === openCode) ?? null : null;
  const deadline = s.period.deadline;
  const overdue = deadline ? daysBetween(deadline, today) : null;
  const filtered = query.search || query.kind || query.status || query.parent;

  if (!all.length) {
    return (
      <div className="empty">
        <p>Chưa có danh sách đơn vị phải báo cáo.</p>
        <p className="muted">Hãy nhập danh sách đơn vị trước, rồi nhận báo cáo của các đơn vị.</p>
        <button type="button" className="btn btn-primary" onClick={() => navigate('agg-units')}>
          Danh sách đơn vị
        </button>
      </div>
    );
  }

  return (
    <div className="board">
      <p className="board-deadline">
        {deadline ? (
          <>
            Hạn nộp của đơn vị: <b>{formatTableDate(deadline)}</b>
            {overdue !== null && overdue > 0 ? <span className="muted"> (đã quá hạn {formatNumber(overdue)} ngày)</span> : overdue === 0 ? <span className="muted"> (hôm nay)</span> : <span className="muted"> (còn {formatNumber(-overdue!)} ngày)</span>}
          </>
        ) : (
          <>
            Chưa đặt hạn nộp cho kỳ này nên chưa xác định được đơn vị nộp muộn.{' '}
            <button type="button" className="link" onClick={() => navigate('agg-settings')}>
              Đặt hạn nộp
            </button>
          </>
        )}
      </p>
      <Stats s={s} status={query.status} onStatus={(f) => setQuery({ ...query, status: query.status === f ? '' : f })} />
      <BoardChart
        rows={all}
        selected={{ kind: query.kind, parent: query.parent }}
        onPick={(by, key) =>
          setQuery(by === 'kind' ? { ...query, kind: query.kind === key ? '' : (key as BoardQuery['kind']) } : { ...query, parent: query.parent === key ? '' : key })
        }
      />
      <div className="toolbar">
        <div className="field field-inline search">
          <label htmlFor="board-search">Tìm kiếm</label>
          <input id="board-search" type="search" placeholder="Mã, tên đơn vị, tên tệp…" value={query.search} onChange={(e) => setQuery({ ...query, search: e.target.value })} />
        </div>
        <UnitKindFilter id="board-kind" value={query.kind} onChange={(kind) => setQuery({ ...query, kind })} />
        <div className="field field-inline">
          <label htmlFor="board-status">Tình trạng</label>
          <select id="board-status" value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as StatusFilter })}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {parents.length > 1 ? (
          <div className="field field-inline">
            <label htmlFor="board-parent">Cấp trên</label>
            <select id="board-parent" value={query.parent} onChange={(e) => setQuery({ ...query, parent: e.target.value })}>
              <option value="">Tất cả cấp trên</option>
              {parents.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field field-inline">
          <label htmlFor="board-group">Nhóm theo</label>
          <select id="board-group" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="">Không nhóm</option>
            <option value="parent">Cấp trên</option>
            <option value="kind">Loại đơn vị</option>
          </select>
        </div>
        <div className="toolbar-spacer" />
        <button type="button" className="btn" onClick={() => navigate('agg-inbox')}>
          Nhận báo cáo…
        </button>
      </div>
      <p className="muted small table-count" role="status">
        {filtered ? `Đang hiện ${formatNumber(rows.length)}/${formatNumber(all.length)} đơn vị.` : `${formatNumber(all.length)} đơn vị phải báo cáo.`}
        {filtered ? (
          <button type="button" className="link" onClick={() => setQuery(EMPTY_BOARD_QUERY)}>
            Bỏ lọc
          </button>
        ) : null}
      </p>
      <BoardTable items={items} columns={columns} sort={sort} onSort={setSort} openCode={openCode} withFile={withFile} onOpen={setOpenCode} empty={!rows.length} />
      {open ? (
        <UnitPanel
          key={open.code}
          row={open}
          onClose={() => {
            const code = open.code;
            setOpenCode(null);
            // Back to the row's button, so the keyboard user continues where they were.
            window.setTimeout(() => document.querySelector<HTMLElement>(`tr[data-unit="${CSS.escape(code)}"] .row-open-btn`)?.focus(), 0);
          }}
          onChanged={() => void st.reload()}
        />
      ) : null}
    </div>
  );
}
