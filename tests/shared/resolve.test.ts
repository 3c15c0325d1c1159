import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activities';
import { appliesTo, CATALOG, FIGURE_BY_CODE, FIGURE_RULES, validateEnteredValue, type FigureEntry } from '../../shared/domain/catalog';
import type { TargetDef } from '../../shared/domain/profiles/types';
import { evaluateTargets, figureMap, figureViolations, resolveFigures } from '../../shared/domain/resolve';

let nextId = 1;
const act = (kind: Activity['kind'], sessions: number, participants: number | null): Activity => ({
  id: nextId++,
  date: '2026-03-01',
  kind,
  title: 'Hoạt động thử',
  form: 'truc_tiep',
  sessions,
  participants,
  basisDoc: '',
  notes: '',
  measures: [],
});
const v = (value: number): FigureEntry => ({ state: 'value', value });

describe('the catalogue', () => {
  it('has unique codes and every rule and ratio names known figures', () => {
    expect(new Set(CATALOG.map((f) => f.code)).size).toBe(CATALOG.length);
    for (const r of FIGURE_RULES) {
      expect(FIGURE_BY_CODE.has(r.left), r.left).toBe(true);
      expect(FIGURE_BY_CODE.has(r.right), r.right).toBe(true);
    }
    for (const f of CATALOG) if (f.source.type === 'ratio') expect(FIGURE_BY_CODE.has(f.source.num) && FIGURE_BY_CODE.has(f.source.den)).toBe(true);
  });
  it('keeps commune-only figures away from enterprises', () => {
    expect(appliesTo(FIGURE_BY_CODE.get('F1_CO')!, 'xa')).toBe(true);
    expect(appliesTo(FIGURE_BY_CODE.get('F1_CO')!, 'dnnn')).toBe(false);
    expect(appliesTo(FIGURE_BY_CODE.get('C6_HN_NLD')!, 'dnnn')).toBe(true);
    expect(appliesTo(FIGURE_BY_CODE.get('C6_HN_NLD')!, 'xa')).toBe(false);
  });
  it('refuses typed percentages, derived counts, negatives and fractions', () => {
    expect(validateEnteredValue(FIGURE_BY_CODE.get('B1_TL')!, 50)).toMatch(/tính tự động/);
    expect(validateEnteredValue(FIGURE_BY_CODE.get('A3_HN')!, 5)).toMatch(/hoạt động/);
    expect(validateEnteredValue(FIGURE_BY_CODE.get('G2_NHAN')!, -1)).toMatch(/không được âm/);
    expect(validateEnteredValue(FIGURE_BY_CODE.get('G2_NHAN')!, 2.5)).toMatch(/số nguyên/);
    expect(validateEnteredValue(FIGURE_BY_CODE.get('A2')!, 2)).toMatch(/Có \(1\) hoặc Không \(0\)/);
    expect(validateEnteredValue(FIGURE_BY_CODE.get('C2_DONG_GOP')!, 1500.5)).toBeNull();
    expect(validateEnteredValue(FIGURE_BY_CODE.get('G2_NHAN')!, 12)).toBeNull();
  });
});

