import { describe, expect, it } from 'vitest';
import {
  currentPeriodId,
  describePeriod,
  isInPeriod,
  mergePeriodSettings,
  parsePeriodId,
  PeriodError,
  reportingYearOf,
} from '../../shared/domain/periods';

describe('period ids and labels', () => {
  it('reads 6-month, yearly and ad-hoc ids', () => {
    expect(parsePeriodId('2026-H1')).toMatchObject({ type: 'H1', year: 2026 });
    expect(parsePeriodId('2026-y')).toMatchObject({ id: '2026-Y', type: 'Y' });
    expect(parsePeriodId('2026-05-01..2026-08-31')).toMatchObject({ type: 'ADHOC', from: '2026-05-01', to: '2026-08-31', year: 2026 });
  });
  it('labels periods as reports title them', () => {
    expect(describePeriod('2026-H1').label).toBe('6 tháng đầu năm 2026');
    expect(describePeriod('2026-Y').label).toBe('năm 2026');
    expect(describePeriod('2026-H2').label).toBe('6 tháng cuối năm 2026');
    expect(describePeriod('2026-05-01..2026-08-31').label).toBe('từ ngày 01/5/2026 đến ngày 31/8/2026');
  });
  it('refuses malformed ids with a Vietnamese explanation', () => {
    for (const bad of ['2026-H3', '2026', 'H1-2026', '2026-02-30..2026-03-01', '2026-08-31..2026-05-01']) {
      expect(() => parsePeriodId(bad), bad).toThrow(PeriodError);
    }
    expect(() => parsePeriodId('2026-H3')).toThrow(/Hãy ghi 2026-H1/);
  });
});

describe('NĐ 09/2019 cut-offs', () => {
  it('6-month report: 15/12 of the year before to 14/6; yearly: to 14/12', () => {
    expect(describePeriod('2026-H1')).toMatchObject({ from: '2025-12-15', to: '2026-06-14' });
    expect(describePeriod('2026-Y')).toMatchObject({ from: '2025-12-15', to: '2026-12-14' });
  });
  it('puts an activity of 20/12/2025 in period 2026, and one of 14/12/2025 in 2025', () => {
    expect(reportingYearOf('2025-12-20')).toBe(2026);
    expect(reportingYearOf('2025-12-14')).toBe(2025);
    expect(isInPeriod('2025-12-20', describePeriod('2026-H1'))).toBe(true);
    expect(isInPeriod('2025-12-20', describePeriod('2025-Y'))).toBe(false);
    expect(isInPeriod('2026-06-14', describePeriod('2026-H1'))).toBe(true);
    expect(isInPeriod('2026-06-15', describePeriod('2026-H1'))).toBe(false);
  });
  it('lets a province and then a unit override cut-offs and deadlines', () => {
    const province = { deadline: { Y: { monthDay: '11-19' } } };
    const unit = { cutoff: { Y: { from: { monthDay: '12-15', yearOffset: -1 as const }, to: { monthDay: '10-31' } } } };
    const p = describePeriod('2026-Y', mergePeriodSettings(province, unit));
    expect(p).toMatchObject({ from: '2025-12-15', to: '2026-10-31', deadline: '2026-11-19' });
    expect(p.warnings).toEqual([]);
  });
  it('ends the cut-off with the month before a deadline that falls before the NĐ 09 cut-off ends', () => {
    const h1 = describePeriod('2026-H1', mergePeriodSettings({ deadline: { H1: { monthDay: '05-04' } } }));
    expect(h1).toMatchObject({ from: '2025-12-15', to: '2026-04-30', deadline: '2026-05-04', warnings: [] });
    const y = describePeriod('2026-Y', mergePeriodSettings({ deadline: { Y: { monthDay: '11-19' } } }));
    expect(y).toMatchObject({ from: '2025-12-15', to: '2026-10-31', deadline: '2026-11-19' });
    // A deadline after the NĐ 09 cut-off keeps it.
    expect(describePeriod('2026-H1', mergePeriodSettings({ deadline: { H1: { monthDay: '06-20' } } }))).toMatchObject({ to: '2026-06-14' });
  });
  it('sets no deadline that no layer sets', () => {
    expect(describePeriod('2026-Y', mergePeriodSettings()).deadline).toBeNull();
  });
  it('warns when a cut-off someone set ends after the deadline', () => {
    const cutoff = { H1: { from: { monthDay: '12-15', yearOffset: -1 as const }, to: { monthDay: '06-14' } } };
    const p = describePeriod('2026-H1', mergePeriodSettings({ deadline: { H1: { monthDay: '05-04' } } }, { cutoff }));
    expect(p.deadline).toBe('2026-05-04');
    expect(p.warnings.join(' ')).toMatch(/Hạn nộp báo cáo \(04\/5\/2026\) trước ngày chốt số liệu \(14\/6\/2026\)/);
  });
  it('compares with the same period of the previous year', () => {
    expect(describePeriod('2026-H1').previousId).toBe('2025-H1');
    expect(describePeriod('2026-05-01..2026-08-31').previousId).toBe('2025-05-01..2025-08-31');
  });
  it('proposes the period a clerk is working on', () => {
    expect(currentPeriodId('2026-03-10')).toBe('2026-H1');
    expect(currentPeriodId('2026-09-10')).toBe('2026-Y');
    expect(currentPeriodId('2025-12-20')).toBe('2026-H1');
  });
});
