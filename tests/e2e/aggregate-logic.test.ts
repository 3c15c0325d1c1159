// The aggregator screens' logic that lives in the renderer, tested without a browser: which files
// are sent and how they are cut into batches (a signed report stays with its workbook), the
// unknown unit read from a refusal, the board's filters, how values and totals read, and the
// period an aggregator collects.
import { describe, expect, it } from 'vitest';
import type { FileOutcome, UnitStatusRow } from '../../shared/aggregate/api';
import type { AggregatorSettingsView } from '../../shared/ipc/aggregateContract';
import { DEMO_UNIT } from '../../electron/core/demo/demoData';
// tsconfig.node.json does not list these renderer modules (TS6307, a project-listing error only);
// they are plain, DOM-free TypeScript checked by tsconfig.web.json.
import { chartBars, filterBoard, filterUnits, groupBoard, lateText, receivedValueText, sortBoard, type SortKey } from '../../renderer/src/features/aggregate/boardLogic';
import { fileRole, fileStem, isNoiseName, lateNoteOf, localRefusal, pairOutcomes, planBatches, runSummary, sortRows, unknownUnitOf, type InboxRow } from '../../renderer/src/features/aggregate/inboxLogic';
import { totalText } from '../../renderer/src/features/aggregate/totals';
import { aggregatorCurrentPeriod, aggregatorPeriodInfo } from '../../renderer/src/lib/aggPeriod';

const f = (name: string, size = 1000) => ({ name, size });
const outcome = (fileName: string, extra: Partial<FileOutcome> = {}): FileOutcome => ({
  path: '',
  fileName,
  role: fileRole(fileName),
  outcome: 'accepted',
  unitCode: null,
  unitName: null,
  submissionId: null,
  messages: [],
  ...extra,
});

