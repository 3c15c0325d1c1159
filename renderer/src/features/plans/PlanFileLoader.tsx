// "Tải tệp kế hoạch": a unit loads the plan file its Sở Nội vụ (or commune) sent, sees what it
// changes, then applies it. A bad file is refused with what is wrong and changes nothing.
import { useState, type ChangeEvent } from 'react';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import type { PlanCheck } from '../../../../shared/ipc/planContract';
import { ApiError, call } from '../../api';
import { errorText } from '../../lib/useApi';
import { readFileBase64 } from '../../lib/files';

interface Props {
  idPrefix: string;
  /** After the plan is stored: the list to pick from, and the plan just loaded. */
  onApplied: (profiles: ProfileSummary[], loaded: ProfileSummary) => void;
}

export function PlanFileLoader({ idPrefix, onApplied }: Props) {
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [check, setCheck] = useState<PlanCheck | null>(null);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    setCheck(null);
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const arg = { fileName: f.name, base64: await readFileBase64(f) };
      setFile(arg);
      setCheck(await call('profile.check', arg));
    } catch (err) {
      setError({ message: errorText(err), details: err instanceof ApiError ? err.details : [] });
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await call('profile.import', file);
      const list = await call('profiles.list', undefined);
      setCheck(null);
      setFile(null);
      setDone(`Đã áp dụng kế hoạch "${r.plan.name}".`);
      onApplied(list, list.find((p) => p.id === r.plan.id) ?? r.summary);
    } catch (err) {
      setError({ message: errorText(err), details: err instanceof ApiError ? err.details : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="plan-loader">
      <input id={`${idPrefix}-plan-file`} type="file" accept=".json,application/json" className="visually-hidden" onChange={pick} disabled={busy} />
      <label className="btn" htmlFor={`${idPrefix}-plan-file`}>
        Tải tệp kế hoạch (.json) do Sở Nội vụ gửi…
      </label>
      {done ? <p role="status">{done}</p> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          <span>{error.message}</span>
          {error.details.length ? (
            <ul>
              {error.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {check ? (
        <div className="card plan-check" aria-live="polite">
          <h3>
            {check.plan.name}: {check.replaces ? 'thay kế hoạch đang dùng' : 'kế hoạch mới'}
          </h3>
          <p>Áp dụng tệp này sẽ:</p>
          <ul>
            {(check.changes.length ? check.changes : ['Không thay đổi gì so với kế hoạch đang dùng.']).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={apply} disabled={busy}>
              Áp dụng kế hoạch này
            </button>
            <button type="button" className="btn" onClick={() => (setCheck(null), setFile(null))} disabled={busy}>
              Bỏ qua
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
