import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatFixed,
  formatLocalDate,
  formatLocalDateTime,
  formatMoney,
  vnDateOf,
  formatNumber,
  formatOfficialDate,
  formatPercent,
  formatShortDate,
  formatTableDate,
  parseVietnameseDate,
  parseVietnameseNumber,
} from '../../shared/format/vi';

describe('Vietnamese number formatting', () => {
  it('groups thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1240)).toBe('1.240');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1500)).toBe('-1.500');
  });
  it('writes rates like "12,5%" and whole rates without decimals', () => {
    expect(formatPercent(12.5)).toBe('12,5%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent((13 / 14) * 100)).toBe('92,9%');
  });
  it('writes large sums of money in tỷ đồng', () => {
    expect(formatMoney(1_250_000_000)).toBe('1,25 tỷ đồng');
    expect(formatMoney(1_500_000)).toBe('1,5 triệu đồng');
    expect(formatMoney(12_345)).toBe('12.345 đồng');
  });
});

describe('official dates (NĐ 30: days below 10 and months 1–2 take a zero)', () => {
  it('pads days 01–09 and months 01–02 only', () => {
    expect(formatOfficialDate('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(formatOfficialDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatOfficialDate('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(formatOfficialDate('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatOfficialDate('2026-12-10')).toBe('ngày 10 tháng 12 năm 2026');
  });
  it('uses dd/mm/yyyy in tables and the seeds’ short form in sentences', () => {
    expect(formatTableDate('2026-03-05')).toBe('05/03/2026');
    expect(formatShortDate('2026-03-09')).toBe('09/3/2026');
    expect(formatShortDate('2026-01-28')).toBe('28/01/2026');
  });
  it('refuses impossible dates', () => {
    expect(formatOfficialDate('2026-02-30')).toBe('');
    expect(parseVietnameseDate('31/4/2026')).toBeNull();
  });
});

describe('reading what a clerk types', () => {
  it('reads dates as dd/mm/yyyy, d/m/yyyy and ISO', () => {
    expect(parseVietnameseDate('05/03/2026')).toBe('2026-03-05');
    expect(parseVietnameseDate('5/3/2026')).toBe('2026-03-05');
    expect(parseVietnameseDate('5-3-2026')).toBe('2026-03-05');
    expect(parseVietnameseDate('2026-03-05')).toBe('2026-03-05');
    expect(parseVietnameseDate('03/2026')).toBeNull();
    // Two-digit years, as Excel shows short dates: this century.
    expect(parseVietnameseDate('5/3/26')).toBe('2026-03-05');
    expect(parseVietnameseDate('31/12/25')).toBe('2025-12-31');
    expect(parseVietnameseDate('31/2/26')).toBeNull();
    expect(parseVietnameseDate('5/3/026')).toBeNull();
  });
  it('reads Vietnamese and plain numbers', () => {
    expect(parseVietnameseNumber('1.240')).toBe(1240);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('12,5')).toBe(12.5);
    expect(parseVietnameseNumber('1.234,5')).toBe(1234.5);
    expect(parseVietnameseNumber('1234')).toBe(1234);
    expect(parseVietnameseNumber('1,234')).toBe(1.234);
    expect(parseVietnameseNumber('abc')).toBeNull();
    expect(parseVietnameseNumber('')).toBeNull();
  });
});

describe('moments and durations as a user reads them', () => {
  it('shows stored UTC moments in Viet Nam time, whatever the machine zone', () => {
    expect(formatLocalDateTime('2026-12-02T04:12:31.556Z')).toBe('11:12 ngày 02/12/2026');
    expect(formatLocalDateTime('2026-12-31T17:05:00Z')).toBe('00:05 ngày 01/01/2027');
    expect(formatLocalDate('2026-05-03T18:30:00Z')).toBe('04/05/2026');
    expect(vnDateOf('2026-05-03T16:59:00Z')).toBe('2026-05-03');
    expect(vnDateOf('2026-05-03T17:00:00Z')).toBe('2026-05-04');
    expect(vnDateOf('không phải ngày')).toBeNull();
  });
  it('writes durations with a decimal comma', () => {
    expect(formatDuration(0.3)).toBe('0,30 giây');
    expect(formatDuration(12.44)).toBe('12,4 giây');
    expect(formatDuration(125)).toBe('2 phút 05 giây');
    expect(formatFixed(1234.5, 2)).toBe('1.234,50');
  });
});
