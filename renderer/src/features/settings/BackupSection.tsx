// Sao lưu và khôi phục: back up now, the backups kept next to the data, and restoring one (the
// current data is kept as a backup first, so a wrong choice can be undone).
import { useState } from 'react';
import { call } from '../../api';
import { BackupTable, fileName } from '../../components/BackupTable';
import { Dialog } from '../../components/Dialog';
import { ErrorBox, Loading } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { errorText, useApi } from '../../lib/useApi';

export function BackupSection({ onRestored }: { onRestored: () => void }) {
  const toast = useToast();
  const list = useApi('backup.list', undefined, 'backups');
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const backupNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const b = await call('backup.now', undefined);
      toast({ message: `Đã sao lưu: ${fileName(b.file)}.` });
      await list.reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseOther = async () => {
    setError(null);
    try {
      const f = await call('backup.chooseFile', undefined);
      if (f) setConfirm(f);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const restore = async (file: string) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('backup.restore', { file });
      setConfirm(null);
      toast({
        message: r.keptCurrentAs ? `Đã khôi phục dữ liệu. Dữ liệu trước đó được giữ lại: ${fileName(r.keptCurrentAs)}.` : 'Đã khôi phục dữ liệu.',
        ttl: 8000,
      });
      onRestored();
    } catch (e) {
      setError(errorText(e));
      setConfirm(null);
    } finally {
      setBusy(false);
    }
  };

  const backups = list.data ?? [];
  return (
    <section className="card" aria-labelledby="set-backup-h">
      <h2 id="set-backup-h">Sao lưu và khôi phục</h2>
      <p className="muted small">
        Ứng dụng tự sao lưu mỗi ngày vào thư mục “backups” cạnh tệp dữ liệu. Nên sao lưu thêm trước khi sửa nhiều số liệu, và chép bản sao lưu sang USB định kỳ.
      </p>
      {error ? <ErrorBox message={error} /> : null}
      <div className="actions left">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void backupNow()}>
          Sao lưu ngay
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void chooseOther()}>
          Khôi phục từ tệp khác…
        </button>
      </div>
      {list.error ? <ErrorBox message={list.error} /> : !list.data ? <Loading /> : null}
      {backups.length ? (
        <BackupTable
          backups={backups}
          action={(b) => (
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => setConfirm(b.file)}>
              Khôi phục
            </button>
          )}
        />
      ) : list.data ? (
        <p className="muted">Chưa có bản sao lưu nào.</p>
      ) : null}
      {confirm ? (
        <Dialog title="Khôi phục dữ liệu" onClose={() => setConfirm(null)}>
          <p>
            Khôi phục dữ liệu từ bản sao lưu <code>{fileName(confirm)}</code>?
          </p>
          <p className="muted">
            Mọi thay đổi sau thời điểm sao lưu sẽ không còn trong ứng dụng. Dữ liệu hiện tại được giữ lại thành một bản sao lưu, nên có thể khôi phục ngược lại nếu chọn nhầm.
          </p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => setConfirm(null)}>
              Hủy
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void restore(confirm)}>
              {busy ? 'Đang khôi phục…' : 'Khôi phục'}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
