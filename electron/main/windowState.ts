// Remembers the window's size and position between runs (a small JSON file in userData).
import { readFileSync, writeFileSync } from 'node:fs';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized?: boolean;
}

const DEFAULT: WindowState = { width: 1280, height: 800 };

export function loadWindowState(path: string): WindowState {
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as Partial<WindowState>;
    if (typeof s.width === 'number' && typeof s.height === 'number' && s.width >= 800 && s.height >= 560) return { ...DEFAULT, ...s };
  } catch {
    // First run or an unreadable file: start with the default size.
  }
  return DEFAULT;
}

export function saveWindowState(path: string, s: WindowState): void {
  try {
    writeFileSync(path, JSON.stringify(s));
  } catch {
    // Not worth bothering the user about.
  }
}
