// How far a long operation is (export, import): a bar, the stage, and "x/y" or the percentage, from
// the progress events the app pushes while the call runs (window.api.onProgress).
import { useEffect, useState } from 'react';
import type { ProgressEvent, ProgressOp } from '../../../shared/ipc/contract';
import { formatNumber } from '../../../shared/format/vi';
import { onProgress } from '../api';

/** The latest progress of `op` while `active`; null before the first event and once it stops. */
export function useProgress(op: ProgressOp, active: boolean): ProgressEvent | null {
  const [latest, setLatest] = useState<ProgressEvent | null>(null);
  useEffect(() => {
    setLatest(null);
    if (!active) return;
    return onProgress((e) => {
      if (e.op === op) setLatest(e);
    });
  }, [op, active]);
  return active ? latest : null;
}

const percentOf = (p: ProgressEvent | null): number => (p && p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0);

export function progressText(p: ProgressEvent): string {
  const percent = percentOf(p);
  return p.unit ? `${p.step}: ${formatNumber(p.done)}/${formatNumber(p.total)} ${p.unit} (${percent}%)…` : `${p.step}… ${percent}%`;
}

/** `waiting`: what to say before the first event (the call has just started). */
export function ProgressBar({ label, progress, waiting }: { label: string; progress: ProgressEvent | null; waiting: string }) {
  const percent = percentOf(progress);
  return (
    <div className="import-progress" role="status">
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={progress ? progressText(progress) : waiting}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{progress ? progressText(progress) : waiting}</span>
    </div>
  );
}
