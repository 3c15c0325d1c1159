// A file dropped outside a drop zone must not open in the window (the browser's default for an
// unhandled drop), while a drop zone that handles its drop keeps working.
import { describe, expect, it } from 'vitest';
import { installDropGuard, type DropTarget } from '../../renderer/src/lib/dropGuard';

/** A drag event as the window sees it: cancelable, with a dataTransfer whose dropEffect can be set. */
function dragEvent(type: 'dragover' | 'drop'): Event & { dataTransfer: { dropEffect: string } } {
  const e = new Event(type, { cancelable: true, bubbles: true }) as Event & { dataTransfer: { dropEffect: string } };
  Object.defineProperty(e, 'dataTransfer', { value: { dropEffect: 'copy' } });
  return e;
}

describe('the window-wide drop guard', () => {
  it('stops a drop and a drag-over that no zone handled, showing "not allowed"', () => {
    const win = new EventTarget();
    const remove = installDropGuard(win as unknown as DropTarget);
    for (const type of ['dragover', 'drop'] as const) {
      const e = dragEvent(type);
      expect(win.dispatchEvent(e), type).toBe(false);
      expect(e.defaultPrevented).toBe(true);
      expect(e.dataTransfer.dropEffect).toBe('none');
    }
    remove();
    const after = dragEvent('drop');
    expect(win.dispatchEvent(after)).toBe(true);
  });

  it('leaves a drop that a drop zone handled as the zone set it', () => {
    const win = new EventTarget();
    // A zone's own handler runs first (React's root listener sits below the window).
    win.addEventListener('drop', (e) => {
      e.preventDefault();
      (e as ReturnType<typeof dragEvent>).dataTransfer.dropEffect = 'copy';
    });
    installDropGuard(win as unknown as DropTarget);
    const e = dragEvent('drop');
    win.dispatchEvent(e);
    expect(e.dataTransfer.dropEffect).toBe('copy');
  });
});
