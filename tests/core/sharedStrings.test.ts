// The shared strings of a received .xlsx are found by searching the part a megabyte at a time, by
// byte: a unit with thousands of activities has a part of several megabytes, and every string in
// it must still read whole and in its place, whichever byte a piece ends at, after any number of
// multi-byte Vietnamese characters.
import { describe, expect, it } from 'vitest';
import { SharedStrings } from '../../electron/core/reports/xlsx/xlsxSheet';
import { ReadBudget } from '../../electron/core/reports/xlsx/xlsxZip';

const SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe('shared strings of a large part', () => {
  it('reads every item, whichever byte the first megabyte ends at', () => {
    // The long first item ends a little before the first megabyte, and the short items after it
    // are 22 to 26 bytes: shifting the long one by 0 to 24 bytes puts every byte of a short item,
    // its "<si" included, on the megabyte's end once (and on the second megabyte's end too).
    const phrase = 'Hội nghị đối thoại trực tiếp với Nhân dân. ';
    const long = phrase.repeat(Math.floor((1024 * 1024 - 1000) / Buffer.byteLength(phrase)));
    const short = Array.from({ length: 60_000 }, (_, i) => `Mã ${i}`);
    for (let shift = 0; shift <= 24; shift++) {
      const first = `${long}${'x'.repeat(shift)}`;
      const xml = `${SST}<si><t>${first}</t></si>${short.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
      expect(Buffer.byteLength(xml)).toBeGreaterThan(2 * 1024 * 1024);
      const sst = new SharedStrings(Buffer.from(xml, 'utf8'), new ReadBudget('lon.xlsx'));
      expect(sst.count).toBe(1 + short.length);
      expect(sst.get(0)).toBe(first);
      for (let i = 0; i < short.length; i++) if (sst.get(i + 1) !== short[i]) expect({ shift, item: i + 1, text: sst.get(i + 1) }).toEqual({ shift, item: i + 1, text: short[i] });
      expect(sst.get(short.length + 1)).toBeNull();
    }
  });
});
