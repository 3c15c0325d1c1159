import { useEffect, useState } from 'react';
import type { UnitProfile } from '../../shared/domain/unitProfile';
import { call } from './api';
import { ErrorBox } from './components/Status';
import { ToastProvider } from './components/Toasts';
import { SetupScreen } from './features/setup/SetupScreen';
import { Shell } from './features/shell/Shell';
import { errorText } from './lib/useApi';

export function App() {
  const [unit, setUnit] = useState<UnitProfile | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  /** Bumped after a restore so every screen starts again from the restored data. */
  const [epoch, setEpoch] = useState(0);
  const load = () => {
    setError(null);
    call('unit.get', undefined).then(setUnit, (e: unknown) => setError(errorText(e)));
  };
  useEffect(load, []);
  const reloadAll = () => {
    setEpoch((n) => n + 1);
    load();
  };
  return (
    <ToastProvider>
      {error ? (
        <main className="page">
          <ErrorBox message={error} onRetry={load} />
        </main>
      ) : unit === undefined ? (
        <main className="page">
          <p className="muted">Đang tải…</p>
        </main>
      ) : unit === null ? (
        <SetupScreen onDone={setUnit} />
      ) : (
        <Shell key={epoch} unit={unit} setUnit={setUnit} reloadAll={reloadAll} />
      )}
    </ToastProvider>
  );
}