describe('resolving a period’s figures', () => {
  it('sums sessions, participants and counts of the right kinds of activity', () => {
    const acts = [act('TUYEN_TRUYEN', 2, 100), act('TUYEN_TRUYEN', 3, null), act('TAP_HUAN', 1, 40), act('LANH_DAO', 1, null)];
    const f = figureMap(resolveFigures('xa', acts, new Map()));
    expect(f.get('A3_HN')).toMatchObject({ value: 5, source: 'derived' });
    expect(f.get('A3_LUOT')).toMatchObject({ value: 100, source: 'derived' });
    expect(f.get('A3_HN')!.activityIds).toEqual([acts[0]!.id, acts[1]!.id]);
    expect(f.get('A4_LOP')!.value).toBe(1);
    expect(f.get('A1')!.value).toBe(1);
  });
  it('keeps blank and "không phát sinh" apart, and never turns blank into 0', () => {
    const f = figureMap(resolveFigures('xa', [], new Map([['D1_ND', { state: 'none' }], ['G2_NHAN', { state: 'none' }]])));
    expect(f.get('D1_ND')).toMatchObject({ value: 0, source: 'none' });
    expect(f.get('G2_NHAN')).toMatchObject({ value: 0, source: 'none' });
    expect(f.get('D2_CUOC')).toMatchObject({ value: null, source: 'blank' });
    expect(f.get('G2_GQ')).toMatchObject({ value: null, source: 'blank' });
  });
  it('computes rates from their parts, null when the base is missing or zero', () => {
    const f = figureMap(resolveFigures('xa', [], new Map([['B1_DA', v(13)], ['B1_PHAI', v(14)], ['H1_DK', v(0)], ['H1_TT', v(0)], ['G2_GQ', v(4)]])));
    expect(f.get('B1_TL')!.value).toBeCloseTo((13 / 14) * 100, 6);
    expect(f.get('B1_TL')!.source).toBe('computed');
    expect(f.get('H1_TL')!.value).toBeNull();
    expect(f.get('G2_TL_GQ')!.value).toBeNull();
  });
  it('only lists the figures that apply to the unit’s kind', () => {
    const codes = resolveFigures('dn_khac', [], new Map()).map((f) => f.code);
    expect(codes).toContain('C6_HN_NLD');
    expect(codes).not.toContain('F1_CO');
    expect(codes).not.toContain('C4_HN_CBCCVC');
  });
  it('detects every broken rule (left ≤ right)', () => {
    for (const rule of FIGURE_RULES) {
      const entries = new Map<string, FigureEntry>([[rule.right, v(5)], [rule.left, v(6)]]);
      const broken = figureViolations(resolveFigures('xa', [], entries));
      expect(broken.map((b) => b.rule.message), rule.left).toContain(rule.message);
      const fine = figureViolations(resolveFigures('xa', [], new Map([[rule.right, v(6)], [rule.left, v(6)]])));
      expect(fine.map((b) => b.rule.message)).not.toContain(rule.message);
    }
  });
});

describe('targets', () => {
  const targets: TargetDef[] = [
    { code: 'T-eq', label: 'Công khai đầy đủ', planned: '100%', op: 'eq', threshold: 100, result: { type: 'ratio', num: 'B1_DA', den: 'B1_PHAI' }, basis: 'thử' },
    { code: 'T-gte', label: 'Hài lòng', planned: '≥ 90%', op: 'gte', threshold: 90, result: { type: 'ratio', num: 'H2_HL', den: 'H2_PHIEU' }, basis: 'thử' },
    { code: 'T-gt', label: 'Đúng hạn', planned: '> 95%', op: 'gt', threshold: 95, result: { type: 'ratio', num: 'G2_DH', den: 'G2_GQ' }, basis: 'thử' },
    { code: 'T-yes', label: 'Chuyên mục', planned: '100%', op: 'eq', threshold: 100, result: { type: 'yes', code: 'H3_CHUYEN_MUC' }, basis: 'thử', kinds: ['xa'] },
    { code: 'T-one', label: 'Đối thoại', planned: '100%', op: 'eq', threshold: 100, result: { type: 'atLeastOne', code: 'D2_CUOC' }, basis: 'thử' },
  ];
  it('compares with =, ≥ and > and says when data is missing', () => {
    const entries = new Map<string, FigureEntry>([
      ['B1_DA', v(14)], ['B1_PHAI', v(14)],
      ['H2_HL', v(90)], ['H2_PHIEU', v(100)],
      ['G2_DH', v(95)], ['G2_GQ', v(100)],
      ['H3_CHUYEN_MUC', v(0)],
    ]);
    const rows = evaluateTargets(targets, 'xa', resolveFigures('xa', [], entries));
    expect(Object.fromEntries(rows.map((r) => [r.code, r.verdict]))).toEqual({ 'T-eq': 'met', 'T-gte': 'met', 'T-gt': 'not_met', 'T-yes': 'not_met', 'T-one': 'no_data' });
    expect(rows.find((r) => r.code === 'T-gte')!.result).toBe(90);
  });
  it('leaves out targets of other kinds of unit', () => {
    expect(evaluateTargets(targets, 'dnnn', resolveFigures('dnnn', [], new Map())).map((r) => r.code)).not.toContain('T-yes');
  });
});
