// Unsaved edits: a screen or dialog that holds typed text nobody saved registers it here, and
// leaving (another screen, another period, closing a dialog) asks first. One small store read by
// the <LeavePrompt/> the shell mounts, so every way out asks the same question. Closing the window
// asks too: the app's main process is told what is unsaved (app.setUnsaved) and asks before it
// closes; a browser asks through beforeunload.
import { useEffect, useSyncExternalStore } from 'react';
import { call } from '../api';

/** What is unsaved, in words a clerk recognises ("Cài đặt", "Ưu điểm"). */
const dirty = new Map<symbol, string>();

let reported = '';
/** Tells the window's host what is unsaved, once per change of the list. */
function report(): void {
  const what = [...new Set(dirty.values())];
  const key = JSON.stringify(what);
  if (key === reported) return;
  reported = key;
  call('app.setUnsaved', { what }).catch(() => {
    reported = ''; // told again at the next change
  });
}

window.addEventListener('beforeunload', (e) => {
  if (!dirty.size) return;
  e.preventDefault();
  // Older engines ask only when returnValue is set.
  e.returnValue = '';
});

interface Pending {
  what: string[];
  proceed: () => void;
}
let pending: Pending | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Marks `what` unsaved while `isDirty` holds, for as long as the component is shown. */
export function useUnsavedGuard(isDirty: boolean, what: string): void {
  useEffect(() => {
    if (!isDirty) return;
    const key = Symbol(what);
    dirty.set(key, what);
    report();
    return () => {
      dirty.delete(key);
      report();
    };
  }, [isDirty, what]);
}

export function hasUnsaved(): boolean {
  return dirty.size > 0;
}

/**
 * True while the leave prompt is up. A note saved when its box is left must not be saved by the
 * prompt taking the focus: the clerk's answer decides (stay and keep typing, or drop it).
 */
export function leavePending(): boolean {
  return pending !== null;
}

/** Runs `proceed` at once when nothing is unsaved, else after the clerk agrees to drop the edits. */
export function guardLeave(proceed: () => void): void {
  if (!dirty.size) return proceed();
  pending = {
    what: [...new Set(dirty.values())],
    proceed: () => {
      // The edits are dropped on purpose: the screens that held them unmount.
      dirty.clear();
      report();
      proceed();
    },
  };
  emit();
}

export function answerLeave(leave: boolean): void {
  const p = pending;
  pending = null;
  emit();
  if (leave) p?.proceed();
}

export function usePendingLeave(): Pending | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}
