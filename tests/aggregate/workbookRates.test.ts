// One definition of each consolidated rate: the number the report states is the value stored in the
// workbook's rate cell, what its formula gives over the exported parts (evaluated here, by openpyxl,
// and by LibreOffice recalculating on load), what the totals sheet shows, and what the body above
// computes when it imports the file. Some units give only one part of a rate, the case that made
// them differ (97,8% stored, 95,1% recalculated).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateExportResult, AggregateStatus } from '../../shared/aggregate/api';
import { CATALOG, FIGURE_RULES, figureDef } from '../../shared/domain/catalog';
import { formatPercent, roundPercent } from '../../shared/format/vi';
import { readSheetRows } from '../../electron/core/reports/xlsx/exchangeReader';
import { readDocx } from '../helpers/docx';
import { aggregatorDb, call } from './helpers';
import { makeUnits, PERIOD, unitWorkbook, type GenUnit } from './inbox';

const SETTINGS = {
  code: 'XA-PHONG-THO',
  name: 'Ủy ban nhân dân xã Phong Thổ',
  kind: 'xa' as const,
  profileId: 'lai-chau',
  parentBody: 'Ủy ban nhân dân tỉnh Lai Châu',
  placeName: 'Phong Thổ',
  docSymbol: 'UBND',
  signer: { authority: 'TM.' as const, onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Vàng A Sáng' },
  kinhGui: ['Sở Nội vụ tỉnh Lai Châu'],
  recipients: [],
  archiveTag: 'VHXH',
  planRef: '',
  periodOverrides: {},
};

const RATES = CATALOG.filter((d) => d.source.type === 'ratio');

/** Units of every kind; some give one part of a rate and leave the other blank. */
function units(): GenUnit[] {
  const list = makeUnits(15, 31);
  list[0]!.values = { ...list[0]!.values, H1_TT: null, H1_DK: 40 };
  list[1]!.values = { ...list[1]!.values, B1_DA: 9, B1_PHAI: null };
  list[2]!.values = { ...list[2]!.values, G2_NHAN: 30, G2_GQ: 20, G2_DH: null };
  list[5]!.values = { ...list[5]!.values, C3_THON: 12, C3_HOP: 10, F1_CO: null };
  // Each unit's file keeps the catalogue's "left ≤ right" rules, or the import refuses it.
  for (const u of list) {
    for (const rule of FIGURE_RULES) {
      const [l, r] = [u.values[rule.left], u.values[rule.right]];
      if (typeof l === 'number' && typeof r === 'number' && l > r) u.values[rule.left] = r;
    }
  }
  return list;
}

interface XCell {
  formula: string | null;
  /** Cached value as text ('' when none). */
  value: string;
}

/** The cells of one sheet by reference, with formulas and cached values, read from the zip. */
function sheetCells(bytes: Uint8Array, sheet: string): Map<string, XCell> {
  const zip = unzipSync(bytes);
  const text = (name: string): string => strFromU8(zip[name]!);
  const wb = text('xl/workbook.xml');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1] ?? new RegExp(`<sheet [^>]*r:id="(rId\\d+)"[^>]*name="${sheet}"`).exec(wb)![1];
  const rels = text('xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  const sst = zip['xl/sharedStrings.xml'] ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')) : [];
  const out = new Map<string, XCell>();
  for (const m of text(`xl/${target.replace(/^\/?xl\//, '')}`).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = m[3] ?? '';
    const f = /<f>([^<]*)<\/f>/.exec(inner)?.[1] ?? null;
    let v = /<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1] ?? '';
    if (/t="s"/.test(m[2]!) && v !== '') v = sst[Number(v)] ?? '';
    out.set(m[1]!, { formula: f === null ? null : f.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<'), value: v });
  }
  return out;
}

/** Figure code → row on the figures sheet. */
function rowsByCode(cells: Map<string, XCell>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [ref, c] of cells) if (ref.startsWith('B') && figureDef(c.value)) out.set(c.value, Number(ref.slice(1)));
  return out;
}

