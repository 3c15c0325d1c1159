// Reads every generated unit report as its signer would: no contradiction the rule set knows, no
// zero counts, repeated examples, empty parts or straight quotes, and every entered number present.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/demo/runDemo';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import { checkLines } from '../../electron/core/cli/check';
import { proseLineProblems } from '../../shared/checks/prose';
import { figureDef } from '../../shared/domain/catalog';
import { figureText } from '../../shared/narrative/words';
import type { ActivityInput } from '../../shared/domain/activities';
import type { ArgOf, OpName, ResultOf } from '../../shared/ipc/contract';
import { readDocx } from '../helpers/docx';

const dir = mkdtempSync(join(tmpdir(), 'dcs-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function unitDb(name: string, today = '2026-06-20'): { db: Db; call: <K extends OpName>(op: K, arg: ArgOf<K>) => Promise<ResultOf<K>>; s: Services } {
  const db = openDatabase(join(dir, `${name}.sqlite`));
  const s = createServices(db, { today: () => today });
  const call = async <K extends OpName>(op: K, arg: ArgOf<K>): Promise<ResultOf<K>> => {
    const r = await dispatch(s, op, arg);
    if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' ')}`);
    return r.value as ResultOf<K>;
  };
  return { db, call, s };
}

const act = (date: string, kind: ActivityInput['kind'], title: string, participants: number | null = 40, sessions = 1): ActivityInput => ({
  date, kind, title, form: 'truc_tiep', sessions, participants, basisDoc: '', notes: '', measures: [],
});

/** Body paragraphs of a .docx, from the opening to "Trên đây là…" (the appendices are tables). */
function bodyOf(file: string): string[] {
  const p = readDocx(readFileSync(file), '\u2011').paragraphs.filter(Boolean);
  const start = p.findIndex((x) => x.startsWith('Thực hiện '));
  const end = p.findIndex((x) => x.startsWith('Trên đây là báo cáo'));
  return p.slice(start, end + 1);
}

/** What a signer must never read. */
function assertReadable(body: string[]): void {
  for (const line of body) {
    expect(proseLineProblems(line), line).toEqual([]);
    expect(line).not.toMatch(/(^|\s)0 (lượt|nhiệm vụ|nội dung)/);
    expect(line).not.toMatch(/Không có\.$/);
  }
  expect(body[0]).toMatch(/^Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10\/2022\/QH15 ngày 10\/11\/2022 của Quốc hội;/);
}

async function assertEnteredPresent(call: ReturnType<typeof unitDb>['call'], period: string, body: string[]): Promise<void> {
  const text = body.join('\n');
  for (const f of await call('figure.list', { period })) {
    if (f.source !== 'entered' || f.value === null || figureDef(f.code)?.boolean) continue;
    expect(text, `${f.code} = ${f.value}`).toMatch(new RegExp(`(^|[^\\d.,])${figureText(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`));
  }
}

describe('the demo commune’s reports', () => {
  let u: ReturnType<typeof unitDb>;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    u = unitDb('demo');
    await seedDemo(u.db);
    for (const period of ['2026-H1', '2026-Y', '2026-05-01..2026-08-31']) {
      files[period] = (await u.call('report.export', { period, outDir: join(dir, 'demo'), acceptDrafts: true })).docx;
    }
  }, 60_000);
  afterAll(() => u.db.close());

  for (const period of ['2026-H1', '2026-Y', '2026-05-01..2026-08-31']) {
    it(`${period}: passes dcs check with no error and reads cleanly`, async () => {
      const check = await u.call('report.check', { period });
      expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
      assertReadable(bodyOf(files[period]!));
    });
  }

  it('never breaks a document symbol at a line end', () => {
    const xml = readDocx(readFileSync(files['2026-Y']!)).document;
    expect(/415\/KH<\/w:t><w:noBreakHyphen\/><w:t[^>]*>UBND/.test(xml)).toBe(true);
    expect(/\d+\/KH-UBND/.test(xml)).toBe(false);
  });

  it('prints every number the clerk entered, in the sentences', async () => {
    await assertEnteredPresent(u.call, '2026-H1', bodyOf(files['2026-H1']!));
    await assertEnteredPresent(u.call, '2026-Y', bodyOf(files['2026-Y']!));
  });

  it('an ad-hoc range says once which typed figures do not apply, and leaves empty parts out', () => {
    const body = bodyOf(files['2026-05-01..2026-08-31']!);
    expect(body.filter((l) => /không tách được theo khoảng thời gian này/.test(l))).toHaveLength(1);
    expect(body.join('\n')).not.toMatch(/chưa thống kê|chưa có số liệu|Đã tự kiểm tra 0|chưa triển khai/);
    // Tasks done in the first half are reported as done, with where the status comes from.
    expect(body.join('\n')).toMatch(/nhiệm vụ đã hoàn thành.*tiến độ theo cập nhật kỳ 6 tháng đầu năm 2026/);
  });
});

describe('numbers and contradictions', () => {
  it('keeps E1_KN and E1_KN_GQ in the text when no supervision was recorded, and flags the gap', async () => {
    const u = unitDb('e1');
    const unit = await u.call('unit.defaults', { profileId: 'lao-cai', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' });
    await u.call('unit.set', { ...unit, code: 'XA-THU', signer: { ...unit.signer, name: 'Nguyễn Văn A' } });
    await u.call('figure.set', { period: '2026-H1', code: 'E1_KN', entry: { state: 'value', value: 5 } });
    await u.call('figure.set', { period: '2026-H1', code: 'E1_KN_GQ', entry: { state: 'value', value: 4 } });
    await u.call('activity.add', act('2026-03-02', 'TUYEN_TRUYEN', 'Phát thanh về Luật trên loa truyền thanh', null, 6));
    const doc = await u.call('report.preview', { period: '2026-H1' });
    const text = doc.body.map((b) => (b.type === 'para' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
    expect(text).toMatch(/đã kiến nghị 5 nội dung, trong đó 4 nội dung đã được tiếp thu, giải quyết/);
    expect(text).toMatch(/đã tổ chức 6 buổi quán triệt, tuyên truyền[;.]/);
    expect(text).not.toMatch(/0 lượt/);
    const check = await u.call('report.check', { period: '2026-H1' });
    expect(check.problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['figure-without-activities', 'uncounted-participants', 'draft']));
    u.db.close();
  });

  it('finds a named hội nghị cán bộ, công chức, viên chức while its figure is blank', async () => {
    const u = unitDb('agency');
    const unit = await u.call('unit.defaults', { profileId: 'lao-cai', kind: 'co_quan', name: 'Sở Thử nghiệm' });
    await u.call('unit.set', { ...unit, code: 'SO-TN', signer: { ...unit.signer, name: 'Trần B' } });
    await u.call('activity.add', act('2026-01-20', 'DAN_CHU_TRUC_TIEP', 'Hội nghị cán bộ, công chức, viên chức năm 2026', 85));
    const check = await u.call('report.check', { period: '2026-H1' });
    const p = check.problems.find((x) => x.rule === 'yes-no-vs-activities');
    expect(p).toMatchObject({ severity: 'error', area: 'figures', ref: 'C4_HN_CBCCVC' });
    expect(p!.message).toMatch(/Hội nghị cán bộ, công chức, viên chức năm 2026/);
    await u.call('figure.set', { period: '2026-H1', code: 'C4_HN_CBCCVC', entry: { state: 'value', value: 1 } });
    expect((await u.call('report.check', { period: '2026-H1' })).problems.some((x) => x.rule === 'yes-no-vs-activities')).toBe(false);
    u.db.close();
  });

  it('lists each form of disclosure once, leaving out a bare form that a fuller one already says', async () => {
    const u = unitDb('forms');
    const unit = await u.call('unit.defaults', { profileId: 'lao-cai', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' });
    await u.call('unit.set', { ...unit, code: 'XA-HT' });
    const cong = (date: string, title: string, notes: string): ActivityInput => ({ ...act(date, 'CONG_KHAI', title, null), notes });
    await u.call('activity.add', cong('2026-01-10', 'Công khai dự toán ngân sách xã', 'Niêm yết, trang thông tin điện tử'));
    await u.call('activity.add', cong('2026-02-10', 'Công khai thủ tục hành chính', 'Niêm yết thường xuyên'));
    await u.call('activity.add', cong('2026-03-10', 'Công khai danh sách hộ nghèo', 'niêm yết tại nhà văn hóa thôn; Trang thông tin điện tử'));
    const doc = await u.call('report.preview', { period: '2026-H1' });
    const line = doc.body.map((b) => (b.type === 'para' ? b.runs.map((r) => r.text).join('') : '')).find((t) => t.includes('Hình thức công khai'))!;
    expect(line).toMatch(/Hình thức công khai: trang thông tin điện tử, niêm yết thường xuyên, niêm yết tại nhà văn hóa thôn\./);
    u.db.close();
  });

  it('reports a Thanh Hóa measure as carried out by the untagged activities of its kind', async () => {
    const u = unitDb('th');
    const unit = await u.call('unit.defaults', { profileId: 'thanh-hoa', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' });
    await u.call('unit.set', { ...unit, code: 'XA-TH' });
    for (const d of ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10']) await u.call('activity.add', act(d, 'TUYEN_TRUYEN', `Tuyên truyền Luật tại thôn ${d.slice(5, 7)}`));
    const doc = await u.call('report.preview', { period: '2026-H1' });
    const line = doc.body.map((b) => (b.type === 'para' ? b.runs.map((r) => r.text).join('') : '')).find((t) => t.startsWith('3.2.'))!;
    expect(line).toMatch(/đã thực hiện 4 hoạt động/);
    const check = await u.call('report.check', { period: '2026-H1' });
    expect(check.problems.find((p) => p.rule === 'measure-untagged')?.message).toMatch(/Giải pháp 3\.2/);
    u.db.close();
  });
});

describe('drafts, revisions and frozen periods', () => {
  it('refuses to export unread drafts, accepts them on request, and keeps each revision in its own files', async () => {
    const u = unitDb('rev');
    const unit = await u.call('unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' });
    await u.call('unit.set', { ...unit, code: 'XA-REV', signer: { ...unit.signer, name: 'Lò C' } });
    await u.call('activity.add', act('2026-02-02', 'DOI_THOAI', 'Đối thoại với Nhân dân bản A'));
    await u.call('figure.set', { period: '2026-H1', code: 'G2_NHAN', entry: { state: 'value', value: 10 } });
    const out = join(dir, 'rev');
    const refused = await dispatch(u.s, 'report.export', { period: '2026-H1', outDir: out });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('DRAFTS');
    expect((await u.call('report.check', { period: '2026-H1' })).drafts).toHaveLength(5);
    await u.call('text.accept', { period: '2026-H1', key: 'kien_nghi' });
    const texts = await u.call('text.list', { period: '2026-H1' });
    expect(texts.find((t) => t.key === 'kien_nghi')!.text).toMatch(/^Đề nghị Ủy ban nhân dân xã Bình Lư|^Đề nghị /);
    expect(texts.find((t) => t.key === 'kien_nghi')!.text).not.toMatch(/Đề nghị Ủy ban nhân dân xã Thử/);
    const first = await u.call('report.export', { period: '2026-H1', outDir: out, acceptDrafts: true });
    expect(first.docx.endsWith('XA-REV_2026-H1.docx')).toBe(true);
    const firstBytes = readFileSync(first.docx);

    await u.call('figure.set', { period: '2026-H1', code: 'G2_NHAN', entry: { state: 'value', value: 12 } });
    await u.call('activity.add', act('2026-03-03', 'LAY_Y_KIEN', 'Lấy ý kiến về dự thảo hương ước bản B'));
    expect(await u.call('period.frozenNotice', { period: '2026-H1' })).toEqual([expect.stringMatching(/đã chốt số liệu \(báo cáo lần 1.*báo cáo bổ sung lần 1/)]);
    expect((await u.call('period.frozenNotice', { date: '2026-03-03' })).length).toBeGreaterThan(0);
    const second = await u.call('report.export', { period: '2026-H1', outDir: out });
    expect(second.revision).toBe(2);
    expect(second.docx.endsWith('XA-REV_2026-H1_lan2.docx')).toBe(true);
    expect(second.xlsx.endsWith('XA-REV_2026-H1_lan2.xlsx')).toBe(true);
    expect(readFileSync(first.docx).equals(firstBytes)).toBe(true);
    const body = bodyOf(second.docx);
    expect(body[1]).toMatch(/^Báo cáo này bổ sung, thay thế báo cáo lần 1/);
    expect(body.join('\n')).toMatch(/- Số kiến nghị, phản ánh tiếp nhận: 10 → 12[;.]/);
    expect(body.join('\n')).toMatch(/Bổ sung hoạt động: Lấy ý kiến về dự thảo hương ước bản B \(lấy ý kiến.*ngày 03\/3\/2026\)/);
    u.db.close();
  });

  it('starts the annual report from the first half as suggestions the clerk confirms', async () => {
    const u = unitDb('carry');
    const unit = await u.call('unit.defaults', { profileId: 'lao-cai', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' });
    await u.call('unit.set', { ...unit, code: 'XA-CAR' });
    await u.call('figure.set', { period: '2026-H1', code: 'C3_THON', entry: { state: 'value', value: 9 } });
    await u.call('figure.set', { period: '2026-H1', code: 'A2', entry: { state: 'value', value: 1 } });
    const rows = await u.call('task.list', { period: '2026-H1' });
    await u.call('task.set', { period: '2026-H1', taskId: rows[0]!.task.id, status: 'done', note: '' });
    const before = await u.call('report.check', { period: '2026-Y' });
    expect(before.problems.filter((p) => p.rule === 'carry-over').map((p) => p.ref)).toEqual(expect.arrayContaining(['A2', 'C3_THON', rows[0]!.task.id]));
    // The app shows these messages beside its own confirm button: no command line in them; `dcs check` adds the command.
    expect(before.problems.filter((p) => /\bdcs\b/.test(p.message))).toEqual([]);
    expect(checkLines(before)).toContain('Xác nhận những gì mang sang từ 6 tháng đầu năm: dcs period adopt --period 2026-Y');
    // Not printed as the year's own before the clerk confirms.
    const draft = await u.call('figure.list', { period: '2026-Y' });
    expect(draft.find((f) => f.code === 'C3_THON')!.value).toBeNull();
    expect(await u.call('period.adopt', { period: '2026-Y' })).toEqual({ figures: 2, inspections: 0, tasks: 1 });
    expect((await u.call('figure.list', { period: '2026-Y' })).find((f) => f.code === 'C3_THON')!.value).toBe(9);
    expect((await u.call('report.check', { period: '2026-Y' })).problems.some((p) => p.rule === 'carry-over')).toBe(false);
    u.db.close();
  });
});
