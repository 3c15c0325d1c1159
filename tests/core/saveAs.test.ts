// Saving through the save dialog: the usual name, the folder each kind of export was last saved in
// (kept beside the database, so a new run opens there), cancel, a chosen name, and names refused.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { DEMO_UNIT } from '../../electron/core/demo/demoData';
import { CLI_HOST, createServices, dispatch, type Host } from '../../electron/core/services';
import type { SaveTarget } from '../../shared/ipc/contract';

let dir: string;
let dbPath: string;
let db: Db;
let asked: Array<{ title: string; defaultPath: string }>;
let answers: Array<string | null>;
const host: Host = {
  ...CLI_HOST,
  chooseSaveFile: async (o) => {
    asked.push({ title: o.title, defaultPath: o.defaultPath });
    return answers.shift() ?? null;
  },
};

async function run<T>(op: string, arg: unknown, d: Db = db): Promise<T> {
  const r = await dispatch(createServices(d, { dbPath, host, today: () => '2026-05-10' }), op, arg);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-save-'));
  dbPath = join(dir, 'dcs.sqlite');
  db = openDatabase(dbPath);
  asked = [];
  answers = [];
  await run('unit.set', DEMO_UNIT);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('save dialog for exports', () => {
  it('offers the usual name, remembers the chosen folder per kind across runs, and writes under the chosen name', async () => {
    const chosen = join(dir, 'Bao cao gui huyen');
    mkdirSync(chosen);
    answers.push(join(chosen, 'Bao cao 6 thang.docx'));
    const t = await run<SaveTarget>('app.chooseSaveFile', { kind: 'report', period: '2026-H1', format: 'docx' });
    expect(asked[0]).toEqual({ title: 'Lưu báo cáo', defaultPath: `${DEMO_UNIT.code}_2026-H1.docx` });
    expect(t).toEqual({ dir: chosen, name: 'Bao cao 6 thang', path: join(chosen, 'Bao cao 6 thang.docx') });
    const r = await run<{ docx: string; xlsx: string }>('report.export', { period: '2026-H1', outDir: t.dir, name: t.name, acceptDrafts: true });
    expect(r.docx).toBe(join(chosen, 'Bao cao 6 thang.docx'));
    expect(readdirSync(chosen).sort()).toEqual(['Bao cao 6 thang.docx', 'Bao cao 6 thang.xlsx']);

    // A new run (new connection, new services): the dialog opens in the folder chosen last time.
    db.close();
    db = openDatabase(dbPath);
    expect(await run('app.exportFolders', undefined)).toEqual({ report: chosen });
    expect(await run('app.chooseSaveFile', { kind: 'report', period: '2026-H1', format: 'pdf' })).toBeNull();
    expect(asked[1]).toEqual({ title: 'Lưu báo cáo dạng PDF', defaultPath: join(chosen, `${DEMO_UNIT.code}_2026-H1.pdf`) });
    // Cancelling changed nothing; another kind starts from the last folder until it has its own.
    expect(await run('app.exportFolders', undefined)).toEqual({ report: chosen });
    await run('app.chooseSaveFile', { kind: 'consolidated', period: '2026-H1', format: 'docx' });
    expect(asked[2]!.defaultPath).toMatch(new RegExp(`^${chosen.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.TONG-HOP_.*_2026-H1\\.docx$`));
    expect(asked[2]!.title).toBe('Lưu báo cáo tổng hợp');
  });

  it('refuses a name with a folder in it, and a folder that was not chosen', async () => {
    const bad = await dispatch(createServices(db, { dbPath, host }), 'report.export', { period: '2026-H1', outDir: dir, name: '../ra-ngoai' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toContain('Tên tệp "../ra-ngoai" không dùng được');
    expect(existsSync(join(dir, '..', 'ra-ngoai.docx'))).toBe(false);
    const guarded: Host = { ...host, checkOutDir: () => { throw new Error('not chosen'); }, printToPdf: async () => new Uint8Array([37, 80, 68, 70]) };
    const pdf = await dispatch(createServices(db, { dbPath, host: guarded }), 'app.savePdf', { dir, name: 'x' });
    expect(pdf.ok).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});
