// The aggregator's demo: twelve units of the commune of Bình Lư (Lai Châu) export their reports
// from their own databases, the commune (Phòng Văn hóa - Xã hội) imports them in two batches
// (one unit late, one resubmitting a corrected report, one filling the blank template by hand,
// two never reporting), and writes the consolidated report, its workbook and the reminder letter.
// Unit names beyond the profile's six are invented for the demo; numbers are plausible, not real.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExcel } from '../reports/lazy';
import type { ExpectedUnit } from '../../../shared/aggregate/types';
import type { ActivityInput, ActivityKind } from '../../../shared/domain/activities';
import type { FigureEntry } from '../../../shared/domain/catalog';
import { figuresFor } from '../../../shared/domain/catalog';
import { defaultUnitProfile } from '../../../shared/domain/defaults';
import { describePeriod } from '../../../shared/domain/periods';
import { BINH_LU } from '../../../shared/domain/profiles';
import { planPeriodSettings } from '../../../shared/plans/resolve';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { UNIT_KIND_INFO, type UnitKind } from '../../../shared/domain/units';
import type { ArgOf, OpName, ResultOf } from '../../../shared/ipc/contract';
import { COL_CODE, COL_VALUE, FIGURES_HEADER_ROW, SHEET_FIGURES } from '../../../shared/exchange';
import { outcomeLine } from '../aggregate/importer';
import { statusText } from '../cli/aggregate';
import { openDatabase } from '../db/open';
import { writeBlankTemplate, APP_VERSION } from '../reports/unitReport';
import { createServices, dispatch, type Services } from '../services';
import { DEMO_UNIT } from './demoData';
// A cycle with runDemo (which runs this demo): seedDemo is only called, never run at load.
import { seedDemo } from './runDemo';

export const AGGREGATE_DEMO_DB = 'dcs-tong-hop-demo.sqlite';
const PERIOD = '2026-H1';

