import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/core/fs/atomicWrite';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dcs-atomic-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('exports are written whole or not at all', () => {
  it('replaces an existing report only with a complete one', () => {
    const f = join(dir, 'BL_2026-H1.docx');
    writeFileSync(f, 'bản cũ');
    writeFileAtomic(f, Buffer.from('bản mới'));
    expect(readFileSync(f, 'utf8')).toBe('bản mới');
    expect(readdirSync(dir)).toEqual(['BL_2026-H1.docx']);
  });
  it('gives a Vietnamese message, keeps the old file and leaves no temporary file when it cannot write', () => {
    const f = join(dir, 'BL_2026-H1.docx');
    mkdirSync(f);
    writeFileSync(join(f, 'x'), 'đang mở');
    expect(() => writeFileAtomic(f, Buffer.from('bản mới'))).toThrow(/Không ghi được tệp BL_2026-H1\.docx.*chọn thư mục khác/);
    expect(readdirSync(dir)).toEqual(['BL_2026-H1.docx']);
    expect(readFileSync(join(f, 'x'), 'utf8')).toBe('đang mở');
  });
  it('names a folder that does not exist', () => {
    expect(() => writeFileAtomic(join(dir, 'khong-co', 'a.docx'), Buffer.from('x'))).not.toThrow();
    writeFileSync(join(dir, 'tep'), 'x');
    expect(() => writeFileAtomic(join(dir, 'tep', 'a.docx'), Buffer.from('x'))).toThrow(/thư mục .* không tồn tại|chọn thư mục khác/);
  });
});
