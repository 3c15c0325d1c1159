// Import activities from a clerk's file: a template to start from, a file picked or dropped, a
// preview of every row (bad rows show their cells beside their errors, rows already recorded are
// marked and skipped unless the clerk keeps them), and "Nhập" only when every row is valid.
import { useRef, useState, type DragEvent } from 'react';
import type { ImportPreview } from '../../../../shared/ipc/contract';
import { formatNumber } from '../../../../shared/format/vi';
import { ApiError, call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ProgressBar, useProgress } from '../../components/ProgressBar';
import { readFileBase64 } from '../../lib/files';
import { errorText } from '../../lib/useApi';
import { ImportPreviewTable } from './ImportPreviewTable';

/** What runs now: reading the file in the window, then the app checking or saving its rows (with progress). */
type Step = { what: string; op?: 'activity.importPreview' | 'activity.import' } | null;

export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (added: number, skipped: number, fileName: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [step, setStep] = useState<Step>(null);
  const [dragOver, setDragOver] = useState(false);
  const [keepDuplicates, setKeepDuplicates] = useState(false);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const busy = step !== null;
  const previewProgress = useProgress('activity.importPreview', step?.op === 'activity.importPreview');
  const importProgress = useProgress('activity.import', step?.op === 'activity.import');

  const pick = async (f: File | undefined) => {
    if (!f || busy) return;
    setError(null);
    setPreview(null);
    setKeepDuplicates(false);
    try {
      setStep({ what: `Đang đọc tệp ${f.name} (${formatNumber(Math.max(1, Math.round(f.size / 1024)))} KB)…` });
      const arg = { fileName: f.name, base64: await readFileBase64(f) };
      setFile(arg);
      setStep({ what: `Đang kiểm tra từng dòng của tệp ${f.name}…`, op: 'activity.importPreview' });
      setPreview(await call('activity.importPreview', arg));
    } catch (e) {
      setError({ message: errorText(e), details: [] });
    } finally {
      setStep(null);
      // The same file, corrected, can be chosen again.
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 1) setError({ message: 'Hãy thả một tệp mỗi lần (.xlsx, .csv hoặc .json).', details: [] });
    else void pick(files[0]);
  };

  const toAdd = preview ? (keepDuplicates ? preview.rows.length : preview.rows.length - preview.duplicates) : 0;

  const doImport = async () => {
    if (!file || !preview?.canImport) return;
    setStep({ what: `Đang lưu ${formatNumber(toAdd)} hoạt động…`, op: 'activity.import' });
    try {
      const r = await call('activity.import', { ...file, duplicates: keepDuplicates ? 'keep' : 'skip' });
      onImported(r.added, r.skipped, file.fileName);
    } catch (e) {
      setError(e instanceof ApiError ? { message: e.message, details: e.details } : { message: errorText(e), details: [] });
    } finally {
      setStep(null);
    }
  };

  const downloadTemplate = async (format: 'xlsx' | 'csv') => {
    try {
      const t = await call('activity.template', { format });
      const bytes = Uint8Array.from(atob(t.base64), (c) => c.charCodeAt(0));
      const type = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = t.fileName;
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError({ message: errorText(e), details: [] });
    }
  };

  const bad = preview ? preview.rows.filter((r) => r.errors.length).length : 0;

  return (
    <Dialog title="Nhập hoạt động từ tệp" onClose={onClose} wide>
      <div
        className={`import-drop ${dragOver ? 'over' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragOver(false);
        }}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <div className="import-head">
          <div className="file-pick">
            {/* The native file input would show the browser's own words; a Vietnamese button stands in for it. */}
            <input id="import-file" ref={input} className="visually-hidden" type="file" accept=".xlsx,.csv,.json,.txt" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
            <label htmlFor="import-file" className="btn btn-primary">
              Chọn tệp (.xlsx, .csv, .json)…
            </label>
            <span className="file-name">{file ? file.fileName : 'hoặc kéo thả tệp vào hộp này'}</span>
            <span className="toolbar-spacer" />
            <span className="muted small">Chưa có tệp? Tải mẫu:</span>
            <button type="button" className="btn btn-small" onClick={() => void downloadTemplate('xlsx')}>
              Mẫu .xlsx
            </button>
            <button type="button" className="btn btn-small" onClick={() => void downloadTemplate('csv')}>
              Mẫu .csv
            </button>
          </div>
          <p className="muted small">
            Dòng đầu của tệp là tiêu đề cột: <b>Ngày</b>, <b>Loại hoạt động</b>, <b>Tên hoạt động</b>, Hình thức, Số buổi, Số lượt người, Văn bản căn cứ, Ghi chú.
            Ngày ghi dd/mm/yyyy (hoặc 5/3/26); loại hoạt động ghi số thứ tự 1–14, tên loại hoặc tên ngắn (ví dụ “Dân chủ trực tiếp”), có dấu hay không dấu đều được.
            Chưa có hoạt động nào được lưu cho tới khi bấm “Nhập”.
          </p>
        </div>
        {step?.op ? (
          <ProgressBar label="Tiến độ nhập tệp" progress={step.op === 'activity.import' ? importProgress : previewProgress} waiting={step.what} />
        ) : step ? (
          <div className="import-progress" role="status">
            <span className="spinner" aria-hidden="true" /> {step.what}
          </div>
        ) : null}
        {error ? (
          <div className="alert alert-error" role="alert">
            <div>{error.message}</div>
            {error.details.length ? (
              <ul>
                {error.details.slice(0, 50).map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {preview ? (
          <>
            {preview.rows.length === 0 ? (
              <div className="alert alert-error" role="alert">
                {preview.errors.map((e) => (
                  <div key={e}>{e}</div>
                ))}
              </div>
            ) : (
              <div className={`alert ${bad ? 'alert-error' : 'alert-ok'}`} role="status">
                {bad
                  ? `Tệp ${preview.fileName}: ${formatNumber(preview.rows.length)} dòng, ${formatNumber(bad)} dòng có lỗi (tô đỏ bên dưới, kèm nội dung các ô). Chưa lưu gì. Hãy sửa tệp rồi chọn lại tệp.`
                  : `Tệp ${preview.fileName}: ${formatNumber(preview.rows.length)} dòng hợp lệ, sẵn sàng nhập.`}
              </div>
            )}
            {preview.duplicates && !bad ? (
              <div className="alert alert-warn dup-alert" role="status">
                <div>
                  {formatNumber(preview.duplicates)} dòng đã có trong dữ liệu (cùng ngày, loại và tên hoạt động) hoặc lặp lại dòng trước trong tệp, ghi “Đã có” bên dưới.
                  {keepDuplicates ? ' Các dòng này sẽ được nhập thêm một lần nữa.' : ' Các dòng này sẽ được bỏ qua, để số liệu không bị tính hai lần.'}
                </div>
                <label className="checkbox">
                  <input type="checkbox" checked={keepDuplicates} onChange={(e) => setKeepDuplicates(e.target.checked)} /> Vẫn nhập các dòng đã có
                </label>
              </div>
            ) : null}
            {preview.warnings.length ? (
              <div className="alert alert-warn" role="status">
                {preview.warnings.map((w) => (
                  <div key={w}>{w}</div>
                ))}
              </div>
            ) : null}
            {preview.rows.length ? <ImportPreviewTable rows={preview.rows} skipDuplicates={!keepDuplicates} /> : null}
          </>
        ) : null}
      </div>
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          Đóng
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || !preview?.canImport || toAdd === 0} onClick={() => void doImport()}>
          {preview?.canImport ? (toAdd ? `Nhập ${formatNumber(toAdd)} hoạt động` : 'Không có dòng mới để nhập') : 'Nhập'}
        </button>
      </div>
    </Dialog>
  );
}