async function call<K extends OpName>(s: Services, op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' ')}`);
  return r.value as ResultOf<K>;
}

/** The commune's units: the profile's six and six more, one of each kind at least. */
export const DEMO_UNITS: ExpectedUnit[] = [
  // The commune's own UBND is one of the units it consolidates: listed under the code it reports
  // with, so its own report and its row in the consolidation are one and the same.
  ...(BINH_LU.units ?? []).map((u) => ({ ...u, ...(u.kind === 'xa' ? { code: DEMO_UNIT.code, name: DEMO_UNIT.name } : {}), parent: 'Ủy ban nhân dân xã Bình Lư' })),
  { code: 'BL-07', name: 'Trường Phổ thông dân tộc bán trú Tiểu học Bình Lư', kind: 'su_nghiep', parent: 'Ủy ban nhân dân xã Bình Lư' },
  { code: 'BL-08', name: 'Trung tâm Dịch vụ nông nghiệp xã Bình Lư', kind: 'su_nghiep', parent: 'Ủy ban nhân dân xã Bình Lư' },
  { code: 'BL-09', name: 'Ban Quản lý dự án đầu tư xây dựng xã Bình Lư', kind: 'su_nghiep', parent: 'Ủy ban nhân dân xã Bình Lư' },
  { code: 'BL-10', name: 'Chi nhánh Thủy nông Bình Lư', kind: 'dnnn', parent: 'Công ty TNHH MTV Quản lý thủy nông Lai Châu' },
  { code: 'BL-11', name: 'Hợp tác xã Chè Bình Lư', kind: 'dn_khac', parent: '' },
  { code: 'BL-12', name: 'Công ty TNHH Chè Tiên Phong', kind: 'dn_khac', parent: '' },
];

/** The commune collects its units' reports: the same cut-off at 30/4 as its own report, deadline 04/5. */
const CUTOFF = { cutoff: { H1: { from: { monthDay: '12-15', yearOffset: -1 as const }, to: { monthDay: '04-30' } } } };

export const DEMO_AGGREGATOR: UnitProfile = {
  ...DEMO_UNIT,
  signer: { authority: 'KT.', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Thị Hoa' },
  kinhGui: ['Sở Nội vụ tỉnh Lai Châu'],
  recipients: ['Thường trực Đảng ủy xã', 'Thường trực HĐND xã', 'Các cơ quan, đơn vị trên địa bàn xã'],
  archiveTag: 'VHXH',
  periodOverrides: CUTOFF,
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A few activities a school, an office or an enterprise records in six months. */
function unitActivities(kind: UnitKind, seed: number): ActivityInput[] {
  const r = rng(seed);
  const pick = (a: number, b: number): number => a + Math.floor(r() * (b - a + 1));
  const staff = kind === 'xa' ? 60 : pick(18, 60);
  const day = (m: number): string => `2026-${String(m).padStart(2, '0')}-${String(pick(3, 27)).padStart(2, '0')}`;
  const a = (kindOf: ActivityKind, month: number, title: string, people: number | null, sessions = 1, basisDoc = ''): ActivityInput => ({
    date: day(month),
    kind: kindOf,
    title,
    form: 'truc_tiep',
    sessions,
    participants: people,
    basisDoc,
    notes: '',
    measures: [],
  });
  const workers = kind === 'dnnn' || kind === 'dn_khac' ? 'người lao động' : 'cán bộ, công chức, viên chức, người lao động';
  const list: ActivityInput[] = [
    a('LANH_DAO', 1, 'Kế hoạch thực hiện dân chủ ở cơ sở năm 2026', null, 1, `Kế hoạch số ${pick(2, 40)}/KH`),
    a('TUYEN_TRUYEN', 2, `Hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở cho ${workers}`, staff, 1),
    a('TUYEN_TRUYEN', 4, 'Lồng ghép tuyên truyền dân chủ ở cơ sở trong sinh hoạt chi bộ, giao ban', pick(10, staff), pick(1, 3)),
    a('CONG_KHAI', 3, 'Công khai dự toán, kế hoạch và các chế độ, chính sách của đơn vị', null),
    a('DAN_CHU_TRUC_TIEP', 1, kind === 'dnnn' || kind === 'dn_khac' ? 'Hội nghị người lao động năm 2026' : 'Hội nghị cán bộ, công chức, viên chức năm 2026', staff),
    a('KIEM_TRA', 4, 'Tự kiểm tra việc thực hiện Quy chế dân chủ tại đơn vị', pick(5, 12)),
  ];
  if (r() > 0.3) list.push(a('DOI_THOAI', 3, `Đối thoại giữa người đứng đầu với ${workers}`, pick(15, staff)));
  if (r() > 0.5) list.push(a('TAP_HUAN', 3, 'Bồi dưỡng nghiệp vụ cho người phụ trách công tác dân chủ', pick(2, 6)));
  if (r() > 0.5) list.push(a('CNTT', 2, 'Cập nhật chuyên mục dân chủ ở cơ sở trên trang thông tin điện tử', null));
  if (r() > 0.6) list.push(a('LAY_Y_KIEN', 2, 'Lấy ý kiến về dự thảo quy chế chi tiêu nội bộ', staff));
  return list;
}

/** Entered figures that respect the catalogue's rules, varied by seed. */
function unitFigures(kind: UnitKind, seed: number): Record<string, FigureEntry> {
  const r = rng(seed * 7 + 1);
  const pick = (a: number, b: number): number => a + Math.floor(r() * (b - a + 1));
  const v = (value: number): FigureEntry => ({ state: 'value', value });
  const out: Record<string, FigureEntry> = {};
  const codes = new Set(figuresFor(kind).map((f) => f.code));
  const set = (code: string, e: FigureEntry): void => {
    if (codes.has(code)) out[code] = e;
  };
  set('A2', v(r() > 0.15 ? 1 : 0));
  const pt = pick(1, 3);
  set('A4_PT_TONG', v(pt));
  set('A4_PT_TH', v(pick(0, pt)));
  const phai = pick(6, 12);
  set('B1_PHAI', v(phai));
  set('B1_DA', v(r() > 0.3 ? phai : phai - 1));
  set('B3_SO', v(r() > 0.4 ? 1 : 0));
  set('C4_HN_CBCCVC', v(1));
  set('C5_KT_NQ', v(r() > 0.3 ? 1 : 0));
  set('C6_HN_NLD', v(1));
  if (r() > 0.5) {
    set('E1_TV', v(pick(3, 5)));
    const tong = pick(3, 5);
    set('E3_TONG', v(tong));
    set('E3_TH', v(pick(1, tong)));
    set('E4_KIEN_TOAN', v(1));
  }
  const nhan = pick(0, 6);
  if (nhan === 0) {
    set('G2_NHAN', { state: 'none' });
    set('G2_GQ', { state: 'none' });
    set('G2_DH', { state: 'none' });
  } else {
    const gq = pick(Math.max(0, nhan - 1), nhan);
    set('G2_NHAN', v(nhan));
    set('G2_GQ', v(gq));
    set('G2_DH', v(pick(Math.max(0, gq - 1), gq)));
  }
  set('G3_NHAN', { state: 'none' });
  set('G3_NHAN_LK', { state: 'none' });
  set('G3_GQ', { state: 'none' });
  const dk = pick(3, 12);
  set('H1_DK', v(dk));
  set('H1_TT', v(pick(dk - 2, dk)));
  const phieu = pick(20, 120);
  set('H2_PHIEU', v(phieu));
  set('H2_HL', v(Math.round(phieu * (0.8 + r() * 0.2))));
  set('H3_CHUYEN_MUC', v(r() > 0.5 ? 1 : 0));
  set('K2_VP', { state: 'none' });
  set('K2_XL', { state: 'none' });
  set('L1_KT', v(pick(0, 4)));
  return out;
}

function profileOf(u: ExpectedUnit): UnitProfile {
  if (u.kind === 'xa') return { ...DEMO_UNIT, code: u.code, name: u.name, periodOverrides: CUTOFF };
  const base = defaultUnitProfile(BINH_LU, u.kind, u.name);
  return {
    ...base,
    code: u.code,
    parentBody: u.parent || '',
    placeName: 'Bình Lư',
    signer: { ...base.signer, name: `Người ký ${u.code}` },
    planRef: 'Kế hoạch số 363/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã Bình Lư về thực hiện dân chủ ở cơ sở năm 2026',
    periodOverrides: CUTOFF,
  };
}

/** One unit records its half-year in its own database and exports its report into `dir`. */
async function exportUnit(u: ExpectedUnit, seed: number, dir: string, date: string, edit?: (s: Services) => Promise<void>): Promise<void> {
  const db = openDatabase(':memory:');
  try {
    const s = createServices(db, { version: APP_VERSION, today: () => date });
    if (u.code === DEMO_UNIT.code) {
      // The demo commune's own records: its report here is the one `dcs demo` writes for it.
      await seedDemo(db);
    } else {
      await call(s, 'unit.set', profileOf(u));
      for (const a of unitActivities(u.kind, seed)) await call(s, 'activity.add', a);
      for (const [code, entry] of Object.entries(unitFigures(u.kind, seed))) await call(s, 'figure.set', { period: PERIOD, code, entry });
    }
    await call(s, 'report.export', { period: PERIOD, outDir: dir, acceptDrafts: true });
    if (edit) {
      await edit(s);
      await call(s, 'report.export', { period: PERIOD, outDir: dir, acceptDrafts: true });
    }
  } finally {
    db.close();
  }
}

/** A unit without the app: the blank template filled in Excel, its name and code typed in. */
async function handFilledTemplate(u: ExpectedUnit, path: string): Promise<void> {
  const period = describePeriod(PERIOD, planPeriodSettings(BINH_LU, undefined, CUTOFF));
  await writeBlankTemplate(period, u.kind, BINH_LU.id, path, '2026-03-01T08:00:00.000Z');
  const wb = new (await loadExcel()).Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(SHEET_FIGURES)!;
  ws.getCell(2, 3).value = u.name;
  ws.getCell(2, 5).value = u.code;
  const typed: Record<string, number | string> = {
    A1: 2, A2: 'Có', A3_HN: 3, A3_LUOT: 96, B1_PHAI: 8, B1_DA: 8, C1_HOP: 1, C1_LUOT: 41, C5_KT_NQ: 1, D2_CUOC: 1, D2_LUOT: 38,
    E1_TV: 3, E3_TONG: 3, E3_TH: 3, E4_KIEN_TOAN: 1, G2_NHAN: 'Không phát sinh', G3_NHAN: 'kps', K1_CUOC: 1, K2_VP: 'Không phát sinh', L1_KT: 2,
  };
  for (let r = FIGURES_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const code = String(ws.getCell(r, COL_CODE).value ?? '');
    if (code in typed) ws.getCell(r, COL_VALUE).value = typed[code]!;
  }
  await wb.xlsx.writeFile(path);
}

/** A one-page PDF, standing in for a scanned signed report. */
function tinyPdf(title: string): Buffer {
  const text = title.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${44 + text.length} >>\nstream\nBT /F1 14 Tf 72 770 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface AggregateDemoOutput {
  dbPath: string;
  inbox: string;
  report: { docx: string; xlsx: string | null };
  reminder: string;
}

export async function runAggregateDemo(outDir: string, io: { out: (s: string) => void }): Promise<AggregateDemoOutput> {
  mkdirSync(outDir, { recursive: true });
  const inbox = join(outDir, 'hop-thu-den');
  rmSync(inbox, { recursive: true, force: true });
  const batch1 = join(inbox, 'dot-1_den-04-5');
  const batch2 = join(inbox, 'dot-2_sau-han');
  mkdirSync(batch1, { recursive: true });
  mkdirSync(batch2, { recursive: true });
  const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));

  // The units report. BL-09 is late; BL-04 corrects its figures after sending; BL-10 fills the
  // blank template by hand; BL-03 sends a scanned PDF; BL-11 and BL-12 never report.
  for (const [i, u] of DEMO_UNITS.entries()) {
    if (['BL-09', 'BL-10', 'BL-11', 'BL-12'].includes(u.code)) continue;
    if (u.code === 'BL-04') {
      await exportUnit(u, i + 1, batch1, '2026-04-29');
      await exportUnit(u, i + 1, join(outDir, '.tmp-resend'), '2026-05-06', async (s) => {
        await call(s, 'figure.set', { period: PERIOD, code: 'L1_KT', entry: { state: 'value', value: 3 } });
      });
      continue;
    }
    await exportUnit(u, i + 1, batch1, '2026-04-30');
  }
  // The corrected BL-04 (revision 2) and the late BL-09 arrive after the deadline.
  const resend = join(outDir, '.tmp-resend');
  writeFileSync(join(batch2, 'BL-04_2026-H1.xlsx'), readFileSync(join(resend, 'BL-04_2026-H1.xlsx')));
  rmSync(resend, { recursive: true, force: true });
  await exportUnit(byCode.get('BL-09')!, 9, batch2, '2026-05-07');
  await handFilledTemplate(byCode.get('BL-10')!, join(batch1, 'Bieu so lieu - Chi nhanh Thuy nong BL-10.xlsx'));
  // BL-03 sends a scan instead of the .docx.
  rmSync(join(batch1, 'BL-03_2026-H1.docx'), { force: true });
  writeFileSync(join(batch1, 'BL-03_2026-H1 (ban ky).pdf'), tinyPdf('BL-03 Bao cao ket qua thuc hien dan chu o co so 6 thang dau nam 2026 (ban quet)'));

  // The commune's Phòng Văn hóa - Xã hội sets up and imports.
  const dbPath = join(outDir, AGGREGATE_DEMO_DB);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const listPath = join(outDir, 'danh-sach-don-vi.csv');
  writeFileSync(
    listPath,
    '\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị,Cấp trên\n' + DEMO_UNITS.map((u) => [u.code, u.name, UNIT_KIND_INFO[u.kind].label, u.parent].map((x) => `"${x}"`).join(',')).join('\n') + '\n',
  );
  const db = openDatabase(dbPath);
  try {
    const at = (date: string): Services => createServices(db, { dbPath, version: APP_VERSION, today: () => date });
    const s = at('2026-05-03');
    await call(s, 'aggregate.settings.set', DEMO_AGGREGATOR);
    const list = await call(s, 'aggregate.units.import', { path: listPath });
    io.out(`Danh sách đơn vị phải báo cáo: ${list.units.length} đơn vị (${listPath}).`);
    for (const [dir, date] of [
      [batch1, '2026-05-03'],
      [batch2, '2026-05-08'],
    ] as const) {
      const r = await call(at(date), 'aggregate.import', { period: PERIOD, paths: [dir] });
      io.out(`Nhập ${dir} (ngày nhận ${date.split('-').reverse().join('/')}):`);
      for (const f of r.files) io.out(`  ${outcomeLine(f)}`);
    }
    const today = at('2026-05-10');
    const status = await call(today, 'aggregate.status', { period: PERIOD });
    for (const line of statusText(status)) io.out(line);
    const report = await call(today, 'aggregate.report', { period: PERIOD, outDir });
    const reminder = await call(today, 'aggregate.remind', { period: PERIOD, outDir, deadline: '2026-05-15' });
    io.out('Báo cáo tổng hợp và công văn đôn đốc đã ghi:');
    io.out(`  ${report.docx}\n  ${report.xlsx}\n  ${reminder.docx}`);
    return { dbPath, inbox, report: { docx: report.docx, xlsx: report.xlsx }, reminder: reminder.docx };
  } finally {
    db.close();
  }
}
