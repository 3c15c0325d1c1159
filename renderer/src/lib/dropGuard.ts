// A file dropped anywhere but a drop zone must do nothing. Left alone, the browser would open it
// in the window (navigating away from the app). Drop zones call preventDefault in their own
// handlers, which run before this window-level listener, so only unhandled drops reach it.
// Typed structurally (no DOM names) so the node-side tests type-check it too.

type DragLike = { defaultPrevented: boolean; preventDefault(): void; dataTransfer?: { dropEffect: string } | null };
export interface DropTarget {
  addEventListener(type: 'dragover' | 'drop', listener: (e: DragLike) => void): void;
  removeEventListener(type: 'dragover' | 'drop', listener: (e: DragLike) => void): void;
}

export function installDropGuard(target: DropTarget): () => void {
  const guard = (e: DragLike): void => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
  };
  target.addEventListener('dragover', guard);
  target.addEventListener('drop', guard);
  return () => {
    target.removeEventListener('dragover', guard);
    target.removeEventListener('drop', guard);
  };
}
