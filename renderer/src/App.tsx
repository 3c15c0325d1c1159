import { useEffect, useState } from 'react';
import type { UnitProfile } from '../../shared/domain/unitProfile';
import { call } from './api';
import { ErrorBox } from './components/Status';
import { ToastProvider } from './components/Toasts';
import { SetupScreen } from './features/setup/SetupScreen';
import { StartupScreen } from './features/startup/StartupScreen';
import type { StartupState } from '../../shared/ipc/contract';
import { Shell } from './features/shell/Shell';
import { errorText } from './lib/useApi';

export function App() {
  const [unit, setUnit] = useState<UnitProfile | null | undefined>(undefined);
  /** No reporting unit, but the database aggregates (Sở Nội vụ): open the aggregator's screens. */
  const [aggOnly, setAggOnly] = useState(false);
  /** The aggregator asked to declare its own reporting unit. */
  const [settingUp, setSettingUp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** How the data opened: a problem shows the start-up screen; notices (a failed daily backup) a banner. */
  const [startup, setStartup] = useState<StartupState | null>(null);
  /** Bumped after a restore so every screen starts again from the restored data. */
  const [epoch, setEpoch] = useState(0);
  const load = () => {
    setError(null);
    (async () => {
      const st = await call('app.startup', undefined);
      setStartup(st);
      if (st.state !== 'ready') return;
      const u = await call('unit.get', undefined);
      if (!u) {
        // A database that already aggregates opens on the aggregator's screens, not the first-run form.
        const [settings, units] = await Promise.all([call('aggregate.settings.get', undefined), call('aggregate.units.list', undefined)]);
        setAggOnly(settings.source === 'settings' || units.length > 0);
      }
      setUnit(u);
    })().catch((e: unknown) => setError(errorText(e)));
  };
  useEffect(load, []);
  const reloadAll = () => {
    setEpoch((n) => n + 1);
    load();
  };
  const done = (u: UnitProfile) => {
    setSettingUp(false);
    setUnit(u);
  };
  return (
    <ToastProvider>
      {startup?.state === 'ready' && startup.notices.length ? (
        <div className="alert alert-warn startup-notice" role="status">
          {startup.notices.map((n) => (
            <div key={n}>{n}</div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => setStartup({ state: 'ready', notices: [] })}>
            Đã hiểu
          </button>
        </div>
      ) : null}
      {startup?.state === 'problem' ? (
        <StartupScreen problem={startup} onReady={(st) => (st.state === 'ready' ? reloadAll() : setStartup(st))} />
      ) : error ? (
        <main className="page">
          <ErrorBox message={error} onRetry={load} />
        </main>
      ) : unit === undefined ? (
        <main className="page">
          <p className="muted">Đang tải…</p>
        </main>
      ) : unit === null && (!aggOnly || settingUp) ? (
        <SetupScreen onDone={done} onAggregateOnly={() => (setSettingUp(false), setAggOnly(true))} returning={settingUp} />
      ) : (
        <Shell key={epoch} unit={unit} setUnit={setUnit} reloadAll={reloadAll} onSetupUnit={() => setSettingUp(true)} />
      )}
    </ToastProvider>
  );
}
