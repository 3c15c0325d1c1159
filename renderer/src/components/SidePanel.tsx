// A panel on the right that shows the records behind a number; Esc or × closes it.
import { useEffect, useRef, type ReactNode } from 'react';

export function SidePanel({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [title]);
  return (
    <aside className={`side-panel ${wide ? 'side-panel-wide' : ''}`} aria-label={title} tabIndex={-1} ref={ref}>
      <div className="side-head">
        <h2>{title}</h2>
        <button type="button" className="dialog-x" aria-label="Đóng" title="Đóng (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="side-body">{children}</div>
    </aside>
  );
}
