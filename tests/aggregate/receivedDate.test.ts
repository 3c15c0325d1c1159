// The received date of files picked in the app: each file's own date unless the officer gives one
// for the whole batch, so a folder received last week is not marked late when imported today.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AggregateStatus, ImportReport } from '../../shared/aggregate/api';
import { receivedDateOf } from '../../electron/core/aggregate/receivedDate';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import { DEADLINE, makeUnits, PERIOD, unitWorkbook } from './inbox';

const TODAY = '2026-05-12';
let db: Db;
let s: Services;
const units = makeUnits(4);

async function call<T>(op: string, arg: unknown): Promise<T> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${r.error.message} ${(r.error.details ?? []).join(' ')}`);
  return r.value as T;
}

beforeEach(async () => {
  db = openDatabase(':memory:');
  s = createServices(db, { today: () => TODAY });
  for (const u of units) await call('aggregate.units.add', { code: u.code, name: u.name, kind: u.kind, parent: u.parent });
});
afterEach(() => db.close());

const at = (iso: string) => Date.parse(iso);

describe('received date of a file', () => {
  it('is the day the file was saved here, in Viet Nam time, never before the unit exported it nor after today', () => {
    expect(receivedDateOf(new Date('2026-05-02T18:30:00Z'), '2026-04-28T08:00:00Z', TODAY)).toBe('2026-05-03');
    expect(receivedDateOf(new Date('2026-04-20T03:00:00Z'), '2026-04-28T08:00:00Z', TODAY)).toBe('2026-04-28');
    expect(receivedDateOf(new Date('2026-06-01T03:00:00Z'), '2026-04-28T08:00:00Z', TODAY)).toBe(TODAY);
    expect(receivedDateOf(null, '', TODAY)).toBe(TODAY);
  });

  it('files picked in the app: a batch from last week stays on time, a file saved after the deadline is late, a batch date overrides', async () => {
    const file = async (i: number, lastModified: number | undefined, generatedAt = '2026-04-25T08:00:00.000Z') => ({
      fileName: `${units[i]!.code}.xlsx`,
      base64: (await unitWorkbook(units[i]!, units[i]!.values, { generatedAt })).toString('base64'),
      ...(lastModified !== undefined ? { lastModified } : {}),
    });
    const r = await call<ImportReport>('aggregate.importFiles', {
      period: PERIOD,
      files: [await file(0, at('2026-04-29T02:00:00Z')), await file(1, at('2026-05-07T09:00:00Z')), await file(2, at('2026-04-01T00:00:00Z'), '2026-05-01T01:00:00.000Z')],
    });
    expect(r.files.map((f) => f.receivedAt)).toEqual(['2026-04-29', '2026-05-07', '2026-05-01']);
    const again = await call<ImportReport>('aggregate.importFiles', { period: PERIOD, receivedAt: '2026-05-02', files: [await file(3, at('2026-05-10T09:00:00Z'))] });
    expect(again.files[0]!.receivedAt).toBe('2026-05-02');
    const st = await call<AggregateStatus>('aggregate.status', { period: PERIOD });
    expect(DEADLINE).toBe('2026-05-04');
    expect(st.units.map((u) => [u.code, u.status, u.receivedAt])).toEqual([
      [units[0]!.code, 'on_time', '2026-04-29'],
      [units[1]!.code, 'late', '2026-05-07'],
      [units[2]!.code, 'on_time', '2026-05-01'],
      [units[3]!.code, 'on_time', '2026-05-02'],
    ]);
  });
});
