// Chốt số liệu and export: choose a folder, write the .docx and .xlsx, open the folder.
import { useState } from 'react';
import type { ExportResult, ResultOf } from '../../../../shared/ipc/contract';
import type { PeriodStatus } from '../../../../shared/domain/status';
import { call } from '../../api';
import { useToast } from '../../components/Toasts';
import { useApp } from '../../lib/appContext';
import { useExportFolder } from '../../lib/useExportFolder';
import { localDate } from '../../lib/time';
import { errorText } from '../../lib/useApi';
import { ASSESSMENT_LABEL, type AssessmentKey } from '../../../../shared/domain/unitProfile';
import { Dialog } from '../../components/Dialog';
import { ChangesBox } from './ChangesBox';
import { ExportedFiles } from './ExportedFiles';

interface Props {
  status: PeriodStatus | undefined;
  changes: ResultOf<'report.changes'> | undefined;
  /** Assessment texts still drafted by the app: export asks before accepting them. */
  drafts: string[];
  onExported: () => void;
}

export function ExportBar({ status, changes, drafts, onExported }: Props) {
  const { period, navigate } = useApp();
  const toast = useToast();
  const { folder, error, setError, choose, open } = useExportFolder();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [asking, setAsking] = useState(false);

  const doExport = async (acceptDrafts = false) => {
    if (!folder) return;
    if (drafts.length && !acceptDrafts) {
      setAsking(true);
      return;
    }
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      const r = await call('report.export', { period, outDir: folder, acceptDrafts });
      setResult(r);
      toast({ message: `Đã xuất báo cáo (lần ${r.revision}).` });
      onExported();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
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
        <button type="button" className="btn" onClick={() => void choose()}>
          Chọn thư mục…
        </button>
        <button type="button" className="btn btn-primary" disabled={!folder || busy} onClick={() => void doExport(false)}>
          {busy ? 'Đang xuất…' : 'Xuất báo cáo (.docx, .xlsx)'}
        </button>
      </div>
      {asking ? (
        <Dialog title="Báo cáo còn bản nháp" onClose={() => setAsking(false)}>
          <p>
            Còn {drafts.length} phần đánh giá, phương hướng, kiến nghị là bản nháp do ứng dụng soạn, chưa được rà soát:{' '}
            {drafts.map((k) => ASSESSMENT_LABEL[k as AssessmentKey] ?? k).join('; ')}.
          </p>
          <p>Xuất báo cáo sẽ dùng nguyên các bản nháp này làm nội dung chính thức của đơn vị.</p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => { setAsking(false); navigate('texts', drafts[0]); }}>
              Xem lại bản nháp
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void doExport(true)}>
              Chấp nhận bản nháp và xuất
            </button>
          </div>
        </Dialog>
      ) : null}
      {changes?.frozen ? <ChangesBox frozen={changes.frozen} changes={changes.changes} /> : null}
      <div className="export-folder small">
        Thư mục lưu: {folder ? <code>{folder}</code> : <span className="muted">chưa chọn</span>}
      </div>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {result ? (
        <div className="alert alert-ok export-result" role="status">
          <ExportedFiles title={`Đã xuất báo cáo lần ${result.revision}:`} result={result} />
          <button type="button" className="btn btn-small" onClick={() => void open()}>
            Mở thư mục
          </button>
        </div>
      ) : null}
    </section>
  );
}
