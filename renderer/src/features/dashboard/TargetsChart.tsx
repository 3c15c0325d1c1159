// The period's targets as horizontal bars: green when met, red when not, grey striped when the
// figures it needs are still blank. The planned level is a marker on each bar.
import type { TargetResultRow, TargetVerdict } from '../../../../shared/domain/resolve';
import { TARGET_VERDICT_LABEL } from '../../../../shared/domain/resolve';
import { formatPercent } from '../../../../shared/format/vi';

/** "≥ 90%" → 90, "> 95%" → 95, "100%" → 100. */
export function plannedLevel(planned: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(planned);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

export function TargetsChart({ targets, onOpen }: { targets: TargetResultRow[]; onOpen: (t: TargetResultRow) => void }) {
  if (!targets.length) return <p className="muted">Kế hoạch của tỉnh không giao chỉ tiêu định lượng cho loại đơn vị này.</p>;
  const count = (v: TargetVerdict) => targets.filter((t) => t.verdict === v).length;
  return (
    <div>
      <ul className="legend" aria-label="Chú giải">
        <li><span className="swatch met" /> {TARGET_VERDICT_LABEL.met}: {count('met')}</li>
        <li><span className="swatch not_met" /> {TARGET_VERDICT_LABEL.not_met}: {count('not_met')}</li>
        <li><span className="swatch no_data" /> {TARGET_VERDICT_LABEL.no_data}: {count('no_data')}</li>
      </ul>
      <ul className="target-bars">
        {targets.map((t) => {
          const level = plannedLevel(t.planned);
          return (
            <li key={t.code}>
              <button type="button" className="target-row" onClick={() => onOpen(t)} title="Xem số liệu của chỉ tiêu này">
                <span className="target-label">{t.label}</span>
                <span className="target-track" aria-hidden="true">
                  <span className={`target-fill ${t.verdict}`} style={{ width: `${t.result === null ? 100 : Math.max(1, Math.min(100, t.result))}%` }} />
                  {level !== null ? <span className="target-marker" style={{ left: `${Math.min(100, level)}%` }} /> : null}
                </span>
                <span className="target-value">
                  {t.result === null ? '—' : formatPercent(t.result)} <span className="muted">/ {t.planned}</span>
                </span>
                <span className={`badge ${t.verdict}`}>{TARGET_VERDICT_LABEL[t.verdict]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
