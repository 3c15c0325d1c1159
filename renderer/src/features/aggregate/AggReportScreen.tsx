// Báo cáo tổng hợp: the consolidated report previewed with the unit report's own preview, its
// export (.docx and .xlsx), and the reminder letter to the units that have not reported.
import { figureDef } from '../../../../shared/domain/catalog';
import { useState } from 'react';
import type { AggregateStatus } from '../../../../shared/aggregate/api';
import type { FigureTotal } from '../../../../shared/aggregate/types';
import { formatNumber, formatTableDate, parseVietnameseDate } from '../../../../shared/format/vi';
import type { Ref } from '../../../../shared/report/document';
import { call } from '../../api';
import { ProgressBar, useProgress } from '../../components/ProgressBar';
import { SidePanel } from '../../components/SidePanel';
import { ErrorBox, Loading } from '../../components/Status';
import { useAgg } from '../../lib/aggContext';
import type { FocusRequest } from '../../lib/appContext';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { useApi } from '../../lib/useApi';
import { PrintButtons, SaveStatus } from '../export/SaveActions';
import { useSaveAs } from '../export/useSaveAs';
import { ReportPaper } from '../report/ReportPaper';
import { totalText } from './totals';

function countsSentence(s: AggregateStatus): string {
  const c = s.counts;
  const parts = [`${formatNumber(c.expected)} đơn vị phải báo cáo`, `${formatNumber(c.submitted)} đã nộp (${formatNumber(c.onTime)} đúng hạn, ${formatNumber(c.late)} nộp muộn)`, `${formatNumber(c.missing)} chưa nộp`];
  return `${parts.join('; ')}.`;
}

function ExportCard({ status, onExported }: { status: AggregateStatus | undefined; onExported: () => void }) {
  const { period, today } = useAgg();
  const report = useSaveAs('consolidated', period, 'báo cáo tổng hợp');
  const remind = useSaveAs('reminder', period, 'công văn đôn đốc');
  const [deadline, setDeadline] = useState('');
  const [deadlineError, setDeadlineError] = useState<string | null>(null);
  const missing = status?.counts.missing ?? 0;
  const busy = !!report.busy || !!remind.busy;
  const progress = useProgress('aggregate.report', report.busy === 'docx');

  const writeReport = async () => {
    const r = await report.save(
      'docx',
      'docx',
      (t) => call('aggregate.report', { period, outDir: t.dir, name: t.name }),
      (r) => ({ title: `Đã xuất báo cáo tổng hợp lần ${formatNumber(r.revision)}:`, files: [r.docx, ...(r.xlsx ? [r.xlsx] : [])], warnings: r.warnings }),
    );
    // The report's number and revision may change with an export.
    if (r) onExported();
  };

  const writeReminder = async () => {
    let iso: string | undefined;
    if (deadline.trim()) {
      const d = parseVietnameseDate(deadline);
      if (!d) return setDeadlineError('Hạn nộp mới không hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 15/05/2026.');
      if (d < today) return setDeadlineError('Hạn nộp mới không được trước ngày hôm nay.');
      iso = d;
    }
    setDeadlineError(null);
    await remind.save(
      'docx',
      'docx',
      (t) => call('aggregate.remind', { period, outDir: t.dir, name: t.name, ...(iso ? { deadline: iso } : {}) }),
      (r) => ({ title: `Đã xuất công văn đôn đốc gửi ${formatNumber(r.units)} đơn vị chưa nộp:`, files: [r.docx], warnings: r.warnings }),
    );
  };

  return (
    <section className="card export-bar agg-export" aria-label="Xuất báo cáo tổng hợp">
      <div className="export-row">
        <div className="export-info">{status ? countsSentence(status) : 'Đang tải tình hình nộp…'}</div>
        <PrintButtons s={report} disabled={busy} />
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void writeReport()}>
          {report.busy === 'docx' ? 'Đang xuất…' : 'Xuất báo cáo tổng hợp (.docx, .xlsx)…'}
        </button>
      </div>
      {report.busy === 'docx' ? <ProgressBar label="Tiến độ xuất báo cáo tổng hợp" progress={progress} waiting="Đang bắt đầu xuất báo cáo tổng hợp…" /> : null}
      <SaveStatus s={report} />
      <div className="agg-export-row">
        <div className="remind-group" role="group" aria-labelledby="remind-label">
          <span id="remind-label" className="remind-label">
            Công văn đôn đốc ({missing ? `${formatNumber(missing)} đơn vị chưa nộp` : 'mọi đơn vị đã nộp, không cần đôn đốc'}):
          </span>
          <div className="remind-field" id="agg-remind" tabIndex={-1}>
            <label htmlFor="remind-deadline">Hạn nộp mới</label>
            <input
              id="remind-deadline"
              className="date-input"
              placeholder="dd/mm/yyyy"
              value={deadline}
              disabled={!missing}
              aria-invalid={deadlineError ? true : undefined}
              onChange={(e) => setDeadline(e.target.value)}
            />
          </div>
          <button type="button" className="btn" disabled={busy || !missing} title={missing ? undefined : 'Mọi đơn vị đã nộp báo cáo nên không cần công văn đôn đốc.'} onClick={() => void writeReminder()}>
            {remind.busy === 'docx' ? 'Đang xuất…' : 'Xuất công văn đôn đốc (.docx)…'}
          </button>
        </div>
      </div>
      {deadlineError ? (
        <div className="field-error" role="alert">
          {deadlineError}
        </div>
      ) : null}
      {remind.error || remind.saved.length ? <SaveStatus s={remind} hideFolder /> : null}
    </section>
  );
}

