// A report over 10,000 activities has a Phụ lục II of 10,000 rows: drawn whole, the preview took
// minutes to open. On screen a long table shows its first rows and says how many more the .docx
// holds; printing and "Lưu PDF" print what is on screen, so they make every table whole first.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows of a table shown before "… còn N dòng nữa" (the first pages of the appendix). */
export const FIRST_ROWS = 100;

const expanders = new Set<() => void>();

/** Whether a table of `count` rows shows whole, and the button's way to make it so. */
export function useWholeTable(count: number): [boolean, () => void] {
  const [whole, setWhole] = useState(false);
  const long = count > FIRST_ROWS;
  useEffect(() => {
    if (!long) return;
    const expand = () => setWhole(true);
    expanders.add(expand);
    return () => void expanders.delete(expand);
  }, [long]);
  return [!long || whole, () => setWhole(true)];
}

/** Draws every row of every long table now, so what is printed next is the whole report. */
export function showWholeTables(): void {
  if (!expanders.size) return;
  flushSync(() => {
    for (const expand of expanders) expand();
  });
}

// Ctrl+P and the menu's print reach the page without the app's buttons.
if (typeof window !== 'undefined') window.addEventListener('beforeprint', showWholeTables);
