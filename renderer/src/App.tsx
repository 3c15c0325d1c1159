import { useEffect, useState } from 'react';
import { call } from './api';
import type { UnitProfile } from '../../shared/domain/unitProfile';

export function App() {
  const [unit, setUnit] = useState<UnitProfile | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('unit.get', undefined).then(setUnit, (e: Error) => setError(e.message));
  }, []);
  if (error) return <main className="page"><p role="alert">{error}</p></main>;
  if (unit === undefined) return <main className="page"><p>Đang tải…</p></main>;
  return (
    <main className="page">
      <h1>Báo cáo kết quả thực hiện dân chủ ở cơ sở</h1>
      <p>{unit ? unit.name : 'Chưa khai báo đơn vị.'}</p>
    </main>
  );
}
