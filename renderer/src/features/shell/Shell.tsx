// The window once the unit exists: navigation on the left, the period at the top, one screen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import type { UnitProfile } from '../../../../shared/domain/unitProfile';
import { formatTableDate } from '../../../../shared/format/vi';
import { call } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { AppContext, AREAS, type AppState, type Area, type FocusRequest } from '../../lib/appContext';
import { errorText } from '../../lib/useApi';
import { ActivitiesScreen } from '../activities/ActivitiesScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { FiguresScreen } from '../figures/FiguresScreen';
import { InspectionScreen } from '../inspection/InspectionScreen';
import { ReportScreen } from '../report/ReportScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TasksScreen } from '../tasks/TasksScreen';
import { TextsScreen } from '../texts/TextsScreen';
import { PeriodPicker } from './PeriodPicker';

export function Shell({ unit, setUnit, reloadAll }: { unit: UnitProfile; setUnit: (u: UnitProfile) => void; reloadAll: () => void }) {
  const [area, setArea] = useState<Area>('dashboard');
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [current, setCurrent] = useState<PeriodInfo | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [periodInfo, setPeriodInfo] = useState<PeriodInfo | null>(null);
  const [today, setToday] = useState('');
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    Promise.all([call('period.current', undefined), call('app.info', undefined)]).then(
      ([p, info]) => {
        setCurrent(p);
        setPeriod((old) => old ?? p.id);
        setToday(info.today);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [unit]);

  useEffect(() => {
    if (!period) return;
    let live = true;
    call('period.describe', { period }).then(
      (p) => live && setPeriodInfo(p),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [period, unit]);

  const navigate = useCallback((a: Area, ref?: string) => {
    setArea(a);
    setFocus(ref ? { ref, seq: ++seq.current } : null);
    document.getElementById('content')?.scrollTo({ top: 0 });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= AREAS.length) {
        e.preventDefault();
        navigate(AREAS[n - 1]!.area);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  const ctx = useMemo<AppState | null>(
    () => (period ? { unit, setUnit, period, periodInfo, today, navigate, reloadAll } : null),
    [unit, setUnit, period, periodInfo, today, navigate, reloadAll],
  );

  const title = AREAS.find((a) => a.area === area)!.label;
  const screenFocus = focus;
  const screen = (() => {
    switch (area) {
      case 'dashboard':
        return <DashboardScreen />;
      case 'activities':
        return <ActivitiesScreen focus={screenFocus} />;
      case 'figures':
        return <FiguresScreen focus={screenFocus} />;
      case 'inspection':
        return <InspectionScreen focus={screenFocus} />;
      case 'tasks':
        return <TasksScreen focus={screenFocus} />;
      case 'texts':
        return <TextsScreen focus={screenFocus} />;
      case 'report':
        return <ReportScreen />;
      case 'settings':
        return <SettingsScreen focus={screenFocus} />;
    }
  })();

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Các mục chính">
        <div className="brand">
          <div className="brand-title">Dân chủ ở cơ sở</div>
          <div className="brand-unit" title={unit.name}>
            {unit.name}
          </div>
        </div>
        <ul>
          {AREAS.map((a, i) => (
            <li key={a.area}>
              <button
                type="button"
                className="nav-item"
                aria-current={a.area === area ? 'page' : undefined}
                title={`Alt+${i + 1}`}
                onClick={() => navigate(a.area)}
              >
                {a.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="main-col">
        <header className="topbar">
          <h1>{title}</h1>
          <div className="topbar-period">
            {current && period ? <PeriodPicker year={current.year} period={period} onChange={setPeriod} /> : null}
            {periodInfo ? (
              <div className="period-range">
                Số liệu từ {formatTableDate(periodInfo.from)} đến {formatTableDate(periodInfo.to)}
                {periodInfo.deadline ? ` · hạn nộp ${formatTableDate(periodInfo.deadline)}` : ''}
              </div>
            ) : null}
          </div>
        </header>
        <main className="content" id="content" tabIndex={-1}>
          {error ? <ErrorBox message={error} /> : !ctx ? <Loading /> : <AppContext.Provider value={ctx}><div key={`${area}|${period}`}>{screen}</div></AppContext.Provider>}
        </main>
      </div>
    </div>
  );
}
