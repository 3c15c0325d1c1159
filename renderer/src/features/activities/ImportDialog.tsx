// Import activities from a clerk's file: a preview of every row with its errors first, and the
// "Nhập" button only when every row is valid (nothing is saved otherwise).
import { useRef, useState } from 'react';
import { ACTIVITY_KIND_INFO } from '../../../../shared/domain/activities';
import type { ImportPreview } from '../../../../shared/ipc/contract';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import { ApiError, call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { fileToBase64 } from '../../lib/files';
import { errorText } from '../../lib/useApi';

export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (added: number, fileName: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      const arg = { fileName: f.name, base64: await fileToBase64(f) };
      setFile(arg);
      setPreview(await call('activity.importPreview', arg));
    } catch (e) {
      setError({ message: errorText(e), details: [] });
    } finally {
      setBusy(false);
      // The same file, corrected, can be chosen again.
      if (input.current) input.current.value = '';
    }
  };

  const doImport = async () => {
    if (!file || !preview?.canImport) return;
    setBusy(true);
    try {
      const r = await call('activity.import', file);
      onImported(r.added, file.fileName);
    } catch (e) {
      setError(e instanceof ApiError ? { message: e.message, details: e.details } : { message: errorText(e), details: [] });
    } finally {
      setBusy(false);
    }
  };

  const bad = preview ? preview.rows.filter((r) => r.errors.length).length : 0;

  return (
    <Dialog title="Nhập hoạt động từ tệp" onClose={onClose} wide>
      <div className="import-head">
        <div className="file-pick">
          {/* The native file input would show the browser's own words; a Vietnamese button stands in for it. */}
          <input id="import-file" ref={input} className="visually-hidden" type="file" accept=".xlsx,.csv,.json,.txt" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
          <label htmlFor="import-file" className="btn btn-primary">
            Chọn tệp (.xlsx, .csv, .json)…
          </label>
          <span className="file-name">{file ? file.fileName : 'Chưa chọn tệp'}</span>
        </div>
        <p className="muted small">
          Dòng đầu của tệp là tiêu đề cột: <b>Ngày</b>, <b>Loại hoạt động</b>, <b>Tên hoạt động</b>, Hình thức, Số buổi, Số lượt người, Văn bản căn cứ, Ghi chú.
          Ngày ghi dd/mm/yyyy; loại hoạt động ghi tên loại hoặc số thứ tự 1–14. Chưa có hoạt động nào được lưu cho tới khi bấm “Nhập”.
        </p>
      </div>
      {busy ? <p className="muted">Đang đọc tệp…</p> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          <div>{error.message}</div>
          {error.details.length ? <ul>{error.details.map((d) => <li key={d}>{d}</li>)}</ul> : null}
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
                ? `Tệp ${preview.fileName}: ${formatNumber(preview.rows.length)} dòng, ${formatNumber(bad)} dòng có lỗi (tô đỏ bên dưới). Chưa lưu gì. Hãy sửa tệp rồi chọn lại tệp.`
                : `Tệp ${preview.fileName}: ${formatNumber(preview.rows.length)} dòng hợp lệ, sẵn sàng nhập.`}
            </div>
          )}
          {preview.warnings.length ? (
            <div className="alert alert-warn" role="status">
              {preview.warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
            </div>
          ) : null}
          {preview.rows.length ? (
            <div className="table-wrap import-table">
              <table className="table">
                <thead>
                  <tr>
                    <th className="num">Dòng</th>
                    <th>Ngày</th>
                    <th>Loại hoạt động</th>
                    <th>Tên hoạt động</th>
                    <th className="num">Số buổi</th>
                    <th className="num">Số lượt người</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) =>
                    r.activity ? (
                      <tr key={r.line} data-line={r.line}>
                        <td className="num">{r.line}</td>
                        <td>{formatTableDate(r.activity.date)}</td>
                        <td>{ACTIVITY_KIND_INFO[r.activity.kind].label}</td>
                        <td>{r.activity.title}</td>
                        <td className="num">{formatNumber(r.activity.sessions)}</td>
                        <td className="num">{r.activity.participants === null ? '' : formatNumber(r.activity.participants)}</td>
                      </tr>
                    ) : (
                      <tr key={r.line} data-line={r.line} className="row-error">
                        <td className="num">{r.line}</td>
                        <td colSpan={5}>
                          <ul className="row-errors">
                            {r.errors.map((e) => (
                              <li key={e}>{e}</li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          Đóng
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || !preview?.canImport} onClick={() => void doImport()}>
          {preview?.canImport ? `Nhập ${formatNumber(preview.rows.length)} hoạt động` : 'Nhập'}
        </button>
      </div>
    </Dialog>
  );
}
