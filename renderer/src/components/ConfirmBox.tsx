// A small question over everything: "leave without saving?". Focus starts on the safe answer
// ("Ở lại"); Esc means stay.
import { useEffect, useRef } from 'react';
import { answerLeave, usePendingLeave } from '../lib/unsaved';

export function ConfirmBox({ title, body, stay, leave, onAnswer }: { title: string; body: string; stay: string; leave: string; onAnswer: (leave: boolean) => void }) {
  const stayRef = useRef<HTMLButtonElement>(null);
  const answer = useRef(onAnswer);
  answer.current = onAnswer;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    stayRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        answer.current(false);
      }
    };
    // Capture: the dialog underneath must not take this Esc as its own.
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <div className="overlay overlay-top">
      <div className="dialog dialog-confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-h" aria-describedby="confirm-b">
        <div className="dialog-head">
          <h2 id="confirm-h">{title}</h2>
        </div>
        <div className="dialog-body">
          <p id="confirm-b">{body}</p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => onAnswer(true)}>
              {leave}
            </button>
            <button type="button" className="btn btn-primary" ref={stayRef} onClick={() => onAnswer(false)}>
              {stay}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

/** Mounted once by the shell: asks when a screen with unsaved edits is about to be left. */
export function LeavePrompt() {
  const pending = usePendingLeave();
  if (!pending) return null;
  return (
    <ConfirmBox
      title="Có nội dung chưa lưu"
      body={`Chưa lưu: ${pending.what.join('; ')}. Rời màn hình này thì những gì vừa nhập sẽ mất.`}
      stay="Ở lại để lưu"
      leave="Bỏ thay đổi và rời đi"
      onAnswer={answerLeave}
    />
  );
}
