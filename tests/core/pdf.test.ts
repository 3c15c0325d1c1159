// `dcs report --pdf` and `dcs aggregate report --pdf`: the .docx converted by LibreOffice into an
// A4 PDF beside it; without LibreOffice a Vietnamese message and no half-written export.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli/main';
import { openDatabase } from '../../electron/core/db/open';
import { DEMO_UNIT } from '../../electron/core/demo/demoData';
import { findSoffice } from '../../electron/core/reports/pdf';
import { createServices, dispatch } from '../../electron/core/services';

let dir: string;
let dbPath: string;

async function dcs(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main([...args, '--db', dbPath], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { status, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-pdf-'));
  dbPath = join(dir, 'dcs.sqlite');
  const db = openDatabase(dbPath);
  const s = createServices(db, { today: () => '2026-05-10' });
  for (const [op, arg] of [
    ['unit.set', DEMO_UNIT],
    ['aggregate.units.add', { code: 'BL-01', name: 'Trường Mầm non Bình Lư', kind: 'su_nghiep', parent: '' }],
  ] as const) {
    const r = await dispatch(s, op, arg);
    if (!r.ok) throw new Error(r.error.message);
  }
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF from the command line', () => {
  it('says in Vietnamese that LibreOffice is missing, and writes nothing', async () => {
    const saved = process.env.DCS_SOFFICE;
    process.env.DCS_SOFFICE = '';
    try {
      for (const [args, out] of [
        [['report', '--period', '2026-H1'], join(dir, 'khong-co-lo')],
        [['aggregate', 'report', '--period', '2026-H1'], join(dir, 'khong-co-lo-th')],
      ] as const) {
        const r = await dcs([...args, '--out', out, '--pdf']);
        expect(r.status).toBe(1);
        expect(r.err).toContain('chưa cài LibreOffice');
        expect(r.err).toContain('--pdf');
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env.DCS_SOFFICE;
      else process.env.DCS_SOFFICE = saved;
    }
  });

  it.runIf(findSoffice())('writes an A4 PDF beside the .docx of the unit report and of the consolidated report', async () => {
    const out = join(dir, 'bao-cao');
    const r = await dcs(['report', '--period', '2026-H1', '--out', out, '--pdf', '--accept-drafts']);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const pdf = r.out.split('\n').map((l) => l.trim()).find((l) => l.endsWith('.pdf'))!;
    expect(pdf).toBe(join(out, `${DEMO_UNIT.code}_2026-H1.pdf`));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)|Page size:\s+595(\.\d+)? x 842(\.\d+)? pts/);
    const t = await dcs(['aggregate', 'report', '--period', '2026-H1', '--out', out, '--pdf', '--json']);
    expect(t.status).toBe(0);
    const json = JSON.parse(t.out) as { pdf: string };
    expect(json.pdf).toMatch(/TONG-HOP_.*_2026-H1\.pdf$/);
    expect(existsSync(json.pdf)).toBe(true);
  }, 240_000);
});
