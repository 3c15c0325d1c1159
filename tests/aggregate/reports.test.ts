// The aggregator's documents: the consolidated .docx carries the counts; the consolidated .xlsx is
// itself an exchange workbook that the province imports like a unit's; the reminder lists the
// missing units. Also the expected-units list import (all or nothing) and the demo.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateExportResult, AggregateStatus } from '../../shared/aggregate/api';
import { FIGURE_RULES } from '../../shared/domain/catalog';
import { readExchangeWorkbook, readSheetRows } from '../../electron/core/reports/xlsx/exchangeReader';
import { runDemo } from '../../electron/core/demo/runDemo';
import { readDocx } from '../helpers/docx';
import { aggregatorDb, call, dump, fail, sameDump } from './helpers';
import { expectedTotals, makeUnits, PERIOD, unitWorkbook } from './inbox';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dcs-agg-reports-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('consolidated report and workbook of a commune, imported at the province', () => {
  const units = makeUnits(10, 7);
  const reporting = units.slice(0, 8);
  let report: AggregateExportResult;
  let status: AggregateStatus;

  beforeAll(async () => {
    const inbox = join(root, 'commune-inbox');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(inbox, { recursive: true });
    for (const u of reporting) writeFileSync(join(inbox, `${u.code}.xlsx`), await unitWorkbook(u, u.values));
    const { db, s } = await aggregatorDb(units);
    try {
      await call(s, 'aggregate.settings.set', {
        code: 'XA-TAN-UYEN',
        name: 'Ủy ban nhân dân xã Tân Uyên',
        kind: 'xa',
        profileId: 'lai-chau',
        parentBody: 'Ủy ban nhân dân tỉnh Lai Châu',
        placeName: 'Tân Uyên',
        docSymbol: 'UBND',
        signer: { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lò Thị Mai' },
        kinhGui: ['Sở Nội vụ tỉnh Lai Châu'],
        recipients: [],
        archiveTag: 'VHXH',
        planRef: '',
        periodOverrides: {},
      });
      await call(s, 'aggregate.import', { period: PERIOD, paths: [inbox], receivedAt: '2026-05-02' });
      status = await call(s, 'aggregate.status', { period: PERIOD });
      report = await call(s, 'aggregate.report', { period: PERIOD, outDir: join(root, 'out') });
      // Exporting again without changes keeps the revision; the reminder needs missing units.
      expect((await call(s, 'aggregate.report', { period: PERIOD, outDir: join(root, 'out') })).revision).toBe(1);
      const r = await call(s, 'aggregate.remind', { period: PERIOD, outDir: join(root, 'out'), deadline: '2026-05-15' });
      expect(r.units).toBe(2);
      // A new deadline already past is refused.
      expect((await fail(s, 'aggregate.remind', { period: PERIOD, outDir: join(root, 'out'), deadline: '2026-05-01' })).code).toBe('BAD_DATE');
    } finally {
      db.close();
    }
  });

  it('writes the .docx with the counts, the totals in sentences and the missing units by name', () => {
    expect(existsSync(report.docx)).toBe(true);
    const { paragraphs, document } = readDocx(readFileSync(report.docx));
    const all = paragraphs.join('\n');
    expect(all).toContain('Tổng hợp kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026');
    expect(all).toContain('Tổng số cơ quan, đơn vị phải báo cáo: 10 đơn vị');
    expect(all).toContain('đã nhận được báo cáo của 8/10 đơn vị (đạt 80%), trong đó 8 đơn vị gửi đúng hạn');
    expect(all).toContain(`Còn 2 đơn vị chưa gửi báo cáo: ${units[8]!.name} và ${units[9]!.name}`);
    const a1 = status.totals.find((t) => t.code === 'A1')!;
    expect(all).toContain(`ban hành ${a1.total!.toLocaleString('de-DE')} văn bản`);
    // Landscape appendix sections for the per-unit tables.
    expect(document).toMatch(/w:orient="landscape"/);
    expect(all).toContain('Phụ lục III');
  });

  it('writes an .xlsx that reads as an exchange workbook of the commune, with the totals as its figures', () => {
    const r = readExchangeWorkbook(readFileSync(report.xlsx!), 'tong-hop.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.digestOk).toBe(true);
    expect(r.meta).toMatchObject({ unitCode: 'XA-TAN-UYEN', unitKind: 'xa', periodId: PERIOD, template: false, scope: 'consolidated' });
    // It says which units it consolidates; the commune's own report is not one of them here.
    expect(r.meta!.consolidation).toMatchObject({ units: reporting.map((u) => u.code), includesSelf: false });
    const figureUnits = r.meta!.consolidation!.figures;
    const want = expectedTotals(units, new Map(reporting.map((u) => [u.code, u.values])));
    for (const e of r.entries) {
      const w = want.get(e.code)!;
      expect(figureUnits[e.code], e.code).toMatchObject({ units: w.reported, none: w.none, blank: w.blank });
      if (w.reported === 0) expect(e.state, e.code).toBe('blank');
      else if (e.code === 'A2' || e.code.match(/^(B3_SO|C4|C5|C6|E4|H3|H5)/)) {
        // One unit's "không" must not hide the others' "có": the cell stays empty, the count is x/y.
        expect(e.state, e.code).toBe('blank');
        expect(figureUnits[e.code]!.yes, e.code).toBe(w.total);
        expect(e.note).toContain(`Có ${w.total}/${w.reported} đơn vị`);
      } else if (w.none === w.reported) expect(e.state, e.code).toBe('none');
      else expect(e.value, e.code).toBeCloseTo(w.total!, 2);
    }
    // The sums keep every "left ≤ right" rule, so the file imports one level up.
    const num = (code: string): number | null => {
      const e = r.entries.find((x) => x.code === code);
      return !e || e.state === 'blank' ? null : e.state === 'none' ? 0 : e.value;
    };
    for (const rule of FIGURE_RULES) {
      const [l, rr] = [num(rule.left), num(rule.right)];
      if (l !== null && rr !== null) expect(l, `${rule.left} ≤ ${rule.right}`).toBeLessThanOrEqual(rr);
    }
  });

  it('has the totals-by-kind, per-unit and status sheets beside the exchange sheets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(report.xlsx!) as unknown as ExcelJS.Buffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['Biểu số liệu', 'Tổng hợp theo loại', 'Số liệu từng đơn vị', 'Tình hình nộp báo cáo']);
    expect(wb.getWorksheet('_meta')!.state).toBe('veryHidden');
    const perUnit = wb.getWorksheet('Số liệu từng đơn vị')!;
    expect(perUnit.rowCount).toBe(3 + units.length);
    const st = wb.getWorksheet('Tình hình nộp báo cáo')!;
    const statuses = Array.from({ length: units.length }, (_, i) => String(st.getCell(3 + i, 6).value));
    expect(statuses.filter((x) => x === 'Chưa nộp')).toHaveLength(2);
  });

  it('is imported at the province like any unit’s workbook', async () => {
    const { db, s } = await aggregatorDb([{ code: 'XA-TAN-UYEN', name: 'Ủy ban nhân dân xã Tân Uyên', kind: 'xa', parent: '' }]);
    try {
      const r = await call(s, 'aggregate.import', { period: PERIOD, paths: [report.xlsx!], receivedAt: '2026-05-08' });
      expect(r.files[0]).toMatchObject({ outcome: 'accepted', unitCode: 'XA-TAN-UYEN' });
      const prov = await call(s, 'aggregate.status', { period: PERIOD });
      // Every total, rate and yes/no count, and the units it rests on, is the commune's.
      for (const commune of status.totals) {
        const p = prov.totals.find((t) => t.code === commune.code);
        expect({ code: commune.code, total: p?.total, reported: p?.reported, blank: p?.blank, none: p?.none }).toEqual({
          code: commune.code,
          total: commune.total,
          reported: commune.reported,
          blank: commune.blank,
          none: commune.none,
        });
      }
    } finally {
      db.close();
    }
  });

  it('writes the reminder letter naming the missing units', () => {
    const files = readFileSync(join(root, 'out', 'DON-DOC_XA-TAN-UYEN_2026-H1.docx'));
    const all = readDocx(files).paragraphs.join('\n');
    expect(all).toContain('V/v đôn đốc gửi báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026');
    expect(all).toContain(units[8]!.name);
    expect(all).toContain('trước ngày 15/5/2026');
  });
});

describe('the list of expected units', () => {
  it('imports a .csv with Vietnamese headers and kinds written as labels', async () => {
    const { db, s } = await aggregatorDb([]);
    try {
      const path = join(root, 'ds.csv');
      writeFileSync(path, '\uFEFFMã đơn vị;Tên đơn vị;Loại đơn vị;Cấp trên\nSNV;Sở Nội vụ;Cơ quan hành chính nhà nước;UBND tỉnh\nXA-01;UBND xã A;xã;\nTH-01;Trường Tiểu học A;Đơn vị sự nghiệp công lập;UBND xã A\n');
      const r = await call(s, 'aggregate.units.import', { path });
      expect(r).toMatchObject({ added: 3, updated: 0 });
      expect(r.units.map((u) => [u.code, u.kind])).toEqual([
        ['SNV', 'co_quan'],
        ['XA-01', 'xa'],
        ['TH-01', 'su_nghiep'],
      ]);
      // Importing again updates instead of duplicating.
      expect(await call(s, 'aggregate.units.import', { path })).toMatchObject({ added: 0, updated: 3 });
    } finally {
      db.close();
    }
  });

  it('imports an .xlsx, and refuses a file with any bad row, listing every problem and saving nothing', async () => {
    const { db, s } = await aggregatorDb([]);
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['Danh sách đơn vị phải báo cáo năm 2026']);
      ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Cấp trên']);
      ws.addRow(['DN-01', 'Công ty A', 'Doanh nghiệp nhà nước', '']);
      ws.addRow(['DN 02', 'Công ty B', 'doanh nghiệp', '']);
      ws.addRow(['DN-03', '', 'trường học', '']);
      ws.addRow(['DN-01', 'Công ty C', 'dnnn', '']);
      const bad = join(root, 'ds-loi.xlsx');
      await wb.xlsx.writeFile(bad);
      const before = dump(db);
      const e = await fail(s, 'aggregate.units.import', { path: bad });
      expect(e.code).toBe('IMPORT_REJECTED');
      const details = e.details.join('\n');
      expect(details).toContain('dòng 4, cột A ("Mã đơn vị")');
      expect(details).toContain('dòng 5, cột B ("Tên đơn vị")');
      expect(details).toContain('"trường học" không phải loại đơn vị');
      expect(details).toContain('trùng với dòng 3');
      expect(sameDump(dump(db), before)).toBe(true);
      ws.getRow(4).getCell(1).value = 'DN-02';
      ws.getRow(5).values = ['DN-03', 'Trường C', 'Đơn vị sự nghiệp công lập', ''];
      ws.getRow(6).getCell(1).value = 'DN-04';
      await wb.xlsx.writeFile(bad);
      expect((await call(s, 'aggregate.units.import', { path: bad })).added).toBe(4);
    } finally {
      db.close();
    }
  });

  it('refuses a duplicate code and an invalid unit when added by hand', async () => {
    const { db, s } = await aggregatorDb([{ code: 'A', name: 'Đơn vị A', kind: 'xa', parent: '' }]);
    try {
      expect((await fail(s, 'aggregate.units.add', { code: 'A', name: 'Khác', kind: 'xa', parent: '' })).code).toBe('DUPLICATE');
      expect((await fail(s, 'aggregate.units.add', { code: 'B C', name: '', kind: 'xa', parent: '' })).details).toHaveLength(2);
      // An unknown kind never reaches the service: the boundary refuses it.
      expect((await fail(s, 'aggregate.units.add', { code: 'B', name: 'B', kind: 'truong' as 'xa', parent: '' })).code).toBe('BAD_ARGUMENT');
    } finally {
      db.close();
    }
  });
});

