// The import inbox end to end, driven by the generated inbox: every file's outcome, the totals
// against sums computed from the generator's own numbers, statuses, history, attachments, and
// proof that a refused file changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateStatus, ImportReport } from '../../shared/aggregate/api';
import { UNIT_KINDS } from '../../shared/domain/units';
import { roundPercent } from '../../shared/format/vi';
import { importFiles } from '../../electron/core/aggregate/importer';
import { submissionValues } from '../../electron/core/aggregate/repo';
import type { Db } from '../../electron/core/db/open';
import type { Services } from '../../electron/core/services';
import { aggregatorDb, call, dump, fail, sameDump } from './helpers';
import { DEADLINE, expectedTotals, generateInbox, LATE, ON_TIME, PERIOD, type Inbox } from './inbox';

let root: string;
let inbox: Inbox;
let db: Db;
let s: Services;
let first: ImportReport;
let second: ImportReport;
let status: AggregateStatus;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dcs-agg-import-'));
  inbox = await generateInbox(join(root, 'inbox'));
  ({ db, s } = await aggregatorDb(inbox.units, inbox));
  first = await call(s, 'aggregate.import', { period: PERIOD, paths: [inbox.batch1], receivedAt: ON_TIME });
  // The board is read between the two drops, as an officer does: the values it keeps from that read
  // (repo.currentValues) must give way to the reports the second drop replaces.
  const between = await call(s, 'aggregate.status', { period: PERIOD });
  expect(between.counts.submitted).toBeGreaterThan(0);
  second = await call(s, 'aggregate.import', { period: PERIOD, paths: [inbox.batch2], receivedAt: LATE });
  status = await call(s, 'aggregate.status', { period: PERIOD });
});

afterAll(() => {
  db?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the inbox generator', () => {
  it('covers every kind of unit, on time, late, missing, resubmitted, duplicated, hand-filled, edited, and at least 20 kinds of broken files', () => {
    expect(new Set(inbox.units.map((u) => u.kind))).toEqual(new Set(UNIT_KINDS));
    const labels = inbox.files.map((f) => f.label);
    for (const l of ['late report', 'resubmission replaces the earlier one', 'exact duplicate', 'hand-filled template', 'edited after export']) expect(labels).toContain(l);
    expect(inbox.missing.length).toBeGreaterThanOrEqual(2);
    const brokenKinds = new Set(inbox.files.filter((f) => f.outcome === 'rejected').map((f) => f.label));
    expect(brokenKinds.size).toBeGreaterThanOrEqual(20);
  });
});

