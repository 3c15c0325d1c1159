// Closing the window while the renderer holds unsaved edits asks first, with the same words as the
// renderer's own leave prompt (components/ConfirmBox.tsx). Kept apart from the window code so a test
// can read the question.
import type { MessageBoxOptions } from 'electron';

/** The button that closes anyway; the other (the default, and Esc) keeps the window open. */
export const CLOSE_ANYWAY = 1;

/** The question to ask before closing, or null when nothing is unsaved. */
export function closeQuestion(unsaved: readonly string[]): MessageBoxOptions | null {
  if (!unsaved.length) return null;
  return {
    type: 'warning',
    title: 'Có nội dung chưa lưu',
    message: 'Có nội dung chưa lưu',
    detail: `Chưa lưu: ${unsaved.join('; ')}. Đóng ứng dụng thì những gì vừa nhập sẽ mất.`,
    buttons: ['Ở lại để lưu', 'Bỏ thay đổi và đóng'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