describe('nhận báo cáo: tệp gửi đi và chia đợt', () => {
  it('nhận ra loại tệp, tệp ẩn và tệp không gửi', () => {
    expect(fileRole('BL-01_2026-H1.XLSX')).toBe('workbook');
    expect(fileRole('BL-01 (bản ký).pdf')).toBe('attachment');
    expect(fileRole('ghi chu.txt')).toBe('other');
    expect(isNoiseName('~$BL-01.xlsx')).toBe(true);
    expect(isNoiseName('Thumbs.db')).toBe(true);
    expect(isNoiseName('.DS_Store')).toBe(true);
    expect(isNoiseName('BL-01.xlsx')).toBe(false);
    expect(localRefusal('ghi chu.txt', 10)).toContain('không phải biểu số liệu (.xlsx) hay văn bản báo cáo (.docx, .pdf)');
    expect(localRefusal('quet.pdf', 51 * 1024 * 1024)).toContain('lớn hơn 50 MB');
    expect(localRefusal('rong.xlsx', 0)).toContain('rỗng (0 byte)');
    expect(localRefusal('BL-01.xlsx', 10)).toBeNull();
    expect(fileStem('Trường  Mầm non/BL-03_2026-H1 (Bản ký).pdf')).toBe('bl-03 2026-h1 (ban ky)');
  });

  it('chia đợt khoảng 20 tệp, văn bản ký đi cùng biểu số liệu của nó', () => {
    const files = [f('BL-01_2026-H1.xlsx'), ...Array.from({ length: 18 }, (_, i) => f(`X-${i + 10}.xlsx`)), f('BL-02_2026-H1.xlsx'), f('BL-02_2026-H1 (bản ký).pdf'), f('BL-01_2026-H1.docx'), f('Lạc.pdf')];
    const batches = planBatches(files, 20);
    expect(batches.map((b) => b.length)).toEqual([20, 3]);
    // BL-01's signed report joins BL-01's batch; BL-02's pair crosses into the next batch together.
    expect(batches[0]!.map((x) => x.name)).toContain('BL-01_2026-H1.docx');
    expect(batches[1]!.map((x) => x.name)).toEqual(['BL-02_2026-H1.xlsx', 'BL-02_2026-H1 (bản ký).pdf', 'Lạc.pdf']);
    expect(batches.flat().length).toBe(files.length);
    // The longest workbook name wins: "BL-1" does not take "BL-10"'s report.
    const b = planBatches([f('BL-1.xlsx'), f('BL-10.xlsx'), f('BL-10 ky.pdf')], 2);
    expect(b).toEqual([[f('BL-1.xlsx')], [f('BL-10.xlsx'), f('BL-10 ky.pdf')]]);
    // Bytes cut batches too.
    expect(planBatches([f('a.xlsx', 20), f('b.xlsx', 20), f('c.xlsx', 20)], 20, 45).map((x) => x.length)).toEqual([2, 1]);
  });

  it('ghép kết quả với tệp đã gửi, theo thứ tự hoặc theo tên', () => {
    const sent = [{ name: 'a.xlsx', key: 1 }, { name: 'b.xlsx', key: 2 }];
    expect(pairOutcomes(sent, [outcome('a.xlsx'), outcome('b.xlsx')]).map((p: { file: { key: number } | null }) => p.file?.key)).toEqual([1, 2]);
    expect(pairOutcomes(sent, [outcome('b.xlsx')]).map((p: { file: { key: number } | null }) => p.file?.key)).toEqual([2]);
  });

  it('lấy đơn vị chưa có trong danh sách từ kết quả của tệp bị từ chối', () => {
    const byCode = { ...outcome('x.xlsx', { outcome: 'rejected' }), unknownUnit: { code: 'THSB', name: 'Trường TH Sơn Bình' } } as FileOutcome;
    expect(unknownUnitOf(byCode)).toEqual({ alias: 'THSB', label: 'mã THSB (Trường TH Sơn Bình)' });
    const byName = { ...outcome('y.xlsx', { outcome: 'rejected' }), unknownUnit: { code: '', name: 'Trường MN Nà Tăm' } } as FileOutcome;
    expect(unknownUnitOf(byName)).toEqual({ alias: 'name:Trường MN Nà Tăm', label: '“Trường MN Nà Tăm”' });
    expect(unknownUnitOf(outcome('z.xlsx', { outcome: 'rejected', messages: ['Tệp z.xlsx không phải tệp Excel (.xlsx) hoặc đã bị hỏng.'] }))).toBeNull();
    expect(unknownUnitOf({ ...outcome('w.xlsx', { outcome: 'accepted' }), unknownUnit: { code: 'X1', name: '' } } as FileOutcome)).toBeNull();
  });

  it('tóm tắt một lần nhập, lần mới nhất lên đầu, ghi chú nộp muộn', () => {
    const rows: InboxRow[] = [
      { key: 1, run: 1, source: 'a', outcome: outcome('a.xlsx') },
      { key: 2, run: 2, source: 'b', outcome: outcome('b.xlsx', { outcome: 'replaced' }) },
      { key: 3, run: 1, source: 'c', outcome: outcome('c.xlsx', { outcome: 'rejected' }) },
      { key: 4, run: 2, source: 'd', outcome: outcome('d.xlsx', { outcome: 'rejected' }) },
    ];
    expect(sortRows(rows).map((r: InboxRow) => r.key)).toEqual([2, 4, 1, 3]);
    expect(runSummary(rows)).toBe('1 đã nhận, 1 thay báo cáo trước, 2 bị từ chối');
    const d = (iso: string) => iso.split('-').reverse().join('/');
    expect(lateNoteOf(outcome('a.xlsx'), '2026-05-08', '2026-05-04', d)).toBe('Nhận ngày 08/05/2026, sau hạn nộp 04/05/2026: nộp muộn.');
    expect(lateNoteOf(outcome('a.xlsx'), '2026-05-04', '2026-05-04', d)).toBeUndefined();
    expect(lateNoteOf(outcome('a.xlsx', { outcome: 'replaced' }), '2026-05-08', '2026-05-04', d)).toBeUndefined();
    expect(lateNoteOf(outcome('a.xlsx'), '2026-05-08', null, d)).toBeUndefined();
  });
});