describe('importing the inbox', () => {
  it('reports one outcome per file, each as the generator expects, with the reason named', () => {
    const outcomes = new Map([...first.files, ...second.files].map((f) => [f.path, f]));
    for (const f of inbox.files) {
      const got = outcomes.get(f.path);
      expect(got, `${basename(f.path)} (${f.label})`).toBeDefined();
      expect({ file: basename(f.path), outcome: got!.outcome }).toEqual({ file: basename(f.path), outcome: f.outcome });
      if (f.unit) expect(got!.unitCode, f.label).toBe(f.unit);
      if (f.why) expect(got!.messages.join(' '), f.label).toContain(f.why);
      // Every message names the file it is about.
      if (f.outcome === 'rejected') expect(got!.messages.join(' ')).toContain(basename(f.path));
    }
    expect(first.files.length + second.files.length).toBe(inbox.files.length);
  });

  it('says where in the workbook a bad value is: sheet and cell', () => {
    const bad = first.files.find((f) => f.fileName === '19-text-in-number.xlsx')!;
    expect(bad.messages[0]).toMatch(/trang "Biểu số liệu", ô E\d+ \(mã L1_KT/);
    expect(bad.messages[0]).toContain('Hãy');
  });

  it('names the unit a refused workbook gives when it is not on the list, so it can be mapped', () => {
    const unknown = first.files.find((f) => f.fileName === '18-unknown-unit.xlsx')!;
    expect(unknown.unknownUnit).toEqual({ code: 'LA-001', name: 'Đơn vị lạ' });
    expect(first.files.find((f) => f.fileName === '19-text-in-number.xlsx')!.unknownUnit).toBeUndefined();
  });

  it('counts on time, late and missing against the deadline', () => {
    expect(status.period.deadline).toBe(DEADLINE);
    const byCode = new Map(status.units.map((u) => [u.code, u]));
    for (const u of inbox.units.filter((x) => !inbox.removed.includes(x.code))) {
      const row = byCode.get(u.code)!;
      const received = inbox.received.get(u.code);
      expect(row.status, u.code).toBe(!received ? 'missing' : received > DEADLINE ? 'late' : 'on_time');
      expect(row.receivedAt).toBe(received ?? null);
    }
    expect(status.counts).toMatchObject({ expected: inbox.units.length - inbox.removed.length, submitted: inbox.final.size, missing: inbox.missing.length });
    expect(status.counts.late).toBe([...inbox.received.values()].filter((d) => d > DEADLINE).length);
  });

  it('keeps a resubmission and the report it replaced, judging timeliness on the first one', async () => {
    const replaced = second.files.find((f) => f.outcome === 'replaced')!;
    const detail = await call(s, 'aggregate.unitFigures', { period: PERIOD, unitCode: replaced.unitCode! });
    expect(detail.history).toHaveLength(2);
    expect(detail.history[0]!.current).toBe(true);
    expect(detail.history[0]!.revision).toBe(2);
    expect(detail.history[1]!.current).toBe(false);
    // First sent on time, corrected after the deadline: still on time.
    expect(status.units.find((u) => u.code === replaced.unitCode)!.status).toBe('on_time');
    expect(detail.figures.find((f) => f.code === 'A1')!.value).toBe(55);
  });

  it('keeps the signed .docx/.pdf with the submission and can hand a copy back', async () => {
    const withAtt = status.units.filter((u) => u.attachments.length > 0);
    expect(withAtt.length).toBeGreaterThan(5);
    const pdf = status.units.flatMap((u) => u.attachments).find((a) => a.kind === 'pdf')!;
    const copy = await call(s, 'aggregate.fileCopy', { attachmentId: pdf.id });
    expect(basename(copy.path)).toBe(pdf.fileName);
    rmSync(dirname(copy.path), { recursive: true, force: true });
  });

  it('flags hand-filled and edited workbooks on the board', () => {
    for (const code of inbox.template) expect(status.units.find((u) => u.code === code)!.template).toBe(true);
    for (const code of inbox.edited) expect(status.units.find((u) => u.code === code)!.edited).toBe(true);
  });

  it('keeps blank and "không phát sinh" apart for each unit', async () => {
    for (const [code, values] of inbox.final) {
      const d = await call(s, 'aggregate.unitFigures', { period: PERIOD, unitCode: code });
      for (const f of d.figures.filter((x) => !x.computed)) {
        const v = values[f.code];
        const want = v === null || v === undefined ? 'blank' : v === 'none' ? 'none' : 'value';
        expect({ code, fig: f.code, state: f.state }).toEqual({ code, fig: f.code, state: want });
        if (want === 'value') expect(f.value).toBe(v);
      }
    }
  });
});

describe('totals, checked against sums computed from the generator’s numbers', () => {
  const close = (a: number | null, b: number | null): void => {
    if (a === null || b === null) expect(a).toBe(b);
    else expect(a).toBeCloseTo(b, 6);
  };

  it('sums every figure for the whole: "không phát sinh" counts as 0, blank is counted as unknown', () => {
    const want = expectedTotals(inbox.units, inbox.final);
    for (const t of status.totals) {
      const w = want.get(t.code)!;
      close(t.total, w.total);
      expect({ code: t.code, reported: t.reported, none: t.none, blank: t.blank }).toEqual({ code: t.code, reported: w.reported, none: w.none, blank: w.blank });
    }
  });

  it('sums by kind of unit', () => {
    for (const k of status.byKind) {
      const want = expectedTotals(inbox.units, inbox.final, k.kind);
      for (const t of k.figures) {
        close(t.total, want.get(t.code)!.total);
        expect(t.blank, `${k.kind} ${t.code}`).toBe(want.get(t.code)!.blank);
      }
    }
  });

  it('computes rates from summed parts, never above 100%, never as an average of rates', () => {
    for (const t of status.totals.filter((x) => x.nature === 'ratio' && x.total !== null)) {
      expect(t.total!).toBeLessThanOrEqual(100);
      expect(t.total!).toBe(roundPercent(Math.min(100, (t.ratio!.num / t.ratio!.den) * 100)));
    }
  });
});

describe('refused files change nothing', () => {
  it('leaves every table byte for byte as it was, one refused file at a time', async () => {
    const rejected = inbox.files.filter((f) => f.outcome === 'rejected' && f.batch === 1);
    expect(rejected.length).toBeGreaterThanOrEqual(20);
    for (const f of rejected) {
      const before = dump(db);
      const r = await call(s, 'aggregate.import', { period: PERIOD, paths: [f.path] });
      expect(r.files[0]!.outcome, f.label).toBe('rejected');
      expect(sameDump(dump(db), before), f.label).toBe(true);
    }
  });

  it('an exact duplicate changes nothing either', async () => {
    const dup = inbox.files.find((f) => f.outcome === 'duplicate')!;
    const before = dump(db);
    const r = await call(s, 'aggregate.import', { period: PERIOD, paths: [dup.path] });
    expect(r.files[0]!.outcome).toBe('duplicate');
    expect(sameDump(dump(db), before)).toBe(true);
  });

  it('importing for another period refuses every workbook', async () => {
    const before = dump(db);
    const r = await call(s, 'aggregate.import', { period: '2026-Y', paths: [inbox.files.find((f) => f.outcome === 'accepted' && f.path.endsWith('.xlsx'))!.path] });
    expect(r.files[0]!.outcome).toBe('rejected');
    expect(r.files[0]!.messages[0]).toContain('không phải kỳ đang nhập');
    expect(sameDump(dump(db), before)).toBe(true);
  });
});

describe('received date and mapping', () => {
  it('lets the received date be corrected, which moves the status', async () => {
    const late = status.units.find((u) => u.status === 'late')!;
    const row = await call(s, 'aggregate.setReceived', { period: PERIOD, unitCode: late.code, date: '2026-05-02' });
    expect(row.status).toBe('on_time');
    await call(s, 'aggregate.setReceived', { period: PERIOD, unitCode: late.code, date: LATE });
    const e = await fail(s, 'aggregate.setReceived', { period: PERIOD, unitCode: late.code, date: '2026-13-40' });
    expect(e.code).toBe('BAD_DATE');
  });

  it('refuses a received date after today, for a batch and for one unit, changing nothing', async () => {
    const before = dump(db);
    const late = status.units.find((u) => u.status === 'late')!;
    const errors = [
      await fail(s, 'aggregate.setReceived', { period: PERIOD, unitCode: late.code, date: '2099-05-02' }),
      await fail(s, 'aggregate.import', { period: PERIOD, paths: [inbox.batch1], receivedAt: '2026-05-11' }),
    ];
    for (const e of errors) {
      expect(e.code).toBe('BAD_DATE');
      expect(e.message).toMatch(/sau ngày hôm nay/);
    }
    expect(sameDump(dump(db), before)).toBe(true);
  });

  it('refuses to map onto a unit that is not on the list', async () => {
    const e = await fail(s, 'aggregate.mapUnit', { alias: 'X-1', unitCode: 'KHONG-CO' });
    expect(e.code).toBe('NOT_FOUND');
  });
});

describe('reading on worker threads', () => {
  it('gives the same outcomes as reading in one thread', async () => {
    const units = inbox.units;
    const a = await aggregatorDb(units, inbox);
    const b = await aggregatorDb(units, inbox);
    try {
      const ra = await importFiles(a.db, [inbox.batch1], PERIOD, { today: '2026-05-10', receivedAt: ON_TIME, workers: 2, minFilesForWorkers: 1 });
      const rb = await importFiles(b.db, [inbox.batch1], PERIOD, { today: '2026-05-10', receivedAt: ON_TIME, workers: 0 });
      const strip = (r: ImportReport): unknown => r.files.map((f) => [f.fileName, f.outcome, f.unitCode, f.messages]);
      expect(strip(ra)).toEqual(strip(rb));
      // Workers record files in the order they finish reading, so row ids differ: compare what
      // each file stored, keyed by the file and its unit.
      const stored = (db: typeof a.db): unknown[] =>
        (db.prepare('SELECT id, unit_code, file_name, file_sha256 FROM agg_submission ORDER BY unit_code, file_name, file_sha256').all() as Array<{ id: number; unit_code: string; file_name: string; file_sha256: string }>).flatMap((s) =>
          submissionValues(db, s.id).map((v) => [s.unit_code, s.file_name, s.file_sha256, v.code, v.state, v.value, v.cell, v.note]),
        );
      const va = stored(a.db);
      expect(va.length).toBeGreaterThan(100);
      expect(va).toEqual(stored(b.db));
    } finally {
      a.db.close();
      b.db.close();
    }
  });
});
