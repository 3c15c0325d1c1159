// Received files copied out to be opened are marked as coming from elsewhere on Windows, so Word
// and Excel open them in Protected View.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markAsFromElsewhere } from '../../electron/core/fs/markOfTheWeb';

const dir = mkdtempSync(join(tmpdir(), 'dcs-motw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mark of the web', () => {
  it('writes the Internet-zone stream on Windows (seen here as a sibling file, since Linux has no streams)', () => {
    const f = join(dir, 'BL-01_2026-H1.xlsx');
    writeFileSync(f, 'x');
    expect(markAsFromElsewhere(f, 'win32')).toBe(true);
    expect(readFileSync(`${f}:Zone.Identifier`, 'utf8')).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
  });
  it('does nothing on other systems', () => {
    const f = join(dir, 'a.docx');
    writeFileSync(f, 'x');
    expect(markAsFromElsewhere(f, 'linux')).toBe(false);
    expect(existsSync(`${f}:Zone.Identifier`)).toBe(false);
  });
});
