// Tình hình nộp: every unit that must report with its status (đã nộp đúng hạn / nộp muộn / chưa
// nộp), received date, files and warnings; filters by kind and status, search, and drill-down.
import { useMemo, useState } from 'react';
import type { AggregateStatus, UnitStatusRow } from '../../../../shared/aggregate/api';
import { daysBetween } from '../../../../shared/domain/periods';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import { ErrorBox, Loading } from '../../components/Status';
import { useAgg } from '../../lib/aggContext';
import { useApi } from '../../lib/useApi';
import { EMPTY_BOARD_QUERY, filterBoard, type BoardQuery, type StatusFilter } from './boardLogic';
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

export function BoardScreen() {
  const { period, today, navigate } = useAgg();
  const st = useApi('aggregate.status', { period }, period);
  const [query, setQuery] = useState<BoardQuery>(EMPTY_BOARD_QUERY);
  const [openCode, setOpenCode] = useState<string | null>(null);
  const all = st.data?.units ?? [];
  const rows = useMemo(() => filterBoard(all, query), [all, query]);

  if (st.error) return <ErrorBox message={st.error} onRetry={() => void st.reload()} />;
  if (!st.data) return <Loading />;
  const s = st.data;
  const open = openCode ? all.find((u) => u.code === openCode) ?? null : null;
  const deadline = s.period.deadline;
  const overdue = deadline ? daysBetween(deadline, today) : null;
  const filtered = query.search || query.kind || query.status;

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
      <div className="table-wrap board-wrap">
        <table className="table board-table">
          <thead>
            <tr>
              <th className="c-code">Mã</th>
              <th>Đơn vị</th>
              <th className="c-status">Tình trạng</th>
              <th className="c-date">Ngày nhận</th>
              <th>Tệp đã nhận</th>
              <th>Ghi chú</th>
              <th className="c-open">
                <span className="sr-only">Xem</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const notes = notesOf(r);
              return (
                <tr key={r.code} data-unit={r.code} className={`${openCode === r.code ? 'row-open' : ''} st-row-${r.status}`} onClick={() => setOpenCode(r.code)}>
                  <td className="code-cell">{r.code}</td>
                  <td>
                    <div className="cell-title">{r.name}</div>
                    <div className="cell-sub">{r.kindLabel}</div>
                  </td>
                  <td>
                    <StatusBadge status={r.status} daysLate={r.daysLate} />
                  </td>
                  <td>
                    {r.receivedAt ? formatTableDate(r.receivedAt) : <span className="muted">—</span>}
                    {r.lastReceivedAt ? <div className="cell-sub">gửi lại {formatTableDate(r.lastReceivedAt)}</div> : null}
                  </td>
                  <td>
                    {r.fileName ? (
                      <>
                        <div className="file-cell">{r.fileName}</div>
                        {r.attachments.length ? <div className="cell-sub">kèm {r.attachments.map((a) => (a.kind === 'pdf' ? 'bản PDF' : 'văn bản Word')).join(', ')}</div> : null}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    {r.warnings.length ? <div className="warn-text">{formatNumber(r.warnings.length)} cảnh báo</div> : null}
                    {notes.length ? <div className="cell-sub">{notes.join(' · ')}</div> : null}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Xem chi tiết: ${r.name}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        setOpenCode(r.code);
                      }}
                    >
                      Xem
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open ? (
        <UnitPanel
          key={open.code}
          row={open}
          onClose={() => {
            const code = open.code;
            setOpenCode(null);
            // Back to the row's button, so the keyboard user continues where they were.
            window.setTimeout(() => document.querySelector<HTMLElement>(`tr[data-unit="${CSS.escape(code)}"] .row-actions button`)?.focus(), 0);
          }}
          onChanged={() => void st.reload()}
        />
      ) : null}
    </div>
  );
}
