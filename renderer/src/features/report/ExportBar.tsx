// Chốt số liệu and export: the save dialog for the .docx (the .xlsx is written beside it), print,
// and a PDF of the report on screen; the folder of the last export is remembered. Drafts still in
// the assessment texts are asked about first.
import { useState } from 'react';
import type { ResultOf } from '../../../../shared/ipc/contract';
import type { ReportProblem } from '../../../../shared/checks/types';
import type { PeriodStatus } from '../../../../shared/domain/status';
import { ASSESSMENT_LABEL, type AssessmentKey } from '../../../../shared/domain/unitProfile';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ProgressBar, useProgress } from '../../components/ProgressBar';
import { useApp } from '../../lib/appContext';
import { localDate } from '../../lib/time';
import { PrintButtons, SaveStatus } from '../export/SaveActions';
import { useSaveAs } from '../export/useSaveAs';
import { ChangesBox } from './ChangesBox';

interface Props {
  status: PeriodStatus | undefined;
  changes: ResultOf<'report.changes'> | undefined;
  /** Assessment texts still drafted by the app: export asks before accepting them. */
  drafts: string[];
  /** Errors of the rule set (shared/checks): export asks before writing a report that still has them. */
  errors: ReportProblem[];
  onExported: () => void;
}

const ERRORS_SHOWN = 5;

export function ExportBar({ status, changes, drafts, errors, onExported }: Props) {
  const { period, navigate } = useApp();
  const s = useSaveAs('report', period, 'báo cáo');
  const [asking, setAsking] = useState(false);
  const progress = useProgress('report.export', s.busy === 'docx');

  const doExport = async (confirmed = false) => {
    if ((drafts.length || errors.length) && !confirmed) {
      setAsking(true);
      return;
    }
    setAsking(false);
    const r = await s.save(
      'docx',
      'docx',
      (t) => call('report.export', { period, outDir: t.dir, name: t.name, acceptDrafts: confirmed && drafts.length > 0 }),
      (r) => ({ title: `Đã xuất báo cáo lần ${r.revision}:`, files: [r.docx, r.xlsx], warnings: r.warnings }),
    );
    if (r) onExported();
  };

  const missing = status?.missing.length ?? 0;
  return (
    <section className="card export-bar" aria-label="Xuất báo cáo">
      <div className="export-row">
        <div className="export-info">
          {status?.frozen ? (
            <span>
              Đã chốt số liệu lần {status.frozen.revision} ngày {localDate(status.frozen.at)} (khi xuất báo cáo).
            </span>
          ) : (
            <span>Chưa chốt số liệu. Khi xuất báo cáo, số liệu của kỳ được chốt (lần 1).</span>
          )}
          {missing ? (
            <>
              {' '}
              <button type="button" className="link" onClick={() => navigate('dashboard')}>
                Còn {missing} nội dung chưa điền
              </button>
            </>
          ) : null}
        </div>
        <PrintButtons s={s} />
        <button type="button" className="btn btn-primary" disabled={!!s.busy} onClick={() => void doExport(false)}>
          {s.busy === 'docx' ? 'Đang xuất…' : 'Xuất báo cáo (.docx, .xlsx)…'}
        </button>
      </div>
      {s.busy === 'docx' ? <ProgressBar label="Tiến độ xuất báo cáo" progress={progress} waiting="Đang bắt đầu xuất báo cáo…" /> : null}
      {asking ? (
        <Dialog title={errors.length ? 'Báo cáo còn lỗi chưa sửa' : 'Báo cáo còn bản nháp'} onClose={() => setAsking(false)}>
          {errors.length ? (
            <>
              <p>Ứng dụng còn thấy {errors.length} lỗi trong báo cáo:</p>
              <ul className="export-errors">
                {errors.slice(0, ERRORS_SHOWN).map((p, i) => (
                  <li key={`${p.rule}-${p.ref ?? ''}-${i}`}>{p.message}</li>
                ))}
              </ul>
              {errors.length > ERRORS_SHOWN ? <p>… và {errors.length - ERRORS_SHOWN} lỗi khác (xem mục “Cần xem lại trước khi xuất”).</p> : null}
            </>
          ) : null}
          {drafts.length ? (
            <>
              <p>
                Còn {drafts.length} phần đánh giá, phương hướng, kiến nghị là bản nháp do ứng dụng soạn, chưa được rà soát:{' '}
                {drafts.map((k) => ASSESSMENT_LABEL[k as AssessmentKey] ?? k).join('; ')}.
              </p>
              <p>Xuất báo cáo sẽ dùng nguyên các bản nháp này làm nội dung chính thức của đơn vị.</p>
            </>
          ) : null}
          {errors.length ? <p>Báo cáo xuất ra vẫn mang các lỗi này cho tới khi sửa và xuất lại (báo cáo bổ sung).</p> : null}
          <div className="actions">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setAsking(false);
                if (errors.length) document.querySelector('[aria-label="Kiểm tra báo cáo"]')?.scrollIntoView({ block: 'start' });
                else navigate('texts', drafts[0]);
              }}
            >
              {errors.length ? 'Quay lại sửa lỗi' : 'Xem lại bản nháp'}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void doExport(true)}>
              {drafts.length ? 'Chấp nhận bản nháp và xuất' : 'Vẫn xuất báo cáo'}
            </button>
          </div>
        </Dialog>
      ) : null}
      {changes?.frozen ? <ChangesBox frozen={changes.frozen} changes={changes.changes} /> : null}
      <SaveStatus s={s} />
    </section>
  );
}
