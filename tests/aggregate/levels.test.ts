// Two levels up: a commune sends the province its own report and its consolidation of its units.
// The files say which is which; neither replaces the other; no unit is counted twice; files written
// before the consolidation rows existed still import, as own reports.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateStatus } from '../../shared/aggregate/api';
import type { ExpectedUnit } from '../../shared/aggregate/types';
import { SHEET_META } from '../../shared/exchange';
import { readExchangeWorkbook } from '../../electron/core/reports/xlsx/exchangeReader';
import { aggregatorDb, call } from './helpers';
import { makeUnits, pack, parts, PERIOD, unitWorkbook, type GenUnit } from './inbox';

const COMMUNE: ExpectedUnit = { code: 'XA-TAN-UYEN', name: 'Ủy ban nhân dân xã Tân Uyên', kind: 'xa', parent: '' };
const SETTINGS = {
  code: COMMUNE.code,
  name: COMMUNE.name,
  kind: 'xa' as const,
  profileId: 'lai-chau',
  parentBody: 'Ủy ban nhân dân tỉnh Lai Châu',
  placeName: 'Tân Uyên',
  docSymbol: 'UBND',
  signer: { authority: 'TM.' as const, onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lò Thị Mai' },
  kinhGui: ['Sở Nội vụ tỉnh Lai Châu'],
  recipients: [],
  archiveTag: 'VHXH',
  planRef: '',
  periodOverrides: {},
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dcs-agg-levels-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The commune consolidates `units` (its own UBND among them when `self` is given) and exports. */
async function communeConsolidation(name: string, units: GenUnit[], self?: GenUnit): Promise<{ xlsx: string; status: AggregateStatus }> {
  const inbox = join(root, name);
  mkdirSync(inbox, { recursive: true });
  const all = self ? [self, ...units] : units;
  for (const u of all) writeFileSync(join(inbox, `${u.code}.xlsx`), await unitWorkbook(u, u.values));
  const { db, s } = await aggregatorDb(all);
  try {
    await call(s, 'aggregate.settings.set', SETTINGS);
    await call(s, 'aggregate.import', { period: PERIOD, paths: [inbox], receivedAt: '2026-05-02' });
    const status = await call(s, 'aggregate.status', { period: PERIOD });
    const r = await call(s, 'aggregate.report', { period: PERIOD, outDir: join(root, `${name}-out`) });
    return { xlsx: r.xlsx!, status };
  } finally {
    db.close();
  }
}

const units = makeUnits(6, 11);
/** The commune's own UBND, in its list under its own code, with its own figures. */
const own: GenUnit = { ...COMMUNE, values: makeUnits(1, 12)[0]!.values };
const ownKind: GenUnit = { ...own, values: makeUnits(5, 13)[0]!.values };

describe('a commune’s own report and its consolidation, at the province', () => {
  it('keeps both, counts both when the consolidation leaves the commune’s own report out', async () => {
    const { xlsx, status: commune } = await communeConsolidation('without-self', units);
    const ownPath = join(root, 'XA-TAN-UYEN_own.xlsx');
    writeFileSync(ownPath, await unitWorkbook(COMMUNE, ownKind.values));
    const { db, s } = await aggregatorDb([COMMUNE]);
    try {
      const r = await call(s, 'aggregate.import', { period: PERIOD, paths: [xlsx, ownPath], receivedAt: '2026-05-08' });
      expect(r.files.map((f) => f.outcome)).toEqual(['accepted', 'accepted']);
      expect(r.files[0]!.messages.join(' ')).toContain(`báo cáo tổng hợp của ${COMMUNE.name} (từ 6 đơn vị)`);
      expect(r.files.flatMap((f) => f.messages).join(' ')).toContain('cả hai được giữ và cùng được tính');
      const prov = await call(s, 'aggregate.status', { period: PERIOD });
      expect(prov.counts).toMatchObject({ expected: 1, submitted: 1 });
      const a1 = (st: AggregateStatus): number => st.totals.find((t) => t.code === 'A1')!.total ?? 0;
      const ownA1 = typeof ownKind.values.A1 === 'number' ? ownKind.values.A1 : 0;
      expect(a1(prov)).toBe(a1(commune) + ownA1);
      expect(prov.totals.find((t) => t.code === 'A1')!.reported).toBe(commune.totals.find((t) => t.code === 'A1')!.reported + (ownKind.values.A1 == null ? 0 : 1));
      // Re-importing the own report again replaces only the own report.
      const again = join(root, 'XA-TAN-UYEN_own_lan2.xlsx');
      writeFileSync(again, await unitWorkbook(COMMUNE, ownKind.values, { revision: 2 }));
      const r2 = await call(s, 'aggregate.import', { period: PERIOD, paths: [again], receivedAt: '2026-05-09' });
      expect(r2.files[0]!.outcome).toBe('replaced');
      expect(r2.files[0]!.messages[0]).toContain('Thay báo cáo trước');
      expect(db.prepare('SELECT scope, COUNT(*) AS n FROM agg_submission WHERE superseded_by IS NULL GROUP BY scope ORDER BY scope').all()).toEqual([
        { scope: 'consolidated', n: 1 },
        { scope: 'own', n: 1 },
      ]);
    } finally {
      db.close();
    }
  });

  it('counts the commune’s own report once when its consolidation already includes it', async () => {
    const { xlsx, status: commune } = await communeConsolidation('with-self', units, own);
    const meta = readExchangeWorkbook(readFileSync(xlsx), 'x.xlsx').meta!;
    expect(meta.consolidation).toMatchObject({ includesSelf: true });
    expect(meta.consolidation!.units).toHaveLength(7);
    const ownPath = join(root, 'XA-TAN-UYEN_2026-H1.xlsx');
    writeFileSync(ownPath, await unitWorkbook(COMMUNE, own.values));
    const { db, s } = await aggregatorDb([COMMUNE]);
    try {
      const r = await call(s, 'aggregate.import', { period: PERIOD, paths: [ownPath, xlsx], receivedAt: '2026-05-08' });
      expect(r.files.map((f) => f.outcome)).toEqual(['accepted', 'accepted']);
      expect(r.files.flatMap((f) => f.messages).join(' ')).toContain('chỉ tính một lần');
      const prov = await call(s, 'aggregate.status', { period: PERIOD });
      for (const t of commune.totals) {
        const p = prov.totals.find((x) => x.code === t.code)!;
        expect({ code: t.code, total: p.total, reported: p.reported }).toEqual({ code: t.code, total: t.total, reported: t.reported });
      }
    } finally {
      db.close();
    }
  });

  it('reads a workbook written before files said what they are as a unit’s own report', async () => {
    const p = parts(await unitWorkbook(COMMUNE, own.values));
    const wb = strFromU8(p['xl/workbook.xml']!);
    const id = new RegExp(`<sheet name="${SHEET_META}" sheetId="(\\d+)"`).exec(wb)![1];
    const path = `xl/worksheets/sheet${id}.xml`;
    const xml = strFromU8(p[path]!);
    // Version 1 files end _meta at the digest (row 15).
    const old = xml.replace(/<row r="(1[6-9]|[2-9]\d)"[\s\S]*?<\/row>/g, '');
    expect(old).not.toBe(xml);
    p[path] = strToU8(old);
    const read = readExchangeWorkbook(pack(p), 'cu.xlsx');
    expect(read.errors).toEqual([]);
    expect(read.meta).toMatchObject({ scope: 'own', consolidation: null, unitCode: COMMUNE.code });
    const file = join(root, 'cu.xlsx');
    writeFileSync(file, pack(p));
    const { db, s } = await aggregatorDb([COMMUNE]);
    try {
      const r = await call(s, 'aggregate.import', { period: PERIOD, paths: [file], receivedAt: '2026-05-08' });
      expect(r.files[0]!.outcome).toBe('accepted');
      expect(db.prepare('SELECT scope FROM agg_submission').all()).toEqual([{ scope: 'own' }]);
    } finally {
      db.close();
    }
  });
});
