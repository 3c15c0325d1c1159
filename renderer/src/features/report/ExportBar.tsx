// Chốt số liệu and export: the save dialog for the .docx (the .xlsx is written beside it), print,
// and a PDF of the report on screen; the folder of the last export is remembered. Drafts still in
// the assessment texts are asked about first.
import { useState } from 'react';
import type { ResultOf } from '../../../../shared/ipc/contract';
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
  onExported: () => void;
}

export function ExportBar({ status, changes, drafts, onExported }: Props) {
  const { period, navigate } = useApp();
  const s = useSaveAs('report', period, 'báo cáo');
  const [asking, setAsking] = useState(false);
  const progress = useProgress('report.export', s.busy === 'docx');

  const doExport = async (acceptDrafts = false) => {
    if (drafts.length && !acceptDrafts) {
      setAsking(true);
      return;
    }
    setAsking(false);
    const r = await s.save(
      'docx',
      'docx',
      (t) => call('report.export', { period, outDir: t.dir, name: t.name, acceptDrafts }),
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
        <Dialog title="Báo cáo còn bản nháp" onClose={() => setAsking(false)}>
          <p>
            Còn {drafts.length} phần đánh giá, phương hướng, kiến nghị là bản nháp do ứng dụng soạn, chưa được rà soát:{' '}
            {drafts.map((k) => ASSESSMENT_LABEL[k as AssessmentKey] ?? k).join('; ')}.
          </p>
          <p>Xuất báo cáo sẽ dùng nguyên các bản nháp này làm nội dung chính thức của đơn vị.</p>
          <div className="actions">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setAsking(false);
                navigate('texts', drafts[0]);
              }}
            >
              Xem lại bản nháp
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void doExport(true)}>
              Chấp nhận bản nháp và xuất
            </button>
          </div>
        </Dialog>
      ) : null}
      {changes?.frozen ? <ChangesBox frozen={changes.frozen} changes={changes.changes} /> : null}
      <SaveStatus s={s} />
    </section>
  );
}
