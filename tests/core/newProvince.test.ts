// A province the app does not ship: its Sở Nội vụ writes its plan as a file; a commune and the Sở
// load it, and with no code change the unit's report and the consolidated report are that
// province's (letterhead, place, recipient, tasks, targets, deadlines) and no other's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import type { ArgOf, OpName, ResultOf } from '../../shared/ipc/contract';
import type { ReportDocument } from '../../shared/report/document';

const PLAN = {
  format: 'dcs-plan',
  version: 1,
  id: 'nghe-an',
  scope: 'province',
  provinceId: 'nghe-an',
  name: 'Nghệ An',
  provinceBody: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
  basisDocs: ['Nghị quyết số 21/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh Nghệ An về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở'],
  reportTo: 'Sở Nội vụ tỉnh Nghệ An',
  reporting: [
    { period: 'H1', deadline: { monthDay: '06-10' }, source: 'Báo cáo 6 tháng gửi Sở Nội vụ trước ngày 11/6.' },
    { period: 'Y', deadline: { monthDay: '12-05' }, source: 'Báo cáo năm gửi Sở Nội vụ trước ngày 06/12.' },
  ],
  targets: [
    { code: 'NA-1', label: 'Nội dung phải công khai được công khai', planned: '≥ 90%', op: '≥', threshold: 90, result: { type: 'ratio', num: 'B1_DA', den: 'B1_PHAI' }, basis: 'Nghị quyết số 21/2025/NQ-HĐND' },
    { code: 'NA-2', label: 'Xã ban hành quy chế thực hiện dân chủ', planned: '100%', op: '=', threshold: 100, result: { type: 'yes', code: 'A2' }, kinds: ['xa'], basis: 'Nghị quyết số 21/2025/NQ-HĐND' },
  ],
  tasks: [
    { id: 'NA-T1', text: 'Tổ chức hội nghị nhân dân bàn phương án làm đường liên thôn', responsible: 'UBND các xã, phường', timeframe: 'Quý II/2026', due: '2026-06-30', owners: [{ kinds: ['xa'] }] },
    { id: 'NA-T2', text: 'Công khai quy chế chi tiêu nội bộ trên trang thông tin điện tử', responsible: 'Các sở, ban, ngành', timeframe: 'Thường xuyên', due: null, owners: [{ kinds: ['co_quan', 'su_nghiep'], levels: ['tinh'] }] },
    { id: 'NA-T3', text: 'Tổ chức hội nghị người lao động năm 2026', responsible: 'Các doanh nghiệp', timeframe: 'Quý I/2026', due: '2026-03-31', owners: [{ kinds: ['dnnn', 'dn_khac'] }] },
  ],
  measures: [],
};

const OTHERS = /Lào Cai|LÀO CAI|Thanh Hóa|THANH HÓA|Lai Châu|LAI CHÂU|Bình Lư|BÌNH LƯ/;

