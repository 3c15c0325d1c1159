// The window once the unit exists (or the aggregator works without one): navigation on the left
// with the role switch (Đơn vị báo cáo / Tổng hợp), the period at the top, one screen.
import { LeavePrompt } from '../../components/ConfirmBox';
import { guardLeave } from '../../lib/unsaved';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import type { UnitProfile } from '../../../../shared/domain/unitProfile';
import type { AggregatorSettingsView } from '../../../../shared/ipc/aggregateContract';
import { formatTableDate } from '../../../../shared/format/vi';
import { call } from '../../api';
import { FrozenBanner } from '../../components/FrozenBanner';
import { ErrorBox, Loading } from '../../components/Status';
import { AggContext, aggregatorCurrentPeriod, aggregatorPeriodInfo, type AggState } from '../../lib/aggContext';
import { AGG_AREAS, AppContext, areaLabel, AREAS, isAggArea, ROLE_LABEL, type AppState, type Area, type FocusRequest, type Role } from '../../lib/appContext';
import { errorText } from '../../lib/useApi';
import { ActivitiesScreen } from '../activities/ActivitiesScreen';
import { AggReportScreen } from '../aggregate/AggReportScreen';
import { AggSettingsScreen } from '../aggregate/AggSettingsScreen';
import { BoardScreen } from '../aggregate/BoardScreen';
import { InboxScreen } from '../aggregate/InboxScreen';
import { UnitsScreen } from '../aggregate/UnitsScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { FiguresScreen } from '../figures/FiguresScreen';
import { InspectionScreen } from '../inspection/InspectionScreen';
import { ReportScreen } from '../report/ReportScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TasksScreen } from '../tasks/TasksScreen';
import { TextsScreen } from '../texts/TextsScreen';
import { PeriodPicker } from './PeriodPicker';

interface Props {
  /** Null when the database only aggregates (Sở Nội vụ without a report of its own yet). */
  unit: UnitProfile | null;
  setUnit: (u: UnitProfile) => void;
  reloadAll: () => void;
  /** Opens the first-run form to declare the reporting unit (aggregator-only mode). */
  onSetupUnit?: () => void;
}

