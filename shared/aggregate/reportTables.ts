// The consolidated report's tables: key figures by kind of unit (section II), and the appendices:
// I the units and when each report arrived, II the totals by kind, III each unit's figures.
import { appliesTo, FIGURE_GROUPS, figureDef } from '../domain/catalog';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatMoney, formatNumber, formatPercent, formatTableDate } from '../format/vi';
import type { FigureUnits } from '../exchange';
import type { Appendix, Block, Cell, Table } from '../report/document';
import { SUBMISSION_STATUS_LABEL, type Consolidation, type FigureTotal, type SubmittedValue, type UnitFigures } from './types';

const para = (text: string): Block => ({ type: 'para', runs: [{ text }] });


/** A total as the reader sees it: "1.240", "1,25 tỷ đồng", "93,3%". */
export function totalText(t: FigureTotal): string {
  if (t.total === null) return 'chưa có số liệu';
  if (t.nature === 'ratio') return formatPercent(t.total);
  if (t.unit === 'đồng') return formatMoney(t.total);
  if (t.nature === 'boolean') return `${formatNumber(t.total)}/${formatNumber(t.reported)}`;
  return formatNumber(t.total);
}

/** A value of one unit, for the appendix tables: blank is "–", "không phát sinh" is 0. */
export function valueText(code: string, v: SubmittedValue | undefined, units?: FigureUnits): string {
  const def = figureDef(code);
  // A consolidation from below answers a yes/no figure for many units.
  if (units?.yes !== undefined) return units.units ? `${formatNumber(units.yes)}/${formatNumber(units.units)}` : '–';
  if (!v || v.state === 'blank' || v.value === null) return v?.state === 'none' ? '0' : '–';
  if (def?.boolean) return v.value >= 1 ? 'Có' : 'Không';
  if (def?.unit === '%') return formatPercent(v.value);
  return formatNumber(v.value, def?.fractional ? 2 : 0);
}

const KEY_FIGURES = ['A1', 'A2', 'A3_HN', 'A3_LUOT', 'B1_TL', 'C1_HOP', 'D1_ND', 'D2_CUOC', 'G2_NHAN', 'G2_TL_GQ', 'K1_CUOC'];

export function kindTable(c: Consolidation): Table {
  const kinds = c.byKind.filter((k) => k.expected > 0);
  const whole = new Map(c.totals.map((t) => [t.code, t]));
  const codes = KEY_FIGURES.filter((code) => whole.has(code));
  const cellOf = (t: FigureTotal | undefined, submitted = 1): Cell => ({
    runs: [{ text: submitted === 0 ? '–' : !t || t.applicable === 0 ? '' : t.total === null ? '–' : totalText(t) }],
    align: 'right',
  });
  return {
    columns: [
      { title: 'Chỉ số', width: 34 },
      ...kinds.map((k) => ({ title: `${UNIT_KIND_INFO[k.kind].short} (${k.submitted}/${k.expected})`, width: 12, align: 'right' as const })),
      { title: `Tổng (${c.counts.submitted}/${c.counts.expected})`, width: 12, align: 'right' },
    ],
    rows: codes.map((code) => {
      const t = whole.get(code)!;
      return [`${t.label}${t.unit === '%' ? '' : ` (${t.nature === 'boolean' ? 'số đơn vị có' : t.unit})`}`, ...kinds.map((k) => cellOf(k.figures.find((f) => f.code === code), k.submitted)), cellOf(t)];
    }),
  };
}

export function statusAppendix(c: Consolidation, unitNotes: Readonly<Record<string, string[]>>, reference: string): Appendix {
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let stt = 0;
  for (const k of c.byKind) {
    const list = c.statusRows.filter((r) => r.unit.kind === k.kind);
    if (!list.length) continue;
    groupRows.push(rows.length);
    rows.push([`${k.label} (${formatNumber(k.submitted)}/${formatNumber(k.expected)} đơn vị đã gửi báo cáo)`]);
    for (const r of list) {
      const notes = [...(r.daysLate ? [`Chậm ${formatNumber(r.daysLate)} ngày`] : []), ...(unitNotes[r.unit.code] ?? [])];
      rows.push([
        String(++stt),
        r.unit.code,
        r.unit.name,
        { runs: [{ text: r.receivedAt ? formatTableDate(r.receivedAt) : '' }], align: 'center' },
        { runs: [{ text: SUBMISSION_STATUS_LABEL[r.status], bold: r.status !== 'on_time' }], align: 'center' },
        notes.join('; '),
      ]);
    }
  }
  return {
    number: 'I',
    title: `DANH SÁCH CƠ QUAN, ĐƠN VỊ VÀ TÌNH HÌNH GỬI BÁO CÁO ${c.period.titlePhrase.toUpperCase()}`,
    reference,
    landscape: false,
    table: {
      columns: [
        { title: 'STT', width: 6, align: 'center' },
        { title: 'Mã', width: 11, align: 'center' },
        { title: 'Tên cơ quan, đơn vị', width: 38 },
        { title: 'Ngày nhận', width: 13, align: 'center' },
        { title: 'Tình trạng', width: 14, align: 'center' },
        { title: 'Ghi chú', width: 18 },
      ],
      rows,
      groupRows,
    },
  };
}

