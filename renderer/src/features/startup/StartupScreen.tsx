// Shown instead of the app when the data cannot be opened at start-up (damaged, held by another
// program, not backed up before an upgrade): says what happened and offers the backups, since at
// that moment Cài đặt cannot be reached.
import { useState } from 'react';
import type { StartupState } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { ErrorBox } from '../../components/Status';
import { errorText } from '../../lib/useApi';
import { BackupTable, fileName } from '../../components/BackupTable';

type Problem = Extract<StartupState, { state: 'problem' }>;

export function StartupScreen({ problem, onReady }: { problem: Problem; onReady: (s: StartupState) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await job();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const retry = () => run(async () => onReady(await call('app.startup', undefined)));
  const restore = (file: string) =>
    run(async () => {
      setConfirm(null);
      const r = await call('backup.restore', { file });
      setDone(
        r.currentWasDamaged
          ? `Đã khôi phục từ ${fileName(file)}. Tệp dữ liệu hỏng được chuyển sang ${r.keptCurrentAs ? fileName(r.keptCurrentAs) : 'thư mục backups/hong'} để bộ phận hỗ trợ xem nếu cần.`
          : `Đã khôi phục từ ${fileName(file)}.`,
      );
      onReady(await call('app.startup', undefined));
    });
  const chooseOther = () =>
    run(async () => {
      const f = await call('backup.chooseFile', undefined);
      if (f) setConfirm(f);
    });

  const startFresh = () => run(async () => onReady(await call('app.startFresh', undefined)));
  const inUse = problem.code === 'DB_IN_USE' || problem.code === 'DB_BUSY';
  return (
    <main className="page startup-screen" aria-labelledby="startup-h">
      <h1 id="startup-h">{inUse ? 'Dữ liệu đang được chương trình khác sử dụng' : problem.code === 'DB_MISSING' ? 'Không thấy tệp dữ liệu' : 'Không mở được dữ liệu'}</h1>
      <div className="alert alert-error" role="alert">
        {problem.message}
      </div>
      {done ? <div className="alert alert-ok">{done}</div> : null}
      {error ? <ErrorBox message={error} /> : null}
      <p className="muted small">
        Tệp dữ liệu: <code>{problem.dbPath}</code>
      </p>
      <div className="actions left">
        <button type="button" className="btn" disabled={busy} onClick={() => void retry()}>
          Thử mở lại
        </button>
        {inUse ? null : (
          <button type="button" className="btn" disabled={busy} onClick={() => void chooseOther()}>
            Khôi phục từ tệp khác…
          </button>
        )}
        {problem.code === 'DB_MISSING' ? (
          <button type="button" className="btn" disabled={busy} onClick={() => void startFresh()}>
            Bắt đầu với dữ liệu trống
          </button>
        ) : null}
      </div>
      {inUse ? null : problem.backups.length ? (
        <section className="card" aria-labelledby="startup-backups-h">
          <h2 id="startup-backups-h">Khôi phục từ bản sao lưu</h2>
          <p className="muted small">Bản mới nhất ở trên cùng. Dữ liệu nhập sau thời điểm sao lưu sẽ cần nhập lại.</p>
          <BackupTable
            backups={problem.backups}
            action={(b) =>
              confirm === b.file ? (
                <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => void restore(b.file)}>
                  {busy ? 'Đang khôi phục…' : 'Xác nhận khôi phục'}
                </button>
              ) : (
                <button type="button" className="btn btn-small" disabled={busy} onClick={() => setConfirm(b.file)}>
                  Khôi phục
                </button>
              )
            }
          />
        </section>
      ) : (
        <p className="muted">Chưa có bản sao lưu nào trong thư mục “backups” cạnh tệp dữ liệu. Nếu có bản sao lưu trên USB, hãy bấm “Khôi phục từ tệp khác…”.</p>
      )}
      {confirm && !problem.backups.some((b) => b.file === confirm) ? (
        <div className="alert alert-warn">
          Khôi phục từ <code>{fileName(confirm)}</code>?{' '}
          <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => void restore(confirm)}>
            Xác nhận khôi phục
          </button>
        </div>
      ) : null}
    </main>
  );
}
