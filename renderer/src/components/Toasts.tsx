// Short messages at the bottom of the window ("Đã lưu", "Đã xóa … Hoàn tác").
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  tone?: 'ok' | 'error' | 'info';
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it disappears; actions get longer by default. */
  ttl?: number;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(t: ToastInput) => void>(() => undefined);

export function useToast(): (t: ToastInput) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((l) => l.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (t: ToastInput) => {
      const id = next.current++;
      // At most two at a time, so they never cover much of the screen; an "Hoàn tác" offer stays longest.
      setToasts((l) => {
        const next = [...l, { ...t, id }];
        while (next.length > 2) {
          const drop = next.findIndex((x) => !x.action);
          next.splice(drop === -1 ? 0 : drop, 1);
        }
        return next;
      });
      window.setTimeout(() => dismiss(id), t.ttl ?? (t.action ? 12_000 : 4_000));
    },
    [dismiss],
  );
  const value = useMemo(() => push, [push]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone ?? 'ok'}`}>
            <span>{t.message}</span>
            {t.action ? (
              <button
                type="button"
                className="btn btn-small btn-light"
                onClick={() => {
                  dismiss(t.id);
                  void t.action!.run();
                }}
              >
                {t.action.label}
              </button>
            ) : null}
            <button type="button" className="toast-close" aria-label="Đóng thông báo" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
