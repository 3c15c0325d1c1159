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
  const load = () => {
    setError(null);
    call('unit.get', undefined).then(setUnit, (e: unknown) => setError(errorText(e)));
  };
  useEffect(load, []);
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
        <Shell unit={unit} setUnit={setUnit} />
      )}
    </ToastProvider>
  );
}
