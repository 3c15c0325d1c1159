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
import { ChangesBox } from './ChangesBox';
import { ExportedFiles } from './ExportedFiles';

export function ExportBar({ status, changes, onExported }: { status: PeriodStatus | undefined; changes: ResultOf<'report.changes'> | undefined; onExported: () => void }) {
  const { period, navigate } = useApp();
  const toast = useToast();
  const { folder, error, setError, choose, open } = useExportFolder();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

  const doExport = async () => {
    if (!folder) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('report.export', { period, outDir: folder });
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
        <button type="button" className="btn btn-primary" disabled={!folder || busy} onClick={() => void doExport()}>
          {busy ? 'Đang xuất…' : 'Xuất báo cáo (.docx, .xlsx)'}
        </button>
      </div>
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
