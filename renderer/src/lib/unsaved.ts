// Unsaved edits: a screen or dialog that holds typed text nobody saved registers it here, and
// leaving (another screen, another period, closing a dialog) asks first. One small store read by
// the <LeavePrompt/> the shell mounts, so every way out asks the same question.
import { useEffect, useSyncExternalStore } from 'react';

/** What is unsaved, in words a clerk recognises ("Cài đặt", "Ưu điểm"). */
const dirty = new Map<symbol, string>();

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
    return () => {
      dirty.delete(key);
    };
  }, [isDirty, what]);
}

export function hasUnsaved(): boolean {
  return dirty.size > 0;
}

/** Runs `proceed` at once when nothing is unsaved, else after the clerk agrees to drop the edits. */
export function guardLeave(proceed: () => void): void {
  if (!dirty.size) return proceed();
  pending = {
    what: [...new Set(dirty.values())],
    proceed: () => {
      // The edits are dropped on purpose: the screens that held them unmount.
      dirty.clear();
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
