// Files that arrive as bytes (picked or dropped in the app) keep their names for messages but can
// never name a place on disk.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName, withTempFiles } from '../../electron/core/aggregate/uploads';

describe('received file names', () => {
  it('keeps the base name only', () => {
    expect(safeFileName('../../etc/passwd.xlsx', 0)).toBe('passwd.xlsx');
    expect(safeFileName('C:\\Windows\\System32\\BL-01_2026-H1.xlsx', 0)).toBe('BL-01_2026-H1.xlsx');
    expect(safeFileName('/tmp/../..', 3)).toBe('tep-4');
    expect(safeFileName('a\u0000b<c>.xlsx', 0)).toBe('a_b_c_.xlsx');
    expect(safeFileName('Báo cáo Trường Mầm non.xlsx', 0)).toBe('Báo cáo Trường Mầm non.xlsx');
  });
  it('writes every file inside one private folder and removes it afterwards, even with clashing names', async () => {
    const before = new Set(readdirSync(tmpdir()));
    const outside = join(tmpdir(), 'evil.xlsx');
    let seen: string[] = [];
    let folder = '';
    await withTempFiles(
      [
        { fileName: '../evil.xlsx', base64: Buffer.from('a').toString('base64') },
        { fileName: 'x/evil.xlsx', base64: Buffer.from('b').toString('base64') },
      ],
      async (paths) => {
        seen = paths;
        folder = join(paths[0]!, '..');
        expect(readdirSync(folder).sort()).toEqual(['evil (2).xlsx', 'evil.xlsx']);
      },
    );
    expect(seen.every((p) => p.startsWith(folder))).toBe(true);
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(outside) && !before.has('evil.xlsx')).toBe(false);
  });
});
