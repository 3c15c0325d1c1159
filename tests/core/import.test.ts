import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { previewActivityImport } from '../../electron/core/import/activities';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import type { ActivityInput } from '../../shared/domain/activities';
import type { ImportPreview } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const base: Omit<ActivityInput, 'date' | 'kind' | 'title'> = { form: 'truc_tiep', sessions: 1, participants: null, basisDoc: '', notes: '', measures: [] };

function activities(p: ImportPreview): ActivityInput[] {
  expect(p.errors).toEqual([]);
  expect(p.canImport).toBe(true);
  return p.rows.map((r) => r.activity!);
}

async function workbook(build: (ws: ExcelJS.Worksheet) => void, sheet = 'Hoạt động'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('previewActivityImport: reading the three formats', () => {
  it('CSV in UTF-8 with BOM, quoted cells with commas, doubled quotes and a line break; kinds as code, number, name with and without diacritics', async () => {
    const rows = activities(await previewActivityImport('hoat-dong.csv', fixture('activities-bom.csv'), 'xa'));
    expect(rows).toEqual([
      {
        ...base,
        date: '2026-03-05',
        kind: 'TUYEN_TRUYEN',
        title: 'Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở, năm 2026',
        sessions: 2,
        participants: 1240,
        basisDoc: 'Kế hoạch số 12/KH-UBND',
      },
      { ...base, date: '2026-03-05', kind: 'TUYEN_TRUYEN', title: 'Tuyên truyền trên loa truyền thanh', form: 'truc_tuyen', notes: 'Phát 3 lần/tuần\nvào buổi sáng' },
      { ...base, date: '2026-03-05', kind: 'DOI_THOAI', title: 'Đối thoại với Nhân dân về "đất đai"', form: 'ket_hop', participants: 85 },
      { ...base, date: '2026-03-05', kind: 'TAP_HUAN', title: 'Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân', participants: 30 },
    ]);
  });

  it('the same CSV without the BOM reads the same', async () => {
    const withBom = fixture('activities-bom.csv');
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const a = await previewActivityImport('a.csv', withBom, 'xa');
    const b = await previewActivityImport('a.csv', withBom.subarray(3), 'xa');
    expect(activities(b)).toEqual(activities(a));
    expect(b.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it("CSV with ';' as delimiter (Vietnamese Windows), the full kind name with and without diacritics", async () => {
    const rows = activities(await previewActivityImport('hoat-dong.csv', fixture('activities-semicolon.csv'), 'xa'));
    expect(rows).toEqual([
      { ...base, date: '2026-01-12', kind: 'TUYEN_TRUYEN', title: 'Hội nghị quán triệt Nghị quyết', participants: 2500 },
      { ...base, date: '2026-01-20', kind: 'TUYEN_TRUYEN', title: 'Tuyên truyền, phổ biến; giáo dục pháp luật', sessions: 3, participants: 120 },
      {
        ...base,
        date: '2026-02-03',
        kind: 'CONG_KHAI',
        title: 'Công khai dự toán ngân sách',
        basisDoc: 'Quyết định số 5/QĐ-UBND',
        notes: 'Niêm yết tại trụ sở;\nnhà văn hóa thôn',
      },
    ]);
  });

  it('reads dates written 05/03/2026, 5/3/2026 and 2026-03-05 as 5 March 2026, and "1.240" as 1240', async () => {
    const csv = 'Ngày,Loại,Tên hoạt động,Số lượt người\n05/03/2026,1,Ban hành kế hoạch,"1.240"\n5/3/2026,1,Ban hành kế hoạch,1240\n2026-03-05,1,Ban hành kế hoạch,"1 240"\n';
    const rows = activities(await previewActivityImport('a.csv', utf8(csv), 'xa'));
    expect(rows.map((r) => [r.date, r.kind, r.participants])).toEqual([
      ['2026-03-05', 'LANH_DAO', 1240],
      ['2026-03-05', 'LANH_DAO', 1240],
      ['2026-03-05', 'LANH_DAO', 1240],
    ]);
  });

  it('.xlsx with a real date cell, an Excel serial number date and a text date', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Ngày', 'Loại hoạt động', 'Tên hoạt động', 'Số buổi', 'Số lượt người']);
      ws.addRow([new Date(Date.UTC(2026, 2, 5)), 'Tuyên truyền', 'Hội nghị tuyên truyền pháp luật', 2, 1240]);
      // 46086 = 01/01/2026 (46023) + 31 + 28 + 4 days.
      ws.addRow([46086, 'DOI_THOAI', 'Đối thoại với Nhân dân', 1, '1.240']);
      ws.addRow(['5/3/2026', 9, 'Giám sát công trình đường thôn', 1, null]);
    });
    const p = await previewActivityImport('hoat-dong.xlsx', bytes, 'xa');
    expect(activities(p)).toEqual([
      { ...base, date: '2026-03-05', kind: 'TUYEN_TRUYEN', title: 'Hội nghị tuyên truyền pháp luật', sessions: 2, participants: 1240 },
      { ...base, date: '2026-03-05', kind: 'DOI_THOAI', title: 'Đối thoại với Nhân dân', participants: 1240 },
      { ...base, date: '2026-03-05', kind: 'GIAM_SAT', title: 'Giám sát công trình đường thôn' },
    ]);
    expect(p.rows.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('.xlsx errors name the file, the sheet, the row and the cell', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Ngày', 'Loại hoạt động', 'Tên hoạt động']);
      ws.addRow(['05/03/2026', 'TUYEN_TRUYEN', 'Hội nghị tuyên truyền']);
      ws.addRow(['05/03/2026', 'Văn nghệ', 'Liên hoan văn nghệ']);
    });
    const p = await previewActivityImport('so-lieu.xlsx', bytes, 'xa');
    expect(p.canImport).toBe(false);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toContain('so-lieu.xlsx');
    expect(p.errors[0]).toContain('trang "Hoạt động"');
    expect(p.errors[0]).toContain('dòng 3');
    expect(p.errors[0]).toContain('ô B3');
    expect(p.errors[0]).toContain('"Văn nghệ"');
  });

  it('.json: a list of objects with Vietnamese keys', async () => {
    const rows = activities(await previewActivityImport('hoat-dong.json', fixture('activities.json'), 'xa'));
    expect(rows).toEqual([
      { ...base, date: '2026-03-05', kind: 'CONG_KHAI', title: 'Công khai dự toán ngân sách xã', participants: 1240 },
      { ...base, date: '2026-04-02', kind: 'LAY_Y_KIEN', title: 'Lấy ý kiến Nhân dân về quy hoạch', form: 'truc_tuyen', notes: 'Qua Cổng thông tin điện tử' },
    ]);
  });
});

describe('previewActivityImport: what is refused, and how it is explained', () => {
  it('3 good rows and 2 bad ones: cannot import, and each error names the file, the line and the cell', async () => {
    const p = await previewActivityImport('activities-3good-2bad.csv', fixture('activities-3good-2bad.csv'), 'xa');
    expect(p.canImport).toBe(false);
    expect(p.errors).toHaveLength(2);
    const [dateErr, kindErr] = p.errors as [string, string];
    expect(dateErr).toContain('activities-3good-2bad.csv');
    expect(dateErr).toContain('dòng 3');
    expect(dateErr).toContain('ô A3');
    expect(dateErr).toContain('31/02/2026');
    expect(kindErr).toContain('dòng 5');
    expect(kindErr).toContain('ô B5');
    expect(kindErr).toContain('Văn nghệ');
    expect(p.rows.filter((r) => r.errors.length === 0).map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it('an empty spreadsheet row in a CSV does not shift the line numbers of the rows below it', async () => {
    // Row 1 header, row 2 good, row 3 empty (",,"), row 4: 13th month. Excel and a text editor both call it row/line 4.
    const p = await previewActivityImport('blank-row.csv', fixture('activities-blank-row.csv'), 'xa');
    expect(p.canImport).toBe(false);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toContain('05/13/2026');
    expect(p.errors[0]).toContain('dòng 4');
    expect(p.errors[0]).toContain('ô A4');
  });

  it('a missing required column is named', async () => {
    const p = await previewActivityImport('thieu-cot.csv', fixture('activities-no-title.csv'), 'xa');
    expect(p.canImport).toBe(false);
    expect(p.rows).toEqual([]);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toContain('thieu-cot.csv');
    expect(p.errors[0]).toContain('thiếu cột "Tên hoạt động"');
  });

  it('a CSV saved by old Excel in Windows-1258 is read, put in NFC, and the clerk is told', async () => {
    // "Ngày,Loại hoạt động,Tên hoạt động" / "05/03/2026,2,Tuyên truyền" with 1258's combining marks.
    const bytes = Buffer.from('4e67e0792c4c6f61f26920686f61f27420f0f4f26e672c54ea6e20686f61f27420f0f4f26e670d0a30352f30332f323032362c322c547579ea6e2074727579eacc6e0d0a', 'hex');
    const p = await previewActivityImport('cu.csv', bytes, 'xa');
    expect(p.errors).toEqual([]);
    expect(p.canImport).toBe(true);
    expect(p.rows[0]!.activity!.title).toBe('Tuyên truyền'.normalize('NFC'));
    expect(p.rows[0]!.activity!.title).toBe(p.rows[0]!.activity!.title.normalize('NFC'));
    expect(p.warnings.join(' ')).toMatch(/cu\.csv.*Windows-1258/);
  });

  it('a CSV in neither UTF-8 nor Windows-1258 gets a clear Vietnamese message', async () => {
    const p = await previewActivityImport('cu.csv', Uint8Array.from([0x4e, 0x67, 0x81, 0x8d, 0x79]), 'xa');
    expect(p.canImport).toBe(false);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toContain('cu.csv');
    expect(p.errors[0]).toContain('không ở mã UTF-8');
    expect(p.errors[0]).toContain('CSV UTF-8');
  });

  it('a file named .xlsx that is not a workbook gets a clear message', async () => {
    const p = await previewActivityImport('hoat-dong.xlsx', fixture('not-a-workbook.xlsx'), 'xa');
    expect(p.canImport).toBe(false);
    expect(p.errors).toEqual([expect.stringContaining('không phải tệp .xlsx')]);
    expect(p.errors[0]).toContain('hoat-dong.xlsx');
  });

  it('an unsupported extension gets a clear message listing what is accepted', async () => {
    for (const name of ['hoat-dong.pdf', 'hoat-dong.xls', 'hoat-dong']) {
      const p = await previewActivityImport(name, utf8('Ngày,Loại,Tên\n05/03/2026,1,Ban hành kế hoạch\n'), 'xa');
      expect(p.canImport, name).toBe(false);
      expect(p.errors).toHaveLength(1);
      expect(p.errors[0]).toContain(name);
      expect(p.errors[0]).toContain('.xlsx, .csv hoặc .json');
    }
  });

  it('a header without any data row cannot be imported', async () => {
    const p = await previewActivityImport('rong.csv', utf8('Ngày,Loại hoạt động,Tên hoạt động\n'), 'xa');
    expect(p.canImport).toBe(false);
    expect(p.errors[0]).toContain('không có dòng dữ liệu');
  });

  it('a JSON file that is not a list, or not JSON at all, is refused with a message', async () => {
    const obj = await previewActivityImport('a.json', utf8('{"Ngày":"05/03/2026"}'), 'xa');
    expect(obj.canImport).toBe(false);
    expect(obj.errors[0]).toContain('danh sách');
    const broken = await previewActivityImport('a.json', utf8('[{"Ngày": '), 'xa');
    expect(broken.canImport).toBe(false);
    expect(broken.errors[0]).toContain('không phải JSON hợp lệ');
  });

  it('a kind that does not apply to the unit (Hương ước for a cơ quan) is refused at its cell', async () => {
    const csv = 'Ngày,Loại hoạt động,Tên hoạt động\n05/03/2026,HUONG_UOC,Rà soát hương ước\n';
    expect((await previewActivityImport('a.csv', utf8(csv), 'xa')).canImport).toBe(true);
    const p = await previewActivityImport('a.csv', utf8(csv), 'co_quan');
    expect(p.canImport).toBe(false);
    expect(p.errors[0]).toContain('ô B2');
    expect(p.errors[0]).toContain('không áp dụng');
  });
});

describe("'activity.import' through dispatch: all or nothing", () => {
  let dir: string;
  let db: Db;
  let services: Services;
  const call = (op: string, arg?: unknown): Promise<Result<any>> => dispatch(services, op, arg);
  const file = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });
  const activityCount = (): number => (db.prepare('SELECT COUNT(*) AS n FROM activity').get() as { n: number }).n;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dcs-import-'));
    db = openDatabase(join(dir, 'dcs.sqlite'));
    services = createServices(db, { today: () => '2026-05-04' });
    const d = await call('unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' });
    if (!d.ok) throw new Error(d.error.message);
    expect((await call('unit.set', { ...d.value, code: 'BL' })).ok).toBe(true);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a good file is stored in full, row for row', async () => {
    const r = await call('activity.import', file('hoat-dong.csv', fixture('activities-bom.csv')));
    expect(r).toEqual({ ok: true, value: { added: 4, skipped: 0 } });
    expect(db.prepare('SELECT date, kind, title, form, sessions, participants FROM activity ORDER BY id').all()).toEqual([
      { date: '2026-03-05', kind: 'TUYEN_TRUYEN', title: 'Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở, năm 2026', form: 'truc_tiep', sessions: 2, participants: 1240 },
      { date: '2026-03-05', kind: 'TUYEN_TRUYEN', title: 'Tuyên truyền trên loa truyền thanh', form: 'truc_tuyen', sessions: 1, participants: null },
      { date: '2026-03-05', kind: 'DOI_THOAI', title: 'Đối thoại với Nhân dân về "đất đai"', form: 'ket_hop', sessions: 1, participants: 85 },
      { date: '2026-03-05', kind: 'TAP_HUAN', title: 'Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân', form: 'truc_tiep', sessions: 1, participants: 30 },
    ]);
  });

  it('a .xlsx file is stored through dispatch too', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Ngày thực hiện', 'Loại', 'Nội dung', 'Số buổi']);
      ws.addRow([new Date(Date.UTC(2026, 0, 9)), 5, 'Họp thôn bàn làm đường', 4]);
    });
    expect(await call('activity.import', file('a.xlsx', bytes))).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    expect(db.prepare('SELECT date, kind, sessions FROM activity').all()).toEqual([{ date: '2026-01-09', kind: 'DAN_CHU_TRUC_TIEP', sessions: 4 }]);
  });

  it('3 good rows and 2 bad ones: IMPORT_REJECTED, the details name the lines and cells, and nothing is stored', async () => {
    await call('activity.add', { ...base, date: '2026-01-05', kind: 'LANH_DAO', title: 'Kế hoạch thực hiện dân chủ năm 2026' });
    expect(activityCount()).toBe(1);
    const r = await call('activity.import', file('activities-3good-2bad.csv', fixture('activities-3good-2bad.csv')));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPORT_REJECTED');
    expect(r.error.message).toContain('activities-3good-2bad.csv');
    expect(r.error.message).toMatch(VIETNAMESE);
    expect(r.error.details).toHaveLength(2);
    expect(r.error.details![0]).toContain('ô A3');
    expect(r.error.details![1]).toContain('ô B5');
    expect(activityCount()).toBe(1);
  });

  it('a file that cannot be read is rejected with its message and stores nothing', async () => {
    for (const [name, bytes, words] of [
      ['cu.csv', Uint8Array.from([0x4e, 0x67, 0x81, 0x8d, 0x79]), 'UTF-8'],
      ['hoat-dong.xlsx', fixture('not-a-workbook.xlsx'), 'không phải tệp .xlsx'],
      ['hoat-dong.docx', utf8('x'), '.xlsx, .csv hoặc .json'],
    ] as const) {
      const r = await call('activity.import', file(name, bytes));
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('IMPORT_REJECTED');
      expect(r.error.details?.join(' ')).toContain(words);
    }
    expect(activityCount()).toBe(0);
  });

  it("'activity.importPreview' shows the rows without storing anything", async () => {
    const r = await call('activity.importPreview', file('hoat-dong.json', fixture('activities.json')));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.rows.length).toBe(2);
    expect(r.ok && r.value.canImport).toBe(true);
    expect(activityCount()).toBe(0);
  });
});
