// The read pool: workers take batches themselves from a shared counter while the caller records.
// What the aggregator relies on: every file comes back once, read exactly as one thread reads it,
// whoever read it; reading never runs more than a few batches ahead of recording (memory stays flat);
// a caller that stops early leaves no thread running.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AHEAD, claimBatch, POOL, releaseBatch } from '../../electron/core/aggregate/poolShared';
import { readAll, readBatches, workerEntry } from '../../electron/core/aggregate/readPool';
import type { ReadDone } from '../../electron/core/aggregate/readOne';
import { randomValues, unitWorkbook } from './inbox';
import { UNIT_KINDS } from '../../shared/domain/units';

const FILES = 150;
let dir = '';
let paths: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-pool-'));
  for (let i = 0; i < FILES; i++) {
    const kind = UNIT_KINDS[i % UNIT_KINDS.length]!;
    const code = `DV-${String(i + 1).padStart(3, '0')}`;
    const path = join(dir, `${code}.xlsx`);
    // Every tenth file is not a workbook at all: refusals travel back from the workers too.
    writeFileSync(path, i % 10 === 9 ? Buffer.from('Mã đơn vị,Tên\n') : await unitWorkbook({ code, name: `Đơn vị ${i + 1}`, kind, parent: '' }, randomValues(kind, i)));
    paths.push(path);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outcome = (d: ReadDone): unknown => [d.index, d.path, d.size, d.sha256, d.ioError, d.read, d.bytes?.length ?? null];

describe('reading received workbooks on worker threads', () => {
  it('has a built worker to run (npm test builds it)', () => {
    expect(workerEntry()).not.toBeNull();
  });

  it('gives every file once, exactly as one thread reads it, with the caller reading beside the workers or not', async () => {
    const alone = await readAll(paths, { workers: 0 });
    expect(alone.filter((d) => d.read?.ok).length).toBe(135);
    for (const options of [{ workers: 1 }, { workers: 2 }, { workers: 2, offThread: true }]) {
      const seen: number[] = [];
      for await (const batch of readBatches(paths, { ...options, minFilesForWorkers: 1 })) for (const d of batch) seen.push(d.index);
      expect(seen.sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
      const pooled = await readAll(paths, { ...options, minFilesForWorkers: 1 });
      expect(pooled.map(outcome)).toEqual(alone.map(outcome));
    }
  });

  it('stops the workers when the caller stops early, and reads again afterwards', async () => {
    // The process's threads (Linux): each worker is one more while it runs.
    const threads = (): number => readdirSync('/proc/self/task').length;
    // Workers of the reads above end shortly after their reads do.
    await new Promise((r) => setTimeout(r, 500));
    const before = threads();
    let batches = 0;
    for await (const batch of readBatches(paths, { workers: 2, offThread: true, minFilesForWorkers: 1 })) {
      expect(batch.length).toBeGreaterThan(0);
      expect(threads()).toBe(before + 2);
      if (++batches === 2) break;
    }
    await expect.poll(threads).toBe(before);
    expect((await readAll(paths.slice(0, 60), { workers: 2, minFilesForWorkers: 1 })).every((d, i) => d.index === i)).toBe(true);
  });
});

describe('the read-ahead window', () => {
  it('lets no thread take a batch while AHEAD batches wait to be recorded, and frees a place per recorded batch', () => {
    const shared = new Int32Array(new SharedArrayBuffer((POOL.SLOTS + 1) * 4));
    const taken = Array.from({ length: AHEAD }, () => claimBatch(shared, 10));
    expect(taken).toEqual(Array.from({ length: AHEAD }, (_, i) => i));
    expect(claimBatch(shared, 10)).toBe(-1);
    releaseBatch(shared);
    // A worker notes the batch it took in its slot, so that a crash hands that batch back.
    expect(claimBatch(shared, 10, POOL.SLOTS)).toBe(AHEAD);
    expect(shared[POOL.SLOTS]).toBe(AHEAD);
    expect(claimBatch(shared, 10)).toBe(-1);
  });

  it('gives nothing once every batch is taken or the pool stops', () => {
    const shared = new Int32Array(new SharedArrayBuffer((POOL.SLOTS + 1) * 4));
    expect(claimBatch(shared, 1)).toBe(0);
    releaseBatch(shared);
    expect(claimBatch(shared, 1)).toBe(-1);
    const stopping = new Int32Array(new SharedArrayBuffer((POOL.SLOTS + 1) * 4));
    Atomics.store(stopping, POOL.STOP, 1);
    expect(claimBatch(stopping, 5, POOL.SLOTS)).toBe(-1);
  });
});