export function Shell({ unit, setUnit, reloadAll, onSetupUnit }: Props) {
  const [area, setArea] = useState<Area>(unit ? 'dashboard' : 'agg-units');
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [current, setCurrent] = useState<PeriodInfo | null>(null);
  /** Each role keeps its own period: a commune writes its yearly report while it collects its units' 6-month ones. */
  const [unitPeriod, setUnitPeriod] = useState<string | null>(null);
  const [aggPeriodId, setAggPeriodId] = useState<string | null>(null);
  const [periodInfo, setPeriodInfo] = useState<PeriodInfo | null>(null);
  const [aggSettings, setAggSettings] = useState<AggregatorSettingsView | null>(null);
  const [today, setToday] = useState('');
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  /** The screen each role was last on, so switching back returns there. */
  const lastArea = useRef<Partial<Record<Role, Area>>>({});
  const role: Role = isAggArea(area) ? 'aggregate' : 'unit';
  const areas = role === 'aggregate' ? AGG_AREAS : AREAS;
  const period = role === 'aggregate' ? aggPeriodId : unitPeriod;
  const setPeriod = role === 'aggregate' ? setAggPeriodId : setUnitPeriod;

  useEffect(() => {
    Promise.all([call('period.current', undefined), call('app.info', undefined)]).then(
      ([p, info]) => {
        setCurrent(p);
        setUnitPeriod((old) => old ?? p.id);
        setToday(info.today);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [unit]);

  useEffect(() => {
    if (!unitPeriod || !unit) return;
    let live = true;
    call('period.describe', { period: unitPeriod }).then(
      (p) => live && setPeriodInfo(p),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [unitPeriod, unit]);

  useEffect(() => {
    if (aggSettings && today) setAggPeriodId((old) => old ?? aggregatorCurrentPeriod(today, aggSettings));
  }, [aggSettings, today]);

  // The aggregator's settings are read when its screens are first opened (and again when the
  // unit changes, since an unsaved aggregator takes the unit's name).
  useEffect(() => {
    if (role !== 'aggregate') return;
    let live = true;
    call('aggregate.settings.get', undefined).then(
      (s) => live && setAggSettings(s),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [role === 'aggregate', unit]);

  const navigate = useCallback((a: Area, ref?: string) => {
    // A screen with unsaved edits asks first (lib/unsaved.ts).
    guardLeave(() => {
      setArea(a);
      lastArea.current[isAggArea(a) ? 'aggregate' : 'unit'] = a;
      setFocus(ref ? { ref, seq: ++seq.current } : null);
      document.getElementById('content')?.scrollTo({ top: 0 });
    });
  }, []);

  const switchRole = useCallback(
    (r: Role) => {
      if (r === 'unit') {
        if (!unit) onSetupUnit?.();
        else navigate(lastArea.current.unit ?? 'dashboard');
        return;
      }
      const last = lastArea.current.aggregate;
      if (last) return navigate(last);
      // First visit: the list of units when there is none yet, else the board.
      call('aggregate.units.list', undefined).then(
        (l) => navigate(l.length ? 'agg-board' : 'agg-units'),
        () => navigate('agg-board'),
      );
    },
    [navigate, unit, onSetupUnit],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= areas.length) {
        e.preventDefault();
        navigate(areas[n - 1]!.area);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, areas]);

  const ctx = useMemo<AppState | null>(
    () => (unitPeriod && unit ? { unit, setUnit, period: unitPeriod, periodInfo, today, navigate, reloadAll } : null),
    [unit, setUnit, unitPeriod, periodInfo, today, navigate, reloadAll],
  );
  const aggPeriod = useMemo(() => (aggPeriodId ? aggregatorPeriodInfo(aggPeriodId, aggSettings) : null), [aggPeriodId, aggSettings]);
  const aggCtx = useMemo<AggState | null>(
    () => (aggPeriodId && today ? { period: aggPeriodId, periodInfo: aggPeriod, today, settings: aggSettings, setSettings: setAggSettings, navigate, hasUnit: !!unit } : null),
    [aggPeriodId, aggPeriod, today, aggSettings, navigate, unit],
  );

  const shownPeriod = role === 'aggregate' ? aggPeriod : periodInfo;
  const title = areaLabel(area);
  const screen = (() => {
    switch (area) {
      case 'dashboard':
        return <DashboardScreen />;
      case 'activities':
        return <ActivitiesScreen focus={focus} />;
      case 'figures':
        return <FiguresScreen focus={focus} />;
      case 'inspection':
        return <InspectionScreen focus={focus} />;
      case 'tasks':
        return <TasksScreen focus={focus} />;
      case 'texts':
        return <TextsScreen focus={focus} />;
      case 'report':
        return <ReportScreen />;
      case 'settings':
        return <SettingsScreen focus={focus} />;
      case 'agg-units':
        return <UnitsScreen />;
      case 'agg-inbox':
        return <InboxScreen />;
      case 'agg-board':
        return <BoardScreen />;
      case 'agg-report':
        return <AggReportScreen focus={focus} />;
      case 'agg-settings':
        return <AggSettingsScreen />;
    }
  })();

  const content = (() => {
    if (error) return <ErrorBox message={error} />;
    const editsRecords = ['activities', 'figures', 'inspection', 'tasks', 'texts'].includes(area);
    const body = (
      <div key={`${area}|${period}`}>
        {role === 'unit' && period && editsRecords ? <FrozenBanner period={period} /> : null}
        {screen}
      </div>
    );
    if (role === 'aggregate') return aggCtx ? <AggContext.Provider value={aggCtx}>{body}</AggContext.Provider> : <Loading />;
    return ctx ? <AppContext.Provider value={ctx}>{body}</AppContext.Provider> : <Loading />;
  })();

  const brandName = role === 'aggregate' ? (aggSettings?.profile.name ?? '') : (unit?.name ?? '');
  return (
    <div className="app">
      <nav className="sidebar" aria-label="Các mục chính">
        <div className="brand">
          <div className="brand-title">Dân chủ ở cơ sở</div>
          <div className="brand-unit" title={brandName}>
            {brandName || '\u00a0'}
          </div>
        </div>
        <div className="role-switch" role="group" aria-label="Vai trò">
          {(['unit', 'aggregate'] as const).map((r) => (
            <button
              key={r}
              type="button"
              className="role-btn"
              aria-pressed={role === r}
              title={r === 'unit' ? 'Soạn báo cáo của đơn vị mình' : 'Nhận và tổng hợp báo cáo của các đơn vị'}
              onClick={() => switchRole(r)}
            >
              {ROLE_LABEL[r]}
            </button>
          ))}
        </div>
        <ul>
          {areas.map((a, i) => (
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
        {role === 'aggregate' && !unit ? (
          <p className="sidebar-note">
            Chưa khai báo đơn vị báo cáo.{' '}
            <button type="button" className="link" onClick={onSetupUnit}>
              Khai báo để soạn báo cáo của đơn vị mình
            </button>
          </p>
        ) : null}
      </nav>
      <div className="main-col">
        <header className="topbar">
          <h1>{title}</h1>
          <div className="topbar-period">
            {current && period ? <PeriodPicker year={current.year} period={period} onChange={(p) => guardLeave(() => setPeriod(p))} /> : null}
            {shownPeriod ? (
              <div className="period-range">
                Số liệu từ {formatTableDate(shownPeriod.from)} đến {formatTableDate(shownPeriod.to)}
                {shownPeriod.deadline ? ` · hạn nộp ${role === 'aggregate' ? 'của đơn vị ' : ''}${formatTableDate(shownPeriod.deadline)}` : ''}
              </div>
            ) : null}
          </div>
        </header>
        <main className="content" id="content" tabIndex={-1}>
          {content}
        </main>
        <LeavePrompt />
      </div>
    </div>
  );
}
