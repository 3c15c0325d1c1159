// One unit of the board, in the side panel: status, received date (editable), the files it sent
// (opened in their own program), its warnings, history and figures.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { UnitDetail, UnitFigureRow, UnitStatusRow } from '../../../../shared/aggregate/api';
import { SUBMISSION_STATUS_LABEL } from '../../../../shared/aggregate/types';
import { FIGURE_GROUPS } from '../../../../shared/domain/catalog';
import { UNIT_KIND_INFO } from '../../../../shared/domain/units';
import { formatNumber, formatTableDate, parseVietnameseDate } from '../../../../shared/format/vi';
import { call } from '../../api';
import { SidePanel } from '../../components/SidePanel';
import { ErrorBox, Loading } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { useAgg } from '../../lib/aggContext';
import { localDateTime } from '../../lib/time';
import { errorText, useApi } from '../../lib/useApi';
import { lateText, receivedValueText } from './boardLogic';

export function StatusBadge({ status, daysLate }: { status: UnitStatusRow['status']; daysLate?: number | null }) {
  return (
    <span className="status-cell">
      <span className={`st-badge st-${status}`}>{SUBMISSION_STATUS_LABEL[status]}</span>
      {daysLate ? <span className="cell-sub"> {lateText(daysLate)}</span> : null}
    </span>
  );
}

function useOpenStored() {
  const toast = useToast();
  return async (arg: { submissionId?: number; attachmentId?: number }, name: string) => {
    try {
      const { path } = await call('aggregate.fileCopy', arg);
      const ok = await call('app.openFile', { path });
      if (!ok) toast({ message: `Không mở được tệp ${name}. Bản sao ở: ${path}`, tone: 'error', ttl: 10_000 });
    } catch (e) {
      toast({ message: errorText(e), tone: 'error' });
    }
  };
}

/** Edits the date the unit first reported (what on time / late is judged on): the earliest submission. */
function ReceivedForm({ row, first, resent, onSaved }: { row: UnitStatusRow; first: number | undefined; resent: boolean; onSaved: () => void }) {
  const { period, today } = useAgg();
  const toast = useToast();
  const id = useId();
  const [text, setText] = useState(row.receivedAt ? formatTableDate(row.receivedAt) : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(row.receivedAt ? formatTableDate(row.receivedAt) : ''), [row.receivedAt]);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const iso = parseVietnameseDate(text);
    if (!iso) return setError('Ngày nhận không hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 04/05/2026.');
    if (iso > today) return setError('Ngày nhận không được sau ngày hôm nay.');
    setBusy(true);
    setError(null);
    try {
      const r = await call('aggregate.setReceived', { period, unitCode: row.code, date: iso, ...(first !== undefined ? { submissionId: first } : {}) });
      toast({ message: `Đã sửa ngày nhận báo cáo của ${r.name}: ${formatTableDate(iso)} (${r.statusLabel.toLocaleLowerCase('vi')}).` });
      onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="received-form" onSubmit={save} noValidate>
      <label htmlFor={`${id}-d`}>{resent ? 'Ngày nhận lần đầu' : 'Ngày nhận'}</label>
      <input id={`${id}-d`} className="date-input" placeholder="dd/mm/yyyy" value={text} aria-invalid={error ? true : undefined} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="btn btn-small" disabled={busy || first === undefined || text === (row.receivedAt ? formatTableDate(row.receivedAt) : '')}>
        Lưu ngày nhận
      </button>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </form>
  );
}

function FiguresTable({ figures }: { figures: UnitFigureRow[] }) {
  const groups = FIGURE_GROUPS.map((g) => ({ g, rows: figures.filter((f) => f.group === g.code) })).filter((x) => x.rows.length);
  return (
    <table className="table panel-figures">
      <tbody>
        {groups.map(({ g, rows }) => [
          <tr key={g.code} className="panel-group">
            <th colSpan={2} scope="colgroup">
              {g.code}. {g.label}
            </th>
          </tr>,
          ...rows.map((f) => {
            const text = receivedValueText(f);
            return (
              <tr key={f.code} data-figure={f.code} title={f.cell ? `Ô ${f.cell} trong biểu` : f.note || undefined}>
                <td className="pf-label">{f.label}</td>
                <td className={`pf-value ${f.state}`}>
                  {text ? (
                    <>
                      {text}
                      {f.state === 'value' && !['%', 'có/không', 'đồng'].includes(f.unit) ? <span className="pf-unit"> {f.unit}</span> : null}
                    </>
                  ) : (
                    <span className="muted">chưa có số liệu</span>
                  )}
                </td>
              </tr>
            );
          }),
        ])}
      </tbody>
    </table>
  );
}

