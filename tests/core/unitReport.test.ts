// The unit's report end to end, on the demo commune: the numbers in the .docx sentences and every
// value in the .xlsx are checked against the database with SQL, not against the code that wrote them.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/demo/runDemo';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import { loadPeriodData } from '../../electron/core/services/periodData';
import { checklistContradictions } from '../../shared/domain/checklistConflicts';
import { formatNumber } from '../../shared/format/vi';
import { figureDef } from '../../shared/domain/catalog';
import type { ArgOf, OpName, ResultOf } from '../../shared/ipc/contract';
import { readDocx } from '../helpers/docx';
import { polishText } from '../../shared/narrative/polish';

let dir: string;
let db: Db;
let s: Services;

async function call<K extends OpName>(op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' ')}`);
  return r.value as ResultOf<K>;
}

/** Period bounds of the demo commune (it closes its figures on 30/4 and 31/10). */
const H1 = { from: '2025-12-15', to: '2026-04-30' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-report-'));
  db = openDatabase(join(dir, 'demo.sqlite'));
  await seedDemo(db);
  s = createServices(db, { today: () => '2026-05-04' });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dcs report: the Word report', () => {
  let doc: ReturnType<typeof readDocx>;
  let out: string;
  beforeAll(async () => {
    out = join(dir, 'h1');
    const r = await call('report.export', { period: '2026-H1', outDir: out });
    expect(r.docx).toBe(join(out, 'UBND-BINHLU_2026-H1.docx'));
    const { readFileSync } = await import('node:fs');
    doc = readDocx(readFileSync(r.docx));
  });

  it('writes both files under the unit code and period', () => {
    expect(readdirSync(out).sort()).toEqual(['UBND-BINHLU_2026-H1.docx', 'UBND-BINHLU_2026-H1.xlsx']);
  });

  it('is A4 with the NĐ 30 margins, Times New Roman, and no page number on page 1', () => {
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.document).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(doc.files['word/styles.xml']).toMatch(/w:ascii="Times New Roman"/);
    expect(doc.document).toMatch(/<w:titlePg\/>/);
    const headers = Object.entries(doc.files).filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  it('has the header block, the date line and the title of the period', () => {
    const p = doc.paragraphs;
    expect(p).toContain('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(p).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(p).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(p).toContain('Bình Lư, ngày 04 tháng 5 năm 2026');
    expect(p.some((x) => /^Số:\s+\/BC-UBND$/.test(x))).toBe(true);
    expect(p).toContain('BÁO CÁO');
    expect(p).toContain('Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026');
    expect(p.some((x) => x.startsWith('Kính gửi') && x.includes('Sở Nội vụ tỉnh Lai Châu'))).toBe(true);
  });

  it('has sections I–V in order, the direction section naming the next half-year', () => {
    const idx = ['I. CÔNG TÁC LÃNH ĐẠO', 'II. KẾT QUẢ THỰC HIỆN', 'III. ĐÁNH GIÁ CHUNG', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026', 'V. ĐỀ XUẤT, KIẾN NGHỊ'].map((h) =>
      doc.paragraphs.findIndex((x) => x.startsWith(h)),
    );
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('carries the database’s numbers inside its sentences', () => {
    const t = db
      .prepare("SELECT SUM(sessions) s, SUM(COALESCE(participants,0)) p FROM activity WHERE kind='TUYEN_TRUYEN' AND date BETWEEN ? AND ?")
      .get(H1.from, H1.to) as { s: number; p: number };
    const sentence = `đã tổ chức ${formatNumber(t.s)} buổi quán triệt, tuyên truyền với ${formatNumber(t.p)} lượt người tham gia`;
    expect(doc.paragraphs.some((x) => x.includes(sentence))).toBe(true);
    const docs = (db.prepare("SELECT COUNT(*) n FROM activity WHERE kind='LANH_DAO' AND date BETWEEN ? AND ?").get(H1.from, H1.to) as { n: number }).n;
    expect(doc.paragraphs.some((x) => x.includes(`Ủy ban nhân dân xã đã ban hành ${docs} văn bản`))).toBe(true);
    const f = (code: string) => (db.prepare("SELECT value FROM figure_value WHERE period_id='2026-H1' AND code=?").get(code) as { value: number }).value;
    expect(doc.paragraphs.some((x) => x.includes(`đã công khai ${f('B1_DA')}/${f('B1_PHAI')} nội dung phải công khai`))).toBe(true);
  });

  it('compares with the same period of the previous year', () => {
    const count = (from: string, to: string) =>
      (db.prepare("SELECT COUNT(*) n FROM activity WHERE kind='LANH_DAO' AND date BETWEEN ? AND ?").get(from, to) as { n: number }).n;
    const d = count(H1.from, H1.to) - count('2024-12-15', '2025-04-30');
    const phrase = d === 0 ? 'bằng cùng kỳ năm 2025' : `${d > 0 ? 'tăng' : 'giảm'} ${Math.abs(d)} văn bản so với cùng kỳ năm 2025`;
    expect(doc.paragraphs.some((x) => x.includes(phrase))).toBe(true);
  });

  it('ends with "./.", Nơi nhận and the signer', () => {
    expect(doc.paragraphs.some((x) => x.startsWith('Trên đây là báo cáo') && x.endsWith('./.'))).toBe(true);
    expect(doc.paragraphs).toContain('Nơi nhận:');
    expect(doc.paragraphs).toContain('- Như trên;');
    expect(doc.paragraphs).toContain('- Lưu: VT, VP.');
    expect(doc.paragraphs).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(doc.paragraphs).toContain('CHỦ TỊCH');
    expect(doc.paragraphs).toContain('Lò Văn Thắng');
  });

  it('has the three appendices, the activities appendix listing every activity of the period', () => {
    for (const n of ['Phụ lục I', 'Phụ lục II', 'Phụ lục III']) expect(doc.paragraphs).toContain(n);
    const titles = (db.prepare('SELECT title FROM activity WHERE date BETWEEN ? AND ?').all(H1.from, H1.to) as Array<{ title: string }>).map((r) => r.title);
    expect(titles.length).toBeGreaterThan(20);
    for (const t of titles) expect(doc.paragraphs).toContain(polishText(t));
    expect(doc.document).toMatch(/<w:orient w:val="landscape"|w:orient="landscape"/);
    expect(doc.document).toMatch(/<w:tblHeader\/>/);
  });

  it('is in NFC', () => {
    for (const p of doc.paragraphs) expect(p).toBe(p.normalize('NFC'));
  });

  it('gives each row of Phụ lục III its own evidence: the document that issued the quy chế, never a bare count', () => {
    const appendix = doc.paragraphs.slice(doc.paragraphs.lastIndexOf('Phụ lục III'));
    expect(appendix.some((p) => /hoạt động đã ghi nhận/.test(p))).toBe(false);
    expect(appendix).toContain('Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của Ủy ban nhân dân xã (sửa đổi), Quyết định số 102/QĐ-UBND ngày 02/4/2026.');
    // The call-up list is not evidenced by the budget disclosure.
    const callUp = appendix.findIndex((p) => /gọi nhập ngũ/.test(p));
    expect(appendix[callUp + 2]).not.toMatch(/dự toán/);
    expect(doc.paragraphs.some((p) => /(^|\s)0 nội dung/.test(p))).toBe(false);
  });
});

describe('the demo commune’s self-inspection', () => {
  it('contradicts neither its activities nor its figures, in the half-year or the year', () => {
    for (const period of ['2026-H1', '2026-Y']) expect(checklistContradictions(loadPeriodData(db, period)), period).toEqual([]);
  });
});

describe('dcs report: the Excel workbook', () => {
  let wb: ExcelJS.Workbook;
  let rows: Awaited<ReturnType<typeof call<'figure.list'>>>;
  beforeAll(async () => {
    const r = await call('report.export', { period: '2026-H1', outDir: join(dir, 'x1') });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.xlsx);
    rows = await call('figure.list', { period: '2026-H1' });
  });

  it('lists every figure with its code and the value stored in the database', () => {
    const ws = wb.getWorksheet('Biểu số liệu')!;
    expect(ws.getRow(5).values).toEqual([undefined, 'STT', 'Mã', 'Chỉ số', 'Đơn vị tính', 'Giá trị', 'Ghi chú']);
    const seen = new Map<string, { value: ExcelJS.CellValue; note: string }>();
    ws.eachRow((row, n) => {
      if (n <= 5) return;
      const code = row.getCell(2).value;
      if (typeof code === 'string' && /^[A-Z]\d/.test(code)) seen.set(code, { value: row.getCell(5).value, note: String(row.getCell(6).value ?? '') });
    });
    expect([...seen.keys()].sort()).toEqual(rows.map((r) => r.code).sort());
    const stored = db.prepare("SELECT code, state, value FROM figure_value WHERE period_id = '2026-H1'").all() as Array<{ code: string; state: string; value: number | null }>;
    for (const st of stored) {
      const cell = seen.get(st.code)!;
      if (st.state === 'none') {
        expect(cell.value, st.code).toBe(0);
        expect(cell.note, st.code).toMatch(/Không phát sinh/);
      } else expect(cell.value, st.code).toBe(st.value);
    }
    const sum = db.prepare("SELECT SUM(COALESCE(participants,0)) p FROM activity WHERE kind='TUYEN_TRUYEN' AND date BETWEEN ? AND ?").get(H1.from, H1.to) as { p: number };
    expect(seen.get('A3_LUOT')!.value).toBe(sum.p);
    // A blank figure (or a rate that cannot be computed) stays an empty cell, never 0.
    for (const r of rows) if (r.value === null && r.source !== 'computed') expect(seen.get(r.code)!.value, r.code).toBeNull();
    const ratio = seen.get('B1_TL')!.value as { formula: string; result: number };
    const f = (code: string) => stored.find((x) => x.code === code)!.value!;
    expect(ratio.formula).toMatch(/E\d+\/E\d+/);
    expect(ratio.result).toBeCloseTo(Math.round((f('B1_DA') / f('B1_PHAI')) * 1000) / 10, 5);
  });

  it('has the activities and self-inspection sheets and a hidden _meta sheet', () => {
    const n = (db.prepare('SELECT COUNT(*) n FROM activity WHERE date BETWEEN ? AND ?').get(H1.from, H1.to) as { n: number }).n;
    expect(wb.getWorksheet('Hoạt động')!.actualRowCount).toBe(n + 1);
    expect(wb.getWorksheet('Tự kiểm tra')!.actualRowCount).toBeGreaterThan(30);
    const meta = wb.getWorksheet('_meta')!;
    expect(meta.state).not.toBe('visible');
    const kv = new Map<string, string>();
    meta.eachRow((r) => kv.set(String(r.getCell(1).value), String(r.getCell(2).value)));
    expect(kv.get('format')).toBe('dcs-exchange');
    expect(kv.get('unitCode')).toBe('UBND-BINHLU');
    expect(kv.get('periodId')).toBe('2026-H1');
    expect(kv.get('periodFrom')).toBe(H1.from);
    expect(kv.get('digest')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sets A4 printing with the header row repeated', () => {
    const ws = wb.getWorksheet('Biểu số liệu')!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });
});

describe('chốt số liệu and revisions', () => {
  it('keeps the revision while nothing changes and marks the next export as báo cáo bổ sung', async () => {
    const a = await call('report.export', { period: '2026-Y', outDir: join(dir, 'r1') });
    const b = await call('report.export', { period: '2026-Y', outDir: join(dir, 'r2') });
    expect([a.revision, b.revision]).toEqual([1, 1]);
    expect((await call('report.changes', { period: '2026-Y' })).changes).toEqual([]);
    const before = (db.prepare("SELECT value FROM figure_value WHERE period_id='2026-Y' AND code='L1_MH'").get() as { value: number }).value;
    await call('figure.set', { period: '2026-Y', code: 'L1_MH', entry: { state: 'value', value: before + 1 } });
    const changes = await call('report.changes', { period: '2026-Y' });
    expect(changes.frozen?.revision).toBe(1);
    expect(changes.changes.map((c) => c.message)).toEqual([`Số mô hình, điển hình tiên tiến được nhân rộng: ${before} → ${before + 1}.`]);
    const c = await call('report.export', { period: '2026-Y', outDir: join(dir, 'r3') });
    expect(c.revision).toBe(2);
    expect(c.warnings.join(' ')).toMatch(/báo cáo bổ sung lần 1/);
    const { readFileSync } = await import('node:fs');
    expect(readDocx(readFileSync(c.docx)).paragraphs).toContain('(Báo cáo bổ sung lần 1)');
    const snaps = db.prepare("SELECT revision FROM period_snapshot WHERE period_id = '2026-Y' ORDER BY revision").all();
    expect(snaps).toEqual([{ revision: 1 }, { revision: 2 }]);
  });
});

describe('ad-hoc report (báo cáo đột xuất)', () => {
  it('covers exactly the date range and is titled with its dates', async () => {
    const r = await call('report.export', { period: '2026-05-01..2026-08-31', outDir: join(dir, 'adhoc'), acceptDrafts: true });
    expect(r.docx.endsWith('UBND-BINHLU_2026-05-01_2026-08-31.docx')).toBe(true);
    const { readFileSync } = await import('node:fs');
    const d = readDocx(readFileSync(r.docx));
    expect(d.paragraphs).toContain('Kết quả thực hiện dân chủ ở cơ sở từ ngày 01/5/2026 đến ngày 31/8/2026');
    const titles = (db.prepare("SELECT title FROM activity WHERE date BETWEEN '2026-05-01' AND '2026-08-31'").all() as Array<{ title: string }>).map((x) => x.title);
    const outside = (db.prepare("SELECT title FROM activity WHERE date = (SELECT MIN(date) FROM activity WHERE date > '2026-08-31')").get() as { title: string } | undefined)?.title;
    for (const t of titles) expect(d.paragraphs).toContain(polishText(t));
    if (outside && !titles.includes(outside)) expect(d.paragraphs).not.toContain(outside);
  });
});

describe('text that looks like a formula', () => {
  it('is written as plain text, never as a formula', async () => {
    await call('activity.add', {
      date: '2026-04-10', kind: 'CONG_KHAI', title: '=HYPERLINK("http://x","bấm")', form: 'truc_tiep', sessions: 1, participants: null, basisDoc: '+1', notes: '@SUM(A1)', measures: [],
    });
    const r = await call('report.export', { period: '2026-H1', outDir: join(dir, 'inj') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.xlsx);
    const ws = wb.getWorksheet('Hoạt động')!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(4).value === '=HYPERLINK("http://x","bấm")') {
        found = true;
        expect(row.getCell(4).type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(8).value).toBe('+1');
        expect(row.getCell(9).value).toBe('@SUM(A1)');
      }
    });
    expect(found).toBe(true);
  });
});

describe('blank and "không phát sinh" in the text', () => {
  it('writes "không phát sinh" only where declared and "chưa thống kê" where blank, never 0', async () => {
    const d2 = mkdtempSync(join(tmpdir(), 'dcs-blank-'));
    const db2 = openDatabase(join(d2, 'x.sqlite'));
    try {
      const s2 = createServices(db2, { today: () => '2026-06-20' });
      const c = async <K extends OpName>(op: K, arg: ArgOf<K>) => {
        const r = await dispatch(s2, op, arg);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as ResultOf<K>;
      };
      const unit = await c('unit.defaults', { profileId: 'lao-cai', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' });
      await c('unit.set', { ...unit, code: 'XA-THU' });
      await c('figure.set', { period: '2026-H1', code: 'G3_NHAN', entry: { state: 'none' } });
      await c('figure.set', { period: '2026-H1', code: 'D1_ND', entry: { state: 'none' } });
      const doc = await c('report.preview', { period: '2026-H1' });
      const text = doc.body.filter((b) => b.type === 'para').map((b) => (b.type === 'para' ? b.runs.map((r) => r.text).join('') : ''));
      expect(text).toContain('Trong kỳ, không phát sinh đơn khiếu nại, tố cáo.');
      expect(text).toContain('Trong kỳ, không phát sinh nội dung lấy ý kiến Nhân dân.');
      expect(text).toContain('Kiến nghị, phản ánh: chưa thống kê.');
      expect(text.some((t) => /Tiếp nhận 0 /.test(t))).toBe(false);
      // A blank figure shows as an empty cell in Phụ lục I, a declared one as 0 with its note.
      const rows = doc.appendices[0]!.table.rows;
      const cellText = (c: unknown) => (typeof c === 'string' ? c : (c as { runs: Array<{ text: string }> }).runs.map((r) => r.text).join(''));
      // The appendix names figures by label (no code column in the signed document).
      const row = (code: string) => rows.find((r) => r[1] === figureDef(code)!.label)!;
      expect(rows.some((r) => r.includes('G3_NHAN'))).toBe(false);
      expect(cellText(row('G3_NHAN')[3])).toBe('0');
      expect(row('G3_NHAN')[5]).toBe('Không phát sinh');
      expect(cellText(row('G2_NHAN')[3])).toBe('');
      expect(row('G2_NHAN')[5]).toBe('Chưa thống kê');
    } finally {
      db2.close();
      rmSync(d2, { recursive: true, force: true });
    }
  });
});