const RATE_FORMULA = /^IF\(AND\(ISNUMBER\(E(\d+)\),ISNUMBER\(E(\d+)\),E(\d+)>0\),ROUND\(MIN\(100,E(\d+)\/E(\d+)\*100\),1\),""\)$/;

/** Our own evaluation of the rate formula the writer uses, over the cached values of its parts. */
function evaluate(formula: string, cells: Map<string, XCell>): number | '' {
  const m = RATE_FORMULA.exec(formula);
  if (!m) throw new Error(`unexpected rate formula ${formula}`);
  const [num, den] = [Number(m[4]), Number(m[5])];
  expect([m[1], m[2], m[3]].map(Number)).toEqual([num, den, den]);
  const n = cells.get(`E${num}`)?.value ?? '';
  const d = cells.get(`E${den}`)?.value ?? '';
  if (n === '' || d === '' || !(Number(d) > 0)) return '';
  return roundPercent(Math.min(100, (Number(n) / Number(d)) * 100));
}

function pythonWithOpenpyxl(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0) return py;
  }
  return null;
}
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const python = pythonWithOpenpyxl();
if (!soffice) console.warn('workbookRates.test: LibreOffice (soffice) is not installed: the recalculation check is skipped; the formula check still runs.');
if (!python) console.warn('workbookRates.test: python3 with openpyxl is not installed: the openpyxl check is skipped; the formula check still runs.');

let root: string;
let report: AggregateExportResult;
let status: AggregateStatus;
let province: AggregateStatus;
let bytes: Uint8Array;
let figures: Map<string, XCell>;
let rows: Map<string, number>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dcs-agg-rates-'));
  const list = units();
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  for (const u of list) writeFileSync(join(inbox, `${u.code}.xlsx`), await unitWorkbook(u, u.values));
  const { db, s } = await aggregatorDb(list);
  try {
    await call(s, 'aggregate.settings.set', SETTINGS);
    const imported = await call(s, 'aggregate.import', { period: PERIOD, paths: [inbox], receivedAt: '2026-05-02' });
    expect(imported.counts.rejected).toBe(0);
    status = await call(s, 'aggregate.status', { period: PERIOD });
    report = await call(s, 'aggregate.report', { period: PERIOD, outDir: join(root, 'out') });
  } finally {
    db.close();
  }
  bytes = readFileSync(report.xlsx!);
  figures = sheetCells(bytes, 'Biểu số liệu');
  rows = rowsByCode(figures);
  const up = await aggregatorDb([{ code: SETTINGS.code, name: SETTINGS.name, kind: 'xa', parent: '' }]);
  try {
    await call(up.s, 'aggregate.import', { period: PERIOD, paths: [report.xlsx!], receivedAt: '2026-05-08' });
    province = await call(up.s, 'aggregate.status', { period: PERIOD });
  } finally {
    up.db.close();
  }
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const total = (st: AggregateStatus, code: string) => st.totals.find((t) => t.code === code)!;