let dir: string;
let planFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-new-province-'));
  planFile = join(dir, 'ke-hoach-nghe-an.json');
  writeFileSync(planFile, JSON.stringify(PLAN, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function call<K extends OpName>(s: Services, op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' ')}`);
  return r.value as ResultOf<K>;
}

const fileArg = () => ({ fileName: 'ke-hoach-nghe-an.json', base64: readFileSync(planFile).toString('base64') });
const host = { checkOutDir: () => undefined, chooseFolder: async () => null, openFolder: async () => true, openFile: async () => true, chooseBackupFile: async () => null, restore: async () => { throw new Error('no'); } };
const newServices = () => createServices(openDatabase(':memory:'), { today: () => '2026-06-05', host: host as never });

/** The whole document as one string; symbols the report keeps unbroken (U+2011) read as plain hyphens. */
function allText(doc: ReportDocument): string {
  return JSON.stringify(doc).replace(/\u2011/g, '-');
}

describe('a province the app does not ship, from its plan file alone', () => {
  let unitDoc: ReportDocument;
  let unitXlsx: string;

  it('a commune loads the plan (seeing what it adds first) and writes its report under it', async () => {
    const s = newServices();
    const check = await call(s, 'profile.check', fileArg());
    expect(check.replaces).toBe('national');
    expect(check.changes).toContain('Nơi nhận báo cáo: đơn vị tự ghi → Sở Nội vụ tỉnh Nghệ An.');
    expect(check.changes).toContain('Hạn nộp báo cáo 6 tháng đầu năm: không quy định → 10/6.');
    expect((await call(s, 'profiles.list', undefined)).find((p) => p.id === 'nghe-an')!.origin).toBe('national');
    await call(s, 'profile.import', fileArg());
    expect((await call(s, 'profiles.list', undefined)).find((p) => p.id === 'nghe-an')!.origin).toBe('imported');

    const unit = await call(s, 'unit.defaults', { profileId: 'nghe-an', kind: 'xa', name: 'Ủy ban nhân dân xã Diễn Châu' });
    expect(unit).toMatchObject({ parentBody: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', placeName: 'Diễn Châu', kinhGui: ['Sở Nội vụ tỉnh Nghệ An'] });
    await call(s, 'unit.set', { ...unit, code: 'XA-DC', signer: { ...unit.signer, name: 'Hồ Văn An' } });
    const period = await call(s, 'period.describe', { period: '2026-H1' });
    // The plan's deadline 10/6 falls before the NĐ 09 cut-off end: data to 31/5.
    expect(period).toMatchObject({ from: '2025-12-15', to: '2026-05-31', deadline: '2026-06-10', warnings: [] });
    await call(s, 'figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: 2000 } });
    await call(s, 'figure.set', { period: '2026-H1', code: 'B1_DA', entry: { state: 'value', value: 1799 } });
    await call(s, 'figure.set', { period: '2026-H1', code: 'A2', entry: { state: 'value', value: 1 } });
    expect((await call(s, 'task.list', { period: '2026-H1' })).map((t) => t.task.id)).toEqual(['NA-T1']);

    unitDoc = await call(s, 'report.preview', { period: '2026-H1' });
    expect(unitDoc.header.parentBody).toBe('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    expect(unitDoc.header.placeDate).toMatch(/^Diễn Châu, ngày/);
    expect(unitDoc.kinhGui).toEqual(['Sở Nội vụ tỉnh Nghệ An']);
    const text = allText(unitDoc);
    expect(text).toContain('Nghị quyết số 21/2025/NQ-HĐND ngày 10/12/2025');
    expect(text).toContain('Tổ chức hội nghị nhân dân bàn phương án làm đường liên thôn');
    expect(text).not.toContain('Công khai quy chế chi tiêu nội bộ');
    expect(text).not.toContain('hội nghị người lao động năm 2026');
    expect(text).toContain('(NA-1)');
    expect(text).toContain('(NA-2)');
    // 1799/2000 = 89,95% is not "≥ 90%".
    const targets = unitDoc.body.find((b) => b.type === 'table' && b.table.columns.some((c) => c.title === 'Đánh giá'));
    expect(JSON.stringify(targets).replace(/\u2011/g, '-')).toMatch(/NA-1\).*Không đạt/);
    expect(text).toContain('đến ngày 31/5/2026');
    expect(text).not.toMatch(OTHERS);

    const out = await call(s, 'report.export', { period: '2026-H1', outDir: dir, acceptDrafts: true });
    unitXlsx = out.xlsx;
  });

  it('the province’s Sở Nội vụ consolidates under the same plan: its letterhead, place, recipient, documents, deadline', async () => {
    const s = newServices();
    await call(s, 'profile.import', fileArg());
    const current = await call(s, 'aggregate.settings.get', undefined);
    const set = await call(s, 'aggregate.settings.set', { ...current.profile, profileId: 'nghe-an' });
    expect(set.profile).toMatchObject({
      name: 'Sở Nội vụ tỉnh Nghệ An',
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      placeName: 'Nghệ An',
      kinhGui: ['Ủy ban nhân dân tỉnh Nghệ An'],
    });
    await call(s, 'aggregate.units.add', { code: 'XA-DC', name: 'Ủy ban nhân dân xã Diễn Châu', kind: 'xa', parent: '' });
    await call(s, 'aggregate.units.add', { code: 'SYT', name: 'Sở Y tế tỉnh Nghệ An', kind: 'co_quan', parent: '' });
    const imported = await call(s, 'aggregate.import', { period: '2026-H1', paths: [unitXlsx], receivedAt: '2026-06-04' });
    expect(imported.files.every((f) => f.outcome !== 'rejected')).toBe(true);
    const status = await call(s, 'aggregate.status', { period: '2026-H1' });
    expect(status.period.deadline).toBe('2026-06-10');

    const doc = await call(s, 'aggregate.reportPreview', { period: '2026-H1' });
    expect(doc.header.parentBody).toBe('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    expect(doc.header.unitName).toMatch(/^SỞ NỘI VỤ/);
    expect(doc.header.placeDate).toMatch(/^Nghệ An, ngày/);
    expect(doc.kinhGui).toEqual(['Ủy ban nhân dân tỉnh Nghệ An']);
    const text = allText(doc);
    expect(text).toContain('Nghị quyết số 21/2025/NQ-HĐND');
    expect(text).toContain('NA-1');
    expect(text).toContain('10/6/2026');
    expect(text).not.toMatch(OTHERS);
  });
});