export function totalsAppendix(c: Consolidation, reference: string): Appendix {
  const kinds = c.byKind.filter((k) => k.expected > 0);
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let stt = 0;
  const right = (t: string): Cell => ({ runs: [{ text: t }], align: 'right' });
  const text = (t: FigureTotal | undefined): string => (!t || t.applicable === 0 ? '' : t.total === null ? '–' : t.nature === 'ratio' ? formatPercent(t.total) : t.nature === 'boolean' ? `${formatNumber(t.total)}/${formatNumber(t.reported)}` : formatNumber(t.total, 2));
  for (const g of FIGURE_GROUPS) {
    const list = c.totals.filter((t) => t.group === g.code);
    if (!list.length) continue;
    groupRows.push(rows.length);
    rows.push([`${g.code}. ${g.label}`]);
    for (const t of list) {
      rows.push([
        String(++stt),
        t.label,
        t.nature === 'boolean' ? 'đơn vị có' : t.unit,
        ...kinds.map((k) => right(text(k.figures.find((f) => f.code === t.code)))),
        right(text(t)),
        right(t.blank ? formatNumber(t.blank) : ''),
      ]);
    }
  }
  return {
    number: 'II',
    title: `TỔNG HỢP SỐ LIỆU THEO LOẠI CƠ QUAN, ĐƠN VỊ ${c.period.titlePhrase.toUpperCase()}`,
    reference,
    landscape: true,
    intro: [para(`Số liệu tổng hợp từ ${formatNumber(c.counts.submitted)}/${formatNumber(c.counts.expected)} cơ quan, đơn vị đã gửi báo cáo. Tỷ lệ (%) tính từ tổng tử số và tổng mẫu số của các đơn vị có đủ số liệu; dòng có/không ghi số đơn vị có trên số đơn vị trả lời; "–": chưa có số liệu.`)],
    table: {
      columns: [
        { title: 'STT', width: 4, align: 'center' },
        { title: 'Chỉ số', width: 42 },
        { title: 'Đơn vị tính', width: 8, align: 'center' },
        ...kinds.map((k) => ({ title: UNIT_KIND_INFO[k.kind].short, width: 9, align: 'right' as const })),
        { title: 'Tổng', width: 9, align: 'right' },
        { title: 'Số đơn vị chưa có số liệu', width: 9, align: 'right' },
      ],
      rows,
      groupRows,
    },
  };
}

/** Figure columns per table of Appendix III: more would squeeze the unit names off a landscape page. */
const MAX_FIGURE_COLUMNS = 6;

/** Appendix III: per group of figures, tables with a row per unit that reported and a column per figure. */
/**
 * Above this many reporting units the per-unit tables would run to hundreds of pages (about 670
 * for 1,000 units); they are then left to the workbook's "Số liệu từng đơn vị" sheet.
 */
export const PER_UNIT_APPENDIX_LIMIT = 200;

export function unitsAppendix(c: Consolidation, reference: string): Appendix {
  const reported = c.unitRows.filter((r) => r.status !== 'missing');
  const tables: Array<{ title: string; codes: string[]; table: Table }> = [];
  for (const g of FIGURE_GROUPS) {
    const all = c.totals.filter((t) => t.group === g.code).map((t) => t.code);
    for (let i = 0; i < all.length; i += MAX_FIGURE_COLUMNS) {
      const codes = all.slice(i, i + MAX_FIGURE_COLUMNS);
      // A figure that does not apply to a unit's kind is left empty (not "–"), and a unit to which
      // none of the table's figures applies is left out (the schools have no hương ước).
      const applies = (r: UnitFigures, code: string): boolean => appliesTo(figureDef(code)!, r.unit.kind) || (r.values[code] !== undefined && r.values[code]!.state !== 'blank');
      const rows: Cell[][] = reported
        .filter((r) => codes.some((code) => applies(r, code)))
        .map((r: UnitFigures, k) => [
          String(k + 1),
          r.unit.name,
          ...codes.map((code): Cell => ({ runs: [{ text: applies(r, code) ? valueText(code, r.values[code], r.figureUnits?.[code]) : '' }], align: 'right' })),
        ]);
      tables.push({
        title: `${g.code}. ${g.label}${i > 0 ? ' (tiếp theo)' : ''}`,
        codes,
        table: {
          columns: [
            { title: 'STT', width: 5, align: 'center' },
            { title: 'Cơ quan, đơn vị', width: 36 },
            ...codes.map((code) => ({ title: `${code}\n(${figureDef(code)!.boolean ? 'có/không' : figureDef(code)!.unit})`, width: 10, align: 'right' as const })),
          ],
          rows,
        },
      });
    }
  }
  const intro: Block[] = [para('Mỗi bảng một nhóm chỉ số, mỗi dòng một cơ quan, đơn vị đã gửi báo cáo; tên chỉ số theo mã ghi trên mỗi bảng. "0": không phát sinh; "–": chưa có số liệu; ô trống: chỉ số không áp dụng cho loại đơn vị.')];
  const legend = (codes: string[]): Block => para(codes.map((code) => `${code}: ${figureDef(code)!.label}`).join('; ') + '.');
  tables.forEach((t, i) => {
    intro.push({ type: 'heading', level: 2, text: t.title });
    intro.push(legend(t.codes));
    // The last table is the appendix's own table, printed after this introduction.
    if (i < tables.length - 1) intro.push({ type: 'table', table: t.table });
  });
  const last = tables[tables.length - 1];
  return {
    number: 'III',
    title: `SỐ LIỆU CỦA TỪNG CƠ QUAN, ĐƠN VỊ ${c.period.titlePhrase.toUpperCase()}`,
    reference,
    landscape: true,
    intro: last ? intro : [...intro, para('Chưa có đơn vị nào gửi báo cáo.')],
    table: last?.table ?? { columns: [{ title: 'Cơ quan, đơn vị', width: 1 }], rows: [] },
  };
}