describe('the demo', () => {
  it('builds twelve units of Bình Lư, imports them and writes the consolidated report and the reminder', async () => {
    const out = join(root, 'demo');
    const lines: string[] = [];
    const demo = await runDemo(out, { out: (s) => lines.push(s) });
    const r = demo.aggregate;
    const text = lines.join('\n');
    expect(text).toContain('Đã nhận 10/12 đơn vị: 9 đúng hạn, 1 nộp muộn, 2 chưa nộp');
    expect(text).toContain('Đã nhận, thay báo cáo trước: BL-04_2026-H1.xlsx');
    expect(text).toContain('biểu mẫu điền tay');
    for (const f of [r.report.docx, r.report.xlsx!, r.reminder]) expect(existsSync(f), f).toBe(true);

    // Two routes up agree: the commune's own 6-month workbook is its row in its consolidation.
    const own = readExchangeWorkbook(readFileSync(demo.reports.find((x) => x.period === '2026-H1')!.xlsx), 'own.xlsx');
    expect(own.errors).toEqual([]);
    const sheet = readSheetRows(readFileSync(r.report.xlsx!), 'tong-hop.xlsx', 'Số liệu từng đơn vị').rows;
    const codes = sheet.find((row) => row.cells[0] === 'STT')!.cells;
    const row = sheet.find((x) => x.cells[1] === own.meta!.unitCode)!;
    expect(row, 'the commune is a row of its own consolidation').toBeDefined();
    const differ = own.entries
      .map((e) => {
        const cell = row.cells[codes.indexOf(e.code)] ?? '';
        const want = e.state === 'blank' ? '' : e.state === 'none' ? 'KPS' : String(e.value);
        return cell === want ? null : `${e.code}: ${want} ≠ ${cell}`;
      })
      .filter(Boolean);
    expect(differ).toEqual([]);
    // With no targets in the plan, the requirements are said to be the Law's, and the signed tables name figures, not codes.
    const { paragraphs } = readDocx(readFileSync(r.report.docx));
    expect(paragraphs.join('\n')).toContain('Kế hoạch của tỉnh không giao chỉ tiêu định lượng; đối chiếu với yêu cầu của Luật Thực hiện dân chủ ở cơ sở, một số kết quả chủ yếu');
    expect(paragraphs.some((p) => /^[A-K]\d(_[A-Z_]+)?$/.test(p.trim())), 'a figure code printed in the .docx').toBe(false);
    // The consolidation says it includes the commune's own report, so the province counts it once.
    expect(readExchangeWorkbook(readFileSync(r.report.xlsx!), 'tong-hop.xlsx').meta!.consolidation).toMatchObject({ includesSelf: true });
  }, 120_000);
});
