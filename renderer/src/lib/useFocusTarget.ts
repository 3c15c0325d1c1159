// After a jump from the "còn thiếu" list or the report preview, scrolls to the item, marks it
// briefly and puts the keyboard focus on its first field.
import { useEffect } from 'react';
import type { FocusRequest } from './appContext';

export function focusElementById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.classList.remove('flash');
  // Restart the highlight animation.
  void el.offsetWidth;
  el.classList.add('flash');
  const field = el.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
  (field ?? el).focus({ preventScroll: true });
  return true;
}

export function useFocusTarget(focus: FocusRequest | null, ready: boolean, idFor: (ref: string) => string): void {
  useEffect(() => {
    if (!focus || !ready) return;
    const t = window.setTimeout(() => focusElementById(idFor(focus.ref)), 30);
    return () => window.clearTimeout(t);
  }, [focus?.seq, ready]);
}
