// The fast exchange reader on its own: what it returns for a good workbook, a hand-filled template,
// cached formula values, moved rows, cells without references, and the digest.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { entriesDigest, readExchangeWorkbook, readSheetRows } from '../../electron/core/reports/xlsx/exchangeReader';
import { numberCell, pack, parts, PERIOD, randomValues, rowOfCode, setCell, unitWorkbook, type GenUnit } from './inbox';

const unit: GenUnit = { code: 'TH-01', name: 'Trường Tiểu học Số 1', kind: 'su_nghiep', parent: '', values: { ...randomValues('su_nghiep', 42), A1: 7, A2: 1, L1_KT: 'none', L1_MH: null } };

describe('readExchangeWorkbook', () => {
  it('reads meta, identity and every figure with its cell; value, "không phát sinh" and blank apart', async () => {
    const r = readExchangeWorkbook(await unitWorkbook(unit, unit.values), 'TH-01.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.digestOk).toBe(true);
    expect(r.meta).toMatchObject({ format: 'dcs-exchange', version: 1, unitCode: 'TH-01', unitKind: 'su_nghiep', periodId: PERIOD, revision: 1, template: false });
    expect(r.identity).toEqual({ unitName: unit.name, unitCode: 'TH-01', periodId: PERIOD });
    const by = new Map(r.entries.map((e) => [e.code, e]));
    expect(by.get('A1')).toMatchObject({ state: 'value', value: 7, cell: 'E7' });
    expect(by.get('L1_KT')).toMatchObject({ state: 'none', value: null });
    expect(by.get('L1_MH')).toMatchObject({ state: 'blank', value: null });
    // Rates are not read: they are recomputed from their parts.
    expect(by.has('B1_TL')).toBe(false);
    for (const [code, v] of Object.entries(unit.values)) {
      const e = by.get(code)!;
      expect(e.state, code).toBe(v === null ? 'blank' : v === 'none' ? 'none' : 'value');
    }
  });

  it('uses the cached value of a formula, and reads a figure whose rows were moved down, with a warning', async () => {
    const p = parts(await unitWorkbook(unit, unit.values));
    const ref = `E${rowOfCode(p, 'A1')}`;
    setCell(p, ref, `<c r="${ref}"><f>3+4</f><v>7</v></c>`);
    const moved = readExchangeWorkbook(pack(p), 'f.xlsx');
    expect(moved.entries.find((e) => e.code === 'A1')!.value).toBe(7);
    expect(moved.digestOk).toBe(true);
    // Shift the whole sheet two rows down, as inserting rows above the table in Excel would.
    const xml = new TextDecoder().decode(p['xl/worksheets/sheet1.xml']);
    const shifted = xml.replace(/<row r="(\d+)"/g, (_, n: string) => `<row r="${Number(n) + 2}"`).replace(/ r="([A-Z]+)(\d+)"/g, (_, c: string, n: string) => ` r="${c}${Number(n) + 2}"`);
    p['xl/worksheets/sheet1.xml'] = strToU8(shifted);
    const r = readExchangeWorkbook(pack(p), 'moved.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.warnings.join(' ')).toContain('dòng tiêu đề ở ô B7');
    expect(r.entries.find((e) => e.code === 'A1')).toMatchObject({ value: 7, cell: 'E9' });
  });

  it('reads cells written without references, and inline strings', async () => {
    const p = parts(await unitWorkbook(unit, unit.values));
    const xml = new TextDecoder().decode(p['xl/worksheets/sheet1.xml']);
    p['xl/worksheets/sheet1.xml'] = strToU8(xml.replace(/<c r="[A-Z]+\d+"/g, '<c'));
    const r = readExchangeWorkbook(pack(p), 'noref.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.entries.find((e) => e.code === 'A1')!.value).toBe(7);
    expect(r.digestOk).toBe(true);
  });

  it('computes the digest exactly as the writer does, and notices an edit', async () => {
    const bytes = await unitWorkbook(unit, unit.values);
    const r = readExchangeWorkbook(bytes, 'a.xlsx');
    expect(entriesDigest(r.entries)).toBe(r.meta!.digest);
    const p = parts(bytes);
    const ref = `E${rowOfCode(p, 'A1')}`;
    setCell(p, ref, numberCell(ref, 8));
    const edited = readExchangeWorkbook(pack(p), 'a.xlsx');
    expect(edited.ok).toBe(true);
    expect(edited.digestOk).toBe(false);
    expect(edited.warnings.join(' ')).toContain('đã sửa sau khi xuất');
  });

  it('never throws, whatever the bytes', () => {
    for (let n = 0; n < 200; n++) {
      const junk = Uint8Array.from({ length: n * 7 }, (_, i) => (i * 31 + n) % 256);
      if (n % 3 === 0) junk.set([0x50, 0x4b, 0x03, 0x04].slice(0, junk.length));
      const r = readExchangeWorkbook(junk, `junk-${n}.xlsx`);
      expect(r.ok).toBe(false);
      expect(r.errors[0]).toContain(`junk-${n}.xlsx`);
    }
  });
});

describe('readSheetRows', () => {
  it('gives the text of the first visible sheet, row by row', async () => {
    const { rows, sheet } = readSheetRows(await unitWorkbook(unit, unit.values), 'x.xlsx');
    expect(sheet).toBe('Biểu số liệu');
    expect(rows.find((r) => r.line === 5)!.cells.slice(0, 6)).toEqual(['STT', 'Mã', 'Chỉ số', 'Đơn vị tính', 'Giá trị', 'Ghi chú']);
  });
});
