// A clerk's list of activities in .xlsx is read by the budgeted sheet reader on a worker thread:
// what Excel shows is what is imported (shared strings, rich text, merged cells, dates with a
// time, a hidden first sheet skipped), 20,000 rows come through whole while the calling thread
// keeps running, and a read that takes too long or breaks the worker ends in the clerk's sentence.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewActivityImport } from '../../electron/core/import/activities';
import { readActivityTableOffThread } from '../../electron/core/import/readOffThread';
import type { ImportPreview } from '../../shared/ipc/contract';

const ROOT = resolve(__dirname, '..', '..');
const HEADER = ['Ngày', 'Loại hoạt động', 'Tên hoạt động', 'Hình thức', 'Số buổi', 'Số lượt người'];
const dir = mkdtempSync(join(tmpdir(), 'dcs-activity-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function ok(p: ImportPreview): ImportPreview {
  expect(p.errors).toEqual([]);
  expect(p.canImport).toBe(true);
  return p;
}

describe('reading an activity list from .xlsx', () => {
  it('imports what Excel shows: rich text, formulas by their value, merged cells, a date with a time, extra columns ignored', async () => {
    const bytes = await workbook((wb) => {
      const hidden = wb.addWorksheet('Ghi chú ẩn');
      hidden.state = 'hidden';
      hidden.addRow(['Không phải danh sách']);
      const ws = wb.addWorksheet('Hoạt động');
      ws.addRow([...HEADER, ...Array.from({ length: 40 }, (_, i) => `Cột thêm ${i + 1}`)]);
      ws.addRow(['05/03/2026', 'Tuyên truyền', { richText: [{ text: 'Hội nghị ' }, { text: 'tuyên truyền', font: { bold: true } }] }, 'Trực tiếp', { formula: '1+1', result: 2 }, 1240]);
      // 46086.75 is 05/03/2026 at 18:00: the day stays the 5th.
      ws.addRow([46086.75, 'DOI_THOAI', 'Đối thoại', 'Trực tuyến', 1, '1.240']);
      ws.addRow([null, null, 'Đối thoại, buổi hai', 'Trực tuyến', 1, 30]);
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
      // A row whose contents were cleared, still formatted: not an activity, and line numbers hold.
      ws.getRow(5).getCell(1).style = { font: { bold: true } };
      ws.addRow(['06/03/2026', 9, 'Giám sát', 'Kết hợp', 1, 12]);
    });
    const p = ok(await previewActivityImport('hoat-dong.xlsx', bytes, 'xa'));
    expect(p.rows.map((r) => [r.line, r.activity?.date, r.activity?.kind, r.activity?.title, r.activity?.sessions, r.activity?.participants])).toEqual([
      [2, '2026-03-05', 'TUYEN_TRUYEN', 'Hội nghị tuyên truyền', 2, 1240],
      [3, '2026-03-05', 'DOI_THOAI', 'Đối thoại', 1, 1240],
      [4, '2026-03-05', 'DOI_THOAI', 'Đối thoại, buổi hai', 1, 30],
      [6, '2026-03-06', 'GIAM_SAT', 'Giám sát', 1, 12],
    ]);
  });

  it('20,000 activities come through whole, read on a worker while the calling thread keeps running', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Hoạt động');
      ws.addRow(HEADER);
      for (let i = 0; i < 20_000; i++) ws.addRow([`${String((i % 28) + 1).padStart(2, '0')}/03/2026`, (i % 14) + 1, `Hoạt động số ${i + 1}`, 'Trực tiếp', 1, i + 1]);
    });
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const p = await previewActivityImport('ca-nam.xlsx', bytes);
    running = false;
    expect(p.rows).toHaveLength(20_000);
    expect(p.rows.at(-1)).toMatchObject({ line: 20_001, activity: { title: 'Hoạt động số 20000', participants: 20_000 } });
    // Read on the calling thread, nothing else would have run until the preview was done.
    expect(ticks, 'the calling thread ran while the file was read').toBeGreaterThan(0);
  }, 120_000);

  it('a read that does not end in time is stopped, with a sentence naming the file', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('Hoạt động').addRow(HEADER));
    const r = await readActivityTableOffThread('danh-sach.xlsx', bytes, { timeoutMs: 1 });
    expect(r).toEqual({ ok: false, warnings: [], message: expect.stringContaining('Tệp danh-sach.xlsx: đọc quá 0,001 giây mà chưa xong') });
    if (!r.ok) expect(r.message).toContain('chép danh sách hoạt động sang một sổ tính mới');
  });

  it('a file over 30 MB is refused before it is parsed, whatever its format', async () => {
    const big = new Uint8Array(31 * 1024 * 1024).fill(0x41);
    for (const name of ['ca-nam.csv', 'ca-nam.json', 'ca-nam.xlsx']) {
      const p = await previewActivityImport(name, big);
      expect(p.errors).toEqual([`Tệp ${name} quá lớn (31 MB). Hãy chia nhỏ danh sách hoạt động.`]);
    }
  });

  it('a count stored as "0x10" is refused at its sheet and cell, not read as 16', async () => {
    const p = await previewActivityImport('hex-number.xlsx', new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/hostile/activities/hex-number.xlsx'))), 'xa');
    expect(p.errors).toEqual(['Tệp hex-number.xlsx, trang "Hoạt động", ô F2: giá trị "0x10" được lưu như một số nhưng không phải số thập phân (có thể tệp do chương trình khác tạo ra). Hãy gõ lại ô này bằng số rồi lưu lại.']);
  });

  it('dcs activity import of a hostile list prints the sentence and stores nothing', () => {
    const db = join(dir, 'cli.sqlite');
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/dcs.mjs', ...args, '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run('init', '--profile', 'lai-chau', '--kind', 'xa', '--code', 'BL', '--name', 'Ủy ban nhân dân xã Bình Lư').status).toBe(0);
    const file = join(dir, 'lap-lai.xlsx');
    writeFileSync(file, readFileSync(join(ROOT, 'tests/fixtures/hostile/activities/h-repeated-row.xlsx')));
    const r = run('activity', 'import', file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Tệp lap-lai.xlsx, trang "Hoạt động": có quá nhiều dữ liệu (hơn 100.000 dòng)');
    expect(run('activity', 'list', '--period', '2026-Y').stdout).toContain('Không có hoạt động nào');
  }, 120_000);
});