export function UnitPanel({ row, onClose, onChanged }: { row: UnitStatusRow; onClose: () => void; onChanged: () => void }) {
  const { period, navigate } = useAgg();
  const detail = useApi('aggregate.unitFigures', { period, unitCode: row.code }, `${period}|${row.code}|${row.receivedAt}`);
  const open = useOpenStored();
  const d: UnitDetail | undefined = detail.data;
  const current = d?.history.find((h) => h.current) ?? null;
  const older = d?.history.filter((h) => !h.current) ?? [];
  const first = d?.history.length ? [...d.history].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id)[0]!.id : undefined;
  const blank = d?.figures.filter((f) => f.state === 'blank' && !f.computed).length ?? 0;
  const [hideBlank, setHideBlank] = useState(false);
  return (
    <SidePanel title={row.name} onClose={onClose} wide>
      <p className="muted small panel-meta">
        Mã {row.code} · {UNIT_KIND_INFO[row.kind].label}
        {row.parent ? ` · ${row.parent}` : ''}
      </p>
      <dl className="kv">
        <dt>Tình trạng</dt>
        <dd>
          <StatusBadge status={row.status} daysLate={row.daysLate} />
        </dd>
        {row.lastReceivedAt ? (
          <>
            <dt>Gửi lại</dt>
            <dd>ngày {formatTableDate(row.lastReceivedAt)} (đúng hạn hay muộn tính theo lần gửi đầu)</dd>
          </>
        ) : null}
      </dl>
      {row.status === 'missing' ? (
        <div className="alert alert-warn">
          Đơn vị chưa nộp báo cáo kỳ này.{' '}
          <button type="button" className="btn btn-small" onClick={() => navigate('agg-report', 'remind')}>
            Soạn công văn đôn đốc
          </button>
        </div>
      ) : (
        <ReceivedForm row={row} first={first} resent={(d?.history.length ?? 0) > 1} onSaved={onChanged} />
      )}
      {row.warnings.length ? (
        <div className="alert alert-warn panel-warnings">
          <div className="b">Cảnh báo khi nhận</div>
          <ul>
            {row.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {detail.error ? <ErrorBox message={detail.error} onRetry={() => void detail.reload()} /> : !d ? <Loading /> : null}
      {current ? (
        <>
          <h3 className="panel-sub">Tệp đã nhận</h3>
          <ul className="file-list">
            <li>
              <span className="file-name-cell">
                {current.fileName}
                <span className="cell-sub">
                  {' '}
                  · lần {formatNumber(current.revision)}
                  {current.template ? ' · biểu điền tay' : ''}
                  {current.edited ? ' · sửa sau khi xuất' : ''}
                </span>
              </span>
              <button type="button" className="btn btn-small" onClick={() => void open({ submissionId: current.id }, current.fileName)} aria-label={`Mở ${current.fileName}`}>
                Mở
              </button>
            </li>
            {current.attachments.map((a) => (
              <li key={a.id}>
                <span className="file-name-cell">
                  {a.fileName}
                  <span className="cell-sub"> · {a.kind === 'pdf' ? 'bản PDF' : 'văn bản Word'}</span>
                </span>
                <button type="button" className="btn btn-small" onClick={() => void open({ attachmentId: a.id }, a.fileName)} aria-label={`Mở ${a.fileName}`}>
                  Mở
                </button>
              </li>
            ))}
          </ul>
          {!current.attachments.length ? <p className="muted small">Chưa có văn bản có chữ ký (.docx, .pdf) gửi kèm.</p> : null}
          {older.length ? (
            <>
              <h3 className="panel-sub">Lần gửi trước</h3>
              <ul className="file-list">
                {older.map((h) => (
                  <li key={h.id}>
                    <span className="file-name-cell">
                      {h.fileName}
                      <span className="cell-sub">
                        {' '}
                        · lần {formatNumber(h.revision)} · nhận ngày {formatTableDate(h.receivedAt)} · nhập lúc {localDateTime(h.importedAt)}
                      </span>
                    </span>
                    <button type="button" className="btn btn-small" onClick={() => void open({ submissionId: h.id }, h.fileName)} aria-label={`Mở ${h.fileName}`}>
                      Mở
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="panel-figures-head">
            <h3>
              Số liệu {blank ? <span className="muted small">({formatNumber(blank)} chỉ số để trống)</span> : null}
            </h3>
            {blank ? (
              <label className="checkbox small">
                <input type="checkbox" checked={hideBlank} onChange={(e) => setHideBlank(e.target.checked)} /> Ẩn chỉ số để trống
              </label>
            ) : null}
          </div>
          <FiguresTable figures={hideBlank ? d!.figures.filter((f) => f.state !== 'blank') : d!.figures} />
        </>
      ) : null}
    </SidePanel>
  );
}
