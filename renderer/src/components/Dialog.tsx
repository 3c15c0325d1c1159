// A modal window: the first field gets the focus, Esc closes it, Tab stays inside. A dialog
// holding typed text (isDirty) asks before Esc or ✕ throws it away.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmBox } from './ConfirmBox';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** True when closing now would lose what the clerk typed. */
  isDirty?: () => boolean;
}

export function Dialog({ title, onClose, children, wide, isDirty }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [asking, setAsking] = useState(false);
  const closeRef = useRef<() => void>(onClose);
  const requestClose = () => (isDirty?.() ? setAsking(true) : onClose());
  closeRef.current = requestClose;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button:not(.dialog-x)');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closeRef.current();
      } else if (e.key === 'Tab' && box.current) {
        const items = [...box.current.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [tabindex="0"]')].filter((x) => !x.hasAttribute('disabled'));
        if (!items.length) return;
        const firstEl = items[0]!;
        const lastEl = items[items.length - 1]!;
        if (e.shiftKey && document.activeElement === firstEl) {
          e.preventDefault();
          lastEl.focus();
        } else if (!e.shiftKey && document.activeElement === lastEl) {
          e.preventDefault();
          firstEl.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);
  return (
    <div className="overlay">
      <div className={`dialog ${wide ? 'dialog-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} ref={box}>
        <div className="dialog-head">
          <h2>{title}</h2>
          <button type="button" className="dialog-x" aria-label="Đóng" title="Đóng (Esc)" onClick={requestClose}>
            ×
          </button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
      {asking ? (
        <ConfirmBox
          title="Đóng mà không lưu?"
          body="Những gì vừa nhập trong hộp thoại này chưa được lưu và sẽ mất."
          stay="Tiếp tục nhập"
          leave="Đóng, không lưu"
          onAnswer={(leave) => {
            setAsking(false);
            if (leave) onClose();
          }}
        />
      ) : null}
    </div>
  );
}
