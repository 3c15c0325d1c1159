// Progress of long operations (export, activity import, consolidated report): the service reports
// steps, the door carries them to the window (IPC event in the app, an event stream on the test
// bridge). Reports are thinned to a few a second, and each one lets the event loop turn, so the
// event leaves while the work goes on instead of after it.
import type { ProgressEvent, ProgressOp } from '../../../shared/ipc/contract';

export type ProgressSink = (e: ProgressEvent) => void;

/** Reports `done` of `total` at stage `step`; resolves once the event could leave. */
export type Step = (done: number, total: number, step: string, unit?: string) => Promise<void>;

export const NO_STEP: Step = async () => undefined;

/** A reporter for one run of `op`; `NO_STEP` when nobody listens (the CLI). */
export function stepper(sink: ProgressSink | undefined, op: ProgressOp, minMs = 40): Step {
  if (!sink) return NO_STEP;
  let lastAt = -Infinity;
  let lastStep = '';
  let lastPercent = -1;
  return async (done, total, step, unit) => {
    const now = performance.now();
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    const edge = done === 0 || done >= total || step !== lastStep;
    if (!edge && (now - lastAt < minMs || percent === lastPercent)) return;
    lastAt = now;
    lastStep = step;
    lastPercent = percent;
    sink(unit ? { op, done, total, step, unit } : { op, done, total, step });
    await new Promise<void>((r) => setImmediate(r));
  };
}

/** Several listeners on one sink: the bridge's open event streams. */
export class ProgressHub {
  private readonly listeners = new Set<ProgressSink>();
  readonly emit: ProgressSink = (e) => {
    for (const l of this.listeners) l(e);
  };
  subscribe(listener: ProgressSink): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