describe('tình hình nộp', () => {
  const row = (code: string, name: string, extra: Partial<UnitStatusRow>): UnitStatusRow => ({
    code,
    name,
    kind: 'su_nghiep',
    kindLabel: 'Đơn vị sự nghiệp công lập',
    parent: 'Ủy ban nhân dân xã Bình Lư',
    status: 'on_time',
    statusLabel: 'Đã nộp đúng hạn',
    receivedAt: '2026-05-02',
    lastReceivedAt: null,
    daysLate: null,
    submissionId: 1,
    fileName: `${code}.xlsx`,
    revision: 1,
    submissions: 1,
    template: false,
    edited: false,
    warnings: [],
    attachments: [],
    blank: 0,
    ...extra,
  });
  const rows = [
    row('BL-01', 'Trường Mầm non Bình Lư', {}),
    row('BL-02', 'Trường Tiểu học Bình Lư', { status: 'late', daysLate: 4 }),
    row('BL-03', 'Hợp tác xã Chè Bình Lư', { kind: 'dn_khac', status: 'missing', receivedAt: null, fileName: null }),
    row('BL-04', 'Trạm Y tế xã Bình Lư', { warnings: ['Tệp … sửa sau khi xuất'] }),
  ];

  it('lọc theo loại, tình trạng, cảnh báo và tìm không dấu', () => {
    const codes = (q: Omit<Parameters<typeof filterBoard>[1], 'parent'> & { parent?: string }) => filterBoard(rows, { parent: '', ...q }).map((r: UnitStatusRow) => r.code);
    expect(codes({ search: '', kind: '', status: 'late' })).toEqual(['BL-02']);
    expect(codes({ search: '', kind: '', status: 'missing' })).toEqual(['BL-03']);
    expect(codes({ search: '', kind: '', status: 'warnings' })).toEqual(['BL-04']);
    expect(codes({ search: '', kind: 'dn_khac', status: '' })).toEqual(['BL-03']);
    expect(codes({ search: 'tieu hoc', kind: '', status: '' })).toEqual(['BL-02']);
    expect(codes({ search: 'bl-01.xlsx', kind: '', status: '' })).toEqual(['BL-01']);
    expect(filterUnits(rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, parent: r.parent })), 'tram y te', '').map((u: { code: string }) => u.code)).toEqual(['BL-04']);
    expect(codes({ search: '', kind: '', status: '', parent: 'Ủy ban nhân dân xã Bình Lư' })).toEqual(['BL-01', 'BL-02', 'BL-03', 'BL-04']);
    expect(codes({ search: '', kind: '', status: '', parent: 'Sở Y tế' })).toEqual([]);
    expect(lateText(4)).toBe('muộn 4 ngày');
    expect(lateText(null)).toBe('');
  });

  it('sắp xếp theo từng cột hai chiều, ô trống luôn ở cuối; nhóm theo cấp trên với số đếm; biểu đồ theo loại và cấp trên', () => {
    const many = [
      row('BL-10', 'Ủy ban nhân dân xã Ải', { kind: 'xa', parent: '', receivedAt: '2026-05-03', fileName: 'b.xlsx' }),
      row('BL-2', 'Trường Tiểu học Bình Lư', { status: 'late', daysLate: 4, receivedAt: '2026-05-08', fileName: 'a.xlsx', warnings: ['x', 'y'] }),
      row('BL-3', 'Hợp tác xã Chè', { kind: 'dn_khac', parent: 'Sở Nông nghiệp', status: 'missing', receivedAt: null, fileName: null }),
      row('BL-1', 'Đài Truyền thanh', { status: 'late', daysLate: 1, receivedAt: '2026-05-05', fileName: 'c.xlsx', warnings: ['x'] }),
    ];
    const by = (key: SortKey, dir: 'asc' | 'desc' = 'asc') => sortBoard(many, { key, dir }).map((r) => r.code);
    // Codes sort as numbers inside text ("BL-2" before "BL-10"); Vietnamese letters in their place ("Đ" after "D").
    expect(by('code')).toEqual(['BL-1', 'BL-2', 'BL-3', 'BL-10']);
    expect(by('code', 'desc')).toEqual(['BL-10', 'BL-3', 'BL-2', 'BL-1']);
    expect(by('name')).toEqual(['BL-1', 'BL-3', 'BL-2', 'BL-10']);
    expect(by('status')).toEqual(['BL-10', 'BL-1', 'BL-2', 'BL-3']);
    expect(by('status', 'desc')).toEqual(['BL-3', 'BL-2', 'BL-1', 'BL-10']);
    expect(by('receivedAt')).toEqual(['BL-10', 'BL-1', 'BL-2', 'BL-3']);
    expect(by('receivedAt', 'desc')).toEqual(['BL-2', 'BL-1', 'BL-10', 'BL-3']);
    expect(by('file', 'desc')).toEqual(['BL-1', 'BL-10', 'BL-2', 'BL-3']);
    expect(by('notes', 'desc')).toEqual(['BL-2', 'BL-1', 'BL-3', 'BL-10']);

    const grouped = groupBoard(sortBoard(many, { key: 'code', dir: 'asc' }), 'parent');
    expect(grouped.map((i) => (i.type === 'group' ? `# ${i.label} ${i.counts.total}/${i.counts.on_time}/${i.counts.late}/${i.counts.missing}` : i.row.code))).toEqual([
      '# Sở Nông nghiệp 1/0/0/1',
      'BL-3',
      '# Ủy ban nhân dân xã Bình Lư 2/0/2/0',
      'BL-1',
      'BL-2',
      '# Không ghi cấp trên 1/1/0/0',
      'BL-10',
    ]);
    expect(groupBoard(many, '').length).toBe(4);
    expect(chartBars(many, 'kind').map((b) => [b.key, b.counts.total, b.counts.missing])).toEqual([
      ['xa', 1, 0],
      ['su_nghiep', 2, 0],
      ['dn_khac', 1, 1],
    ]);
    expect(chartBars(many, 'parent').map((b) => b.label)).toEqual(['Sở Nông nghiệp', 'Ủy ban nhân dân xã Bình Lư', 'Không ghi cấp trên']);
  });

  it('đọc số liệu nhận được và số tổng hợp theo cách viết Việt Nam', () => {
    expect(receivedValueText({ state: 'value', value: 1234, unit: 'lượt' })).toBe('1.234');
    expect(receivedValueText({ state: 'value', value: 96.84, unit: '%' })).toBe('96,8%');
    expect(receivedValueText({ state: 'value', value: 1, unit: 'có/không' })).toBe('Có');
    expect(receivedValueText({ state: 'value', value: 0, unit: 'có/không' })).toBe('Không');
    expect(receivedValueText({ state: 'none', value: 0, unit: 'đơn' })).toBe('Không phát sinh');
    expect(receivedValueText({ state: 'blank', value: null, unit: 'đơn' })).toBe('');
    expect(receivedValueText({ state: 'value', value: 1_500_000_000, unit: 'đồng' })).toBe('1,5 tỷ đồng');
    expect(totalText({ total: 2931, nature: 'count', unit: 'đơn' })).toBe('2.931 đơn');
    expect(totalText({ total: 98.4, nature: 'ratio', unit: '%' })).toBe('98,4%');
    expect(totalText({ total: 19, nature: 'boolean', unit: 'có/không' })).toBe('19 đơn vị có');
    expect(totalText({ total: null, nature: 'count', unit: 'đơn' })).toBe('');
  });
});

describe('kỳ báo cáo của cơ quan tổng hợp', () => {
  const commune: AggregatorSettingsView = { profile: { ...DEMO_UNIT, periodOverrides: {} }, source: 'unit' };
  it('là kỳ có hạn nộp gần hôm nay nhất', () => {
    expect(aggregatorCurrentPeriod('2026-05-10', commune)).toBe('2026-H1');
    expect(aggregatorCurrentPeriod('2026-11-20', commune)).toBe('2026-Y');
    expect(aggregatorCurrentPeriod('2027-01-15', commune)).toBe('2026-Y');
  });
  it('theo hạn nộp của tỉnh và của cơ quan tổng hợp', () => {
    expect(aggregatorPeriodInfo('2026-H1', commune)?.deadline).toBe('2026-05-04');
    const own: AggregatorSettingsView = { ...commune, profile: { ...commune.profile, periodOverrides: { deadline: { H1: { monthDay: '05-10' } } } } };
    expect(aggregatorPeriodInfo('2026-H1', own)?.deadline).toBe('2026-05-10');
    expect(aggregatorPeriodInfo('không phải kỳ', own)).toBeNull();
    expect(aggregatorPeriodInfo('2026-H1', null)).toBeNull();
  });
});