describe('each consolidated rate, wherever it is read', () => {
  it('covers rates where some units gave only one part', () => {
    for (const code of ['H1_TL', 'B1_TL', 'G2_TL_GQ', 'F1_TL']) {
      const t = total(status, code);
      expect(t.total, code).not.toBeNull();
      expect(t.ratio!.units, code).toBeLessThan(t.applicable);
    }
  });

  it('stores in the rate cell what its formula gives over the parts written above it, and the rate the report states', () => {
    const { paragraphs } = readDocx(readFileSync(report.docx));
    const all = paragraphs.join('\n');
    let checked = 0;
    for (const d of RATES) {
      const row = rows.get(d.code);
      const t = status.totals.find((x) => x.code === d.code);
      if (!row || !t) continue;
      const cell = figures.get(`E${row}`)!;
      expect(cell.formula, d.code).not.toBeNull();
      const computed = evaluate(cell.formula!, figures);
      expect(cell.value === '' ? '' : Number(cell.value), d.code).toBe(computed);
      expect(computed === '' ? null : computed, d.code).toBe(t.total);
      if (t.total !== null) {
        expect(all, d.code).toContain(formatPercent(t.total));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('shows the same rates, and yes/no figures as x/y units, on the totals sheet and in the report', () => {
    const sheet = readSheetRows(bytes, 'x.xlsx', 'Tổng hợp theo loại').rows;
    const { paragraphs } = readDocx(readFileSync(report.docx));
    for (const r of sheet.slice(1)) {
      const code = r.cells[1]!;
      const t = status.totals.find((x) => x.code === code);
      if (!t || t.total === null) continue;
      if (t.nature === 'ratio') expect(Number(r.cells[4]), code).toBe(t.total);
      if (t.nature === 'boolean') {
        expect(r.cells[4], code).toBe(`${t.total}/${t.reported}`);
        expect(paragraphs.some((p) => p.includes(`${t.total}/${t.reported} đơn vị`)), code).toBe(true);
      }
    }
  });

  it('is what the body above computes when it imports the workbook', () => {
    for (const d of RATES) {
      const t = status.totals.find((x) => x.code === d.code);
      if (!t) continue;
      expect(total(province, d.code).total, d.code).toBe(t.total);
    }
  });

  it.skipIf(!python)('reads the same formulas and cached values with openpyxl', () => {
    const script = `
import json, sys, openpyxl
f = openpyxl.load_workbook(sys.argv[1])['Biểu số liệu']
v = openpyxl.load_workbook(sys.argv[1], data_only=True)['Biểu số liệu']
print(json.dumps({str(f.cell(r, 2).value): [f.cell(r, 5).value, v.cell(r, 5).value] for r in range(6, f.max_row + 1) if f.cell(r, 2).value}))`;
    const out = spawnSync(python!, ['-c', script, report.xlsx!], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const read = JSON.parse(out.stdout) as Record<string, [string | number | null, string | number | null]>;
    for (const d of RATES) {
      const row = rows.get(d.code);
      if (!row) continue;
      const [formula, cached] = read[d.code]!;
      expect(formula, d.code).toBe(`=${figures.get(`E${row}`)!.formula}`);
      const t = total(status, d.code).total;
      expect(cached === '' ? null : cached, d.code).toBe(t);
    }
  });

  it.skipIf(!soffice)('gives the same numbers after LibreOffice recalculates every formula on load', () => {
    // A profile that makes LibreOffice recalculate .xlsx files when it opens them.
    const profile = join(root, 'lo-profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(
      join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
    );
    // A copy whose cached rates are all wrong (0) proves that the numbers below were recalculated.
    const zip = unzipSync(bytes);
    const stale = join(root, 'stale.xlsx');
    const sheetPath = Object.keys(zip).find((k) => k.startsWith('xl/worksheets/') && strFromU8(zip[k]!).includes('ROUND(MIN(100'))!;
    zip[sheetPath] = strToU8(strFromU8(zip[sheetPath]!).replace(/(<f>IF\(AND\(ISNUMBER[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1<v>0</v>'));
    writeFileSync(stale, zipSync(zip));
    const out = join(root, 'recalc');
    for (const file of [report.xlsx!, stale]) {
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
    }
    for (const file of [basename(report.xlsx!), 'stale.xlsx']) {
      const recalculated = sheetCells(readFileSync(join(out, file)), 'Biểu số liệu');
      const recRows = rowsByCode(recalculated);
      for (const d of RATES) {
        const row = recRows.get(d.code);
        if (!row) continue;
        const t = total(status, d.code).total;
        const v = recalculated.get(`E${row}`)?.value ?? '';
        expect(v === '' ? null : Number(v), `${file} ${d.code}`).toBe(t);
      }
    }
  }, 180_000);
});
