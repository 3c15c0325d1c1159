// The print and PDF buttons, where the last export went, the error, and what was saved: the same
// on Báo cáo and on Báo cáo tổng hợp.
import type { ReactNode } from 'react';
import type { SaveAs } from './useSaveAs';

export function PrintButtons({ s, disabled }: { s: SaveAs; disabled?: boolean }) {
  return (
    <>
      <button type="button" className="btn" disabled={disabled || !!s.busy} onClick={s.print} title="In báo cáo đang xem (khổ A4, lề theo Nghị định 30/2020/NĐ-CP)">
        In…
      </button>
      <button type="button" className="btn" disabled={disabled || !!s.busy} onClick={() => void s.savePdf()} title="Lưu báo cáo đang xem thành tệp PDF khổ A4 để ký số, gửi lên hệ thống văn bản">
        {s.busy === 'pdf' ? 'Đang lưu PDF…' : 'Lưu PDF…'}
      </button>
    </>
  );
}

export function SaveStatus({ s, children, hideFolder }: { s: SaveAs; children?: ReactNode; hideFolder?: boolean }) {
  return (
    <>
      <div className="export-folder small" hidden={hideFolder}>
        {s.lastFolder ? (
          <>
            Lần trước đã lưu vào <code>{s.lastFolder}</code>; khi xuất, ứng dụng hỏi nơi lưu và mở sẵn thư mục này.
          </>
        ) : (
          <span className="muted">Khi xuất, ứng dụng hỏi nơi lưu tệp; lần sau sẽ mở sẵn thư mục đã chọn.</span>
        )}
      </div>
      {children}
      {s.error ? (
        <div className="alert alert-error" role="alert">
          {s.error}
        </div>
      ) : null}
      {s.saved.length ? (
        <div className="alert alert-ok export-result" role="status">
          {s.saved.map((x) => (
            <div key={x.what} className="saved-item">
              <div className="b">{x.title}</div>
              <ul>
                {x.files.map((f) => (
                  <li key={f}>
                    <code>{f}</code>
                  </li>
                ))}
              </ul>
              {x.warnings.length ? (
                <ul className="warn-list">
                  {x.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              ) : null}
              <button type="button" className="btn btn-small" onClick={() => void s.openFolder(x.dir)}>
                Mở thư mục
              </button>
            </div>
          ))}
        </div>
      ) : null}
    </>
  );
}