function TotalPanel({ code, text, status, onClose }: { code: string; text: string; status: AggregateStatus | undefined; onClose: () => void }) {
  const total: FigureTotal | undefined = status?.totals.find((t) => t.code === code);
  return (
    <SidePanel title={total?.label ?? figureDef(code)?.label ?? 'Số liệu'} onClose={onClose}>
      {!status ? <Loading /> : null}
      {status && !total ? <p className="muted">Không có số liệu tổng hợp cho chỉ số “{figureDef(code)?.label ?? text}”.</p> : null}
      {total ? (
        <>
          <dl className="kv">
            <dt>Tổng hợp</dt>
            <dd className="b">{totalText(total) || 'chưa có số liệu'}</dd>
            <dt>Áp dụng cho</dt>
            <dd>{formatNumber(total.applicable)} đơn vị đã nộp</dd>
            <dt>Có số liệu</dt>
            <dd>
              {formatNumber(total.reported)} đơn vị{total.none ? ` (${formatNumber(total.none)} ghi “không phát sinh”)` : ''}
            </dd>
            {total.blank ? (
              <>
                <dt>Để trống</dt>
                <dd>{formatNumber(total.blank)} đơn vị (không tính là 0)</dd>
              </>
            ) : null}
          </dl>
          {total.ratio ? (
            <p className="small muted">
              Tỷ lệ tính từ tổng các số liệu thành phần: {formatNumber(total.ratio.num)}/{formatNumber(total.ratio.den)} của {formatNumber(total.ratio.units)} đơn vị có đủ cả hai số liệu (không lấy trung bình các tỷ lệ).
            </p>
          ) : null}
          <h3 className="panel-sub">Theo loại đơn vị</h3>
          <table className="table panel-figures">
            <tbody>
              {status!.byKind.map((k) => {
                const t = k.figures.find((f) => f.code === code);
                return (
                  <tr key={k.kind}>
                    <td className="pf-label">
                      {k.label}
                      <div className="cell-sub">
                        {formatNumber(k.submitted)}/{formatNumber(k.expected)} đơn vị đã nộp
                      </div>
                    </td>
                    <td className="pf-value">{t ? totalText(t) || <span className="muted">—</span> : <span className="muted">không áp dụng</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </SidePanel>
  );
}

export function AggReportScreen({ focus }: { focus: FocusRequest | null }) {
  const { period } = useAgg();
  const [epoch, setEpoch] = useState(0);
  const doc = useApi('aggregate.reportPreview', { period }, `${period}|${epoch}`);
  const status = useApi('aggregate.status', { period }, `${period}|${epoch}`);
  const [target, setTarget] = useState<{ ref: Ref; text: string } | null>(null);
  useFocusTarget(focus, !!status.data, (ref) => (ref === 'remind' ? 'agg-remind' : ref));

  return (
    <div className={`report ${target ? 'with-panel' : ''}`}>
      <ExportCard status={status.data} onExported={() => setEpoch((n) => n + 1)} />
      <p className="muted small">
        Bản xem trước dựng từ cùng nội dung với tệp .docx; ngắt trang khi in có thể khác. Bấm vào một con số được gạch chân để xem số liệu được cộng từ các đơn vị. Đoạn nền vàng là
        bản nháp do ứng dụng soạn từ số liệu.
        {status.data?.period.deadline ? ` Hạn nộp của đơn vị: ${formatTableDate(status.data.period.deadline)}.` : ''}
      </p>
      {doc.error ? (
        <ErrorBox message={doc.error} onRetry={() => void doc.reload()} />
      ) : !doc.data ? (
        <Loading />
      ) : (
        <ReportPaper doc={doc.data} onRef={(ref, text) => (ref.figure ? setTarget({ ref, text }) : undefined)} />
      )}
      {target?.ref.figure ? <TotalPanel code={target.ref.figure} text={target.text} status={status.data} onClose={() => setTarget(null)} /> : null}
    </div>
  );
}
