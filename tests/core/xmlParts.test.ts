// Every XML part of every file the app writes is well-formed XML 1.0, checked with a strict parser,
// even when the text it carries holds characters XML forbids: Word's manual line break (U+000B)
// pasted into a title, NUL, form feed, U+0001, a lone surrogate, U+FFFF. One such character in
// word/document.xml and neither Word nor LibreOffice opens the report.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, type Services } from '../../electron/core/services';
import { call } from '../aggregate/helpers';
import { unitWorkbook } from '../aggregate/inbox';

const BAD = ['\u000B', '\u0000', '\u000C', '\u0001', '\u001F', '\uD800', '\uDC00', '\uFFFE', '\uFFFF'];
const dirty = (s: string): string => BAD.map((c, i) => `${s.slice(0, 3 + i)}${c}`).join('') + s;

let dir: string;
let db: Db;
let s: Services;
const files: string[] = [];

/** The parser's complaints about one part; empty when it is well-formed. */
function problems(xml: string): string[] {
  const out: string[] = [];
  const p = new SaxesParser({ xmlns: false });
  p.on('error', (e) => out.push(e.message));
  p.write(xml).close();
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-xml-'));
  db = openDatabase(join(dir, 'dcs.sqlite'));
  s = createServices(db, { dbPath: join(dir, 'dcs.sqlite'), today: () => '2026-05-04' });
  const unit = await call(s, 'unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' });
  await call(s, 'unit.set', { ...unit, code: 'BL', signer: { ...unit.signer, name: dirty('Nguyễn Văn A') } });
  for (let i = 0; i < 3; i++) {
    await call(s, 'activity.add', {
      date: `2026-03-0${i + 1}`,
      kind: 'TUYEN_TRUYEN',
      title: dirty(`Hội nghị tuyên truyền số ${i + 1}`),
      form: 'truc_tiep',
      sessions: 1,
      participants: 40,
      basisDoc: dirty('Kế hoạch số 12/KH-UBND'),
      notes: dirty('Ghi chú dán từ Word'),
      measures: [],
    });
  }
  await call(s, 'text.set', { period: '2026-H1', key: 'uu_diem', text: dirty('Ưu điểm dán từ Word, dòng một\u000Bdòng hai') });
  const out = join(dir, 'out');
  const report = await call(s, 'report.export', { period: '2026-H1', outDir: out, acceptDrafts: true });
  files.push(report.docx, report.xlsx);
  files.push((await call(s, 'report.template', { period: '2026-H1', kind: 'xa', profileId: 'lai-chau', outFile: join(out, 'mau.xlsx') })).path);

  // The aggregator side: unit names typed with the same characters, and a received workbook.
  const units = [
    { code: 'TH-01', name: dirty('Trường Tiểu học Bình Lư'), kind: 'su_nghiep' as const, parent: '' },
    { code: 'TH-02', name: dirty('Trạm Y tế xã'), kind: 'su_nghiep' as const, parent: '' },
  ];
  for (const u of units) await call(s, 'aggregate.units.add', u);
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'TH-01.xlsx'), await unitWorkbook(units[0]!, { A1: 2, A3_HN: 1 }));
  await call(s, 'aggregate.import', { period: '2026-H1', paths: [inbox] });
  const agg = await call(s, 'aggregate.report', { period: '2026-H1', outDir: join(dir, 'agg') });
  for (const f of [agg.docx, agg.xlsx]) if (f) files.push(f);
  const remind = await call(s, 'aggregate.remind', { period: '2026-H1', outDir: join(dir, 'agg') });
  if (remind.docx) files.push(remind.docx);
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('XML parts of generated files', () => {
  it('writes the unit report, template, consolidated report, workbook and reminder', () => {
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(3);
    expect(readdirSync(join(dir, 'out')).length).toBeGreaterThanOrEqual(3);
  });

  it('every XML part of every file parses with a strict XML 1.0 parser', () => {
    let parts = 0;
    for (const f of files) {
      for (const [name, data] of Object.entries(unzipSync(readFileSync(f)))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        parts++;
        expect({ file: f.split(/[\\/]/).pop(), part: name, problems: problems(strFromU8(data)) }).toEqual({ file: f.split(/[\\/]/).pop(), part: name, problems: [] });
      }
    }
    expect(parts).toBeGreaterThan(20);
  });

  it('keeps the text around the dropped characters', () => {
    const doc = strFromU8(unzipSync(readFileSync(files[0]!))['word/document.xml']!);
    expect(doc).toContain('Hội nghị tuyên truyền số 1');
    expect(doc).toContain('dòng mộtdòng hai');
    const agg = strFromU8(unzipSync(readFileSync(files[3]!))['word/document.xml']!);
    expect(agg).toContain('Trạm Y tế xã');
  });
});
