// The chart of Tình hình nộp: for each kind of unit, or each Cấp trên, one bar split into on time /
// late / not yet reported. A bar is a button: it filters the table to that kind or Cấp trên.
import { useMemo, useState } from 'react';
import type { UnitStatusRow } from '../../../../shared/aggregate/api';
import { formatNumber } from '../../../../shared/format/vi';
import { chartBars, type ChartBar } from './boardLogic';

const SHOWN = 8;

function barText(b: ChartBar): string {
  const c = b.counts;
  return `${b.label}: ${formatNumber(c.total)} đơn vị, ${formatNumber(c.on_time)} đúng hạn, ${formatNumber(c.late)} nộp muộn, ${formatNumber(c.missing)} chưa nộp`;
}

export function BoardChart({ rows, selected, onPick }: { rows: readonly UnitStatusRow[]; selected: { kind: string; parent: string }; onPick: (by: 'kind' | 'parent', key: string) => void }) {
  const hasParents = useMemo(() => rows.some((r) => r.parent.trim()), [rows]);
  const [by, setBy] = useState<'kind' | 'parent'>('kind');
  const [all, setAll] = useState(false);
  const mode = hasParents ? by : 'kind';
  const bars = useMemo(() => chartBars(rows, mode), [rows, mode]);
  const shown = all ? bars : bars.slice(0, SHOWN);
  const active = mode === 'kind' ? selected.kind : selected.parent;

  return (
    <section className="card board-chart" aria-labelledby="chart-h">
      <div className="chart-head">
        <h2 id="chart-h">Tình hình nộp theo {mode === 'kind' ? 'loại đơn vị' : 'cấp trên'}</h2>
        {hasParents ? (
          <div className="seg" role="group" aria-label="Biểu đồ theo">
            <button type="button" aria-pressed={mode === 'kind'} onClick={() => setBy('kind')}>
              Loại đơn vị
            </button>
            <button type="button" aria-pressed={mode === 'parent'} onClick={() => setBy('parent')}>
              Cấp trên
            </button>
          </div>
        ) : null}
        <div className="chart-legend" aria-hidden="true">
          <span className="lg lg-on_time">Đúng hạn</span>
          <span className="lg lg-late">Nộp muộn</span>
          <span className="lg lg-missing">Chưa nộp</span>
        </div>
      </div>
      <ul className={`chart-bars ${all ? 'all' : ''}`}>
        {shown.map((b) => {
          const c = b.counts;
          const pct = (n: number) => `${(n / c.total) * 100}%`;
          return (
            <li key={b.key}>
              <button type="button" className="chart-bar" aria-pressed={active === b.key} aria-label={`${barText(b)}. Bấm để lọc bảng.`} title={barText(b)} onClick={() => onPick(mode, b.key)}>
                <span className="bar-label">{b.label}</span>
                <span className="bar-track">
                  <span className="bar-seg seg-on_time" style={{ width: pct(c.on_time) }} />
                  <span className="bar-seg seg-late" style={{ width: pct(c.late) }} />
                  <span className="bar-seg seg-missing" style={{ width: pct(c.missing) }} />
                </span>
                <span className="bar-nums">
                  {formatNumber(c.on_time)} · {formatNumber(c.late)} · <b>{formatNumber(c.missing)}</b>/{formatNumber(c.total)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {bars.length > SHOWN ? (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? 'Thu gọn' : `Xem cả ${formatNumber(bars.length)} cấp trên`}
        </button>
      ) : null}
    </section>
  );
}
