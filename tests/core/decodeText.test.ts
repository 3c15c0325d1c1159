// One decoder for every text file a clerk or an officer imports: what each encoding an office PC
// writes turns into, and what the two importers then read from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/core/import/decodeText';
import { previewActivityImport } from '../../electron/core/import/activities';
import { parseUnitList } from '../../electron/core/aggregate/units';

const TEXT = 'Ngày\tTên hoạt động\r\n05/03/2026\tĐối thoại với Nhân dân về dự toán ngân sách';
const hostile = (f: string): Uint8Array => readFileSync(join('tests', 'fixtures', 'hostile', f));

describe('decodeText', () => {
  const le = Buffer.from(TEXT, 'utf16le');
  const be = Buffer.from(le).swap16();
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be'],
    ['UTF-16 LE without BOM', le, 'utf-16le'],
    ['UTF-16 BE without BOM', be, 'utf-16be'],
    ['UTF-8 in NFD', Buffer.from(TEXT.normalize('NFD'), 'utf8'), 'utf-8'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`reads ${name} as the same NFC text`, () => {
      const d = decodeText(bytes, 'a.csv');
      expect(d).toMatchObject({ ok: true, encoding });
      if (d.ok) expect(d.text).toBe(TEXT);
    });
  }

  it('reads Windows-1258 (tone marks as combining characters) into NFC, with a warning naming the file', () => {
    const d = decodeText(hostile('units/units-windows-1258.csv'), 'ds.csv');
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.encoding).toBe('windows-1258');
    expect(d.text.split('\r\n')[1]).toBe('BL-01,Trường Mầm non Bình Lư,Đơn vị sự nghiệp công lập,');
    expect(d.text).toBe(d.text.normalize('NFC'));
    expect(d.warning).toContain('ds.csv');
  });

  it('refuses bytes in no encoding it knows (TCVN3, VNI), naming the file and what to do', () => {
    const d = decodeText(hostile('activities/not-1258-either.csv'), 'cu.csv');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(/cu\.csv.*CSV UTF-8/);
  });
});

describe('importers read every encoding through it', () => {
  it('an activity list saved by Excel as "Unicode Text" imports with its diacritics', async () => {
    const p = await previewActivityImport('hoat-dong.txt', hostile('activities/unicode-text-utf16le.txt'), 'xa', [], '2026-05-10');
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => r.activity?.title)).toEqual(['Hội nghị tuyên truyền UTF-16']);
  });

  it('a units list in Windows-1258 or UTF-16 gives the same units as in UTF-8', () => {
    expect(parseUnitList('ds.csv', hostile('units/units-windows-1258.csv'))).toEqual([{ code: 'BL-01', name: 'Trường Mầm non Bình Lư', kind: 'su_nghiep', parent: '' }]);
    expect(parseUnitList('ds.txt', hostile('units/units-utf16.txt'))).toEqual([{ code: 'BL-01', name: 'Trường Mầm non Bình Lư', kind: 'su_nghiep', parent: 'Ủy ban nhân dân xã Bình Lư' }]);
  });
});
