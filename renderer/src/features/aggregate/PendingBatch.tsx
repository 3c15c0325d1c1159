// Before a batch of received files is imported: how many files, the dates they will be received
// on (each file's own date, or one date typed for the whole batch), and how many of them fall after
// the deadline, so a folder received last week is not marked late by accident.
import { useMemo } from 'react';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import { batchDates } from './inboxLogic';
import type { PickedFile } from './pickedFiles';

const SHOWN_DAYS = 6;

export interface PendingBatchProps {
  files: readonly PickedFile[];
  deadline: string | null;
  today: string;
  mode: 'files' | 'batch';
  onMode: (m: 'files' | 'batch') => void;
  received: string;
  onReceived: (text: string) => void;
  dateError: string | null;
  onImport: () => void;
  onCancel: () => void;
}

export function PendingBatch({ files, deadline, today, mode, onMode, received, onReceived, dateError, onImport, onCancel }: PendingBatchProps) {
  const dates = useMemo(() => batchDates(files.map((f) => ({ name: f.name, lastModified: f.file.lastModified })), deadline, today), [files, deadline, today]);
  const others = files.length - dates.workbooks;
  const days = dates.days;
  const range = days.length === 0 ? '' : days.length === 1 ? `ngày ${formatTableDate(days[0]!.date)}` : `từ ${formatTableDate(days[0]!.date)} đến ${formatTableDate(days.at(-1)!.date)}`;

  return (
    <section className="pending-batch" aria-labelledby="pending-h">
      <h3 id="pending-h">
        Sẵn sàng nhập {formatNumber(files.length)} tệp
        {dates.workbooks ? ` (${formatNumber(dates.workbooks)} biểu số liệu${others ? `, ${formatNumber(others)} tệp khác` : ''})` : ''}
      </h3>
      <fieldset className="received-choice">
        <legend>Ngày nhận</legend>
        <label className="radio">
          <input type="radio" name="received-mode" checked={mode === 'files'} onChange={() => onMode('files')} />
          <span>
            Theo ngày của từng tệp{range ? <>: {range}</> : null}
            {mode === 'files' && deadline && dates.afterDeadline ? (
              <b className="warn-text">
                {' '}
                — {formatNumber(dates.afterDeadline)} biểu sau hạn nộp {formatTableDate(deadline)}, sẽ ghi là nộp muộn
              </b>
            ) : null}
            <span className="field-hint">
              Ngày tệp được lưu vào máy này (ngày sửa đổi của tệp, thường là ngày tải về từ thư điện tử hoặc hệ thống văn bản), nhưng không sớm hơn ngày đơn vị xuất biểu ghi trong tệp. Nếu tệp đã được chép
              lại sau ngày nhận thật, hãy ghi một ngày cho cả đợt.
            </span>
          </span>
        </label>
        {mode === 'files' && days.length > 1 ? (
          <ul className="batch-days small">
            {days.slice(0, SHOWN_DAYS).map((d) => (
              <li key={d.date} className={deadline && d.date > deadline ? 'warn-text' : undefined}>
                {formatTableDate(d.date)}: {formatNumber(d.count)} biểu
              </li>
            ))}
            {days.length > SHOWN_DAYS ? <li>… và {formatNumber(days.length - SHOWN_DAYS)} ngày khác</li> : null}
          </ul>
        ) : null}
        <label className="radio">
          <input type="radio" name="received-mode" checked={mode === 'batch'} onChange={() => onMode('batch')} />
          <span>Một ngày cho cả đợt:</span>
        </label>
        <input
          className="date-input"
          aria-label="Ngày nhận của cả đợt"
          placeholder="dd/mm/yyyy"
          value={received}
          aria-invalid={dateError ? true : undefined}
          onChange={(e) => onReceived(e.target.value)}
        />
        {mode === 'batch' && deadline ? <span className="small muted"> (hạn nộp {formatTableDate(deadline)})</span> : null}
      </fieldset>
      {dateError ? (
        <div className="field-error" role="alert">
          {dateError}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          Hủy
        </button>
        <button type="button" className="btn btn-primary" onClick={onImport}>
          Nhập {formatNumber(files.length)} tệp
        </button>
      </div>
    </section>
  );
}
