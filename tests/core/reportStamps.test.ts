// Every file the app makes says when it was made by the app's clock, never the machine's: the
// .docx and .xlsx properties (File > Info in Word and Excel), the exchange workbook's _meta stamp
// the aggregator reads, and the "số liệu chốt ngày …" a supplementary report prints, as the date in
// Viet Nam (05:30 on 5 May local is still 4 May in UTC).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, type Services } from '../../electron/core/services';
import { readExchangeWorkbook } from '../../electron/core/reports/xlsx/exchangeReader';
import { fixedClock } from '../../shared/time/clock';
import { call } from '../aggregate/helpers';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';

/** 05:30 on 5 May 2026 in Viet Nam. */
const FIRST = '2026-05-04T22:30:00Z';
const SECOND = '2026-06-10T01:00:00Z';

let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-stamps-'));
  db = openDatabase(join(dir, 'dcs.sqlite'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const services = (iso: string): Services => createServices(db, { dbPath: join(dir, 'dcs.sqlite'), clock: fixedClock(iso) });

function parts(file: string): Record<string, string> {
  const files = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
}

function stamps(file: string): { created: string | undefined; modified: string | undefined } {
  const core = parts(file)['docProps/core.xml'] ?? '';
  return { created: /<dcterms:created[^>]*>([^<]*)</.exec(core)?.[1], modified: /<dcterms:modified[^>]*>([^<]*)</.exec(core)?.[1] };
}

describe('the time a report says it was made', () => {
  it('a unit report: both files, the workbook’s stamp for the aggregator, and the frozen date the next revision prints', async () => {
    const s = services(FIRST);
    const unit = await call(s, 'unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' });
    await call(s, 'unit.set', { ...unit, code: 'BL' });
    await call(s, 'activity.add', { date: '2026-03-01', kind: 'TUYEN_TRUYEN', title: 'Hội nghị tuyên truyền', form: 'truc_tiep', sessions: 1, participants: 40, basisDoc: '', notes: '', measures: [] });
    const out = join(dir, 'bao-cao');
    const first = await call(s, 'report.export', { period: '2026-H1', outDir: out, acceptDrafts: true });
    expect(stamps(first.docx)).toEqual({ created: FIRST, modified: FIRST });
    expect(stamps(first.xlsx)).toEqual({ created: FIRST, modified: FIRST });
    expect(readExchangeWorkbook(readFileSync(first.xlsx), 'BL_2026-H1.xlsx').meta?.generatedAt).toBe('2026-05-04T22:30:00.000Z');

    const later = services(SECOND);
    await call(later, 'activity.add', { date: '2026-04-01', kind: 'TUYEN_TRUYEN', title: 'Hội nghị thứ hai', form: 'truc_tiep', sessions: 1, participants: 25, basisDoc: '', notes: '', measures: [] });
    const second = await call(later, 'report.export', { period: '2026-H1', outDir: out, acceptDrafts: true });
    expect(second.revision).toBe(2);
    expect(stamps(second.docx).created).toBe(SECOND);
    const text = parts(second.docx)['word/document.xml']!.replace(/<[^>]+>/g, '');
    expect(text).toContain('Báo cáo này bổ sung, thay thế báo cáo lần 1 (số liệu chốt ngày 05/5/2026)');
  });

  it('the consolidated report, its workbook and the reminder letter', async () => {
    const s = services(FIRST);
    const units = makeUnits(3, 7);
    for (const { code, name, kind, parent } of units) await call(s, 'aggregate.units.add', { code, name, kind, parent });
    const inbox = join(dir, 'hop-thu');
    mkdirSync(inbox, { recursive: true });
    for (const u of units.slice(0, 2)) writeFileSync(join(inbox, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values));
    await call(s, 'aggregate.import', { period: '2026-H1', paths: [inbox] });
    const out = join(dir, 'tong-hop');
    const report = await call(s, 'aggregate.report', { period: '2026-H1', outDir: out });
    expect(stamps(report.docx)).toEqual({ created: FIRST, modified: FIRST });
    expect(stamps(report.xlsx!)).toEqual({ created: FIRST, modified: FIRST });
    expect(readExchangeWorkbook(readFileSync(report.xlsx!), 'TONG-HOP.xlsx').meta?.generatedAt).toBe('2026-05-04T22:30:00.000Z');
    const letter = await call(s, 'aggregate.remind', { period: '2026-H1', outDir: out });
    expect(stamps(letter.docx)).toEqual({ created: FIRST, modified: FIRST });
  });
});
