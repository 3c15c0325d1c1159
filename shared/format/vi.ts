// Vietnamese number and date conventions (reference.md §6.1, §1.6).
// Written by hand rather than with Intl so output never depends on the ICU build.
import { vietNamDate, vietNamParts } from '../time/clock';

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "1.234", "1.234,5": dot for thousands, comma for decimals. */
export function formatNumber(n: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '';
  const negative = n < 0;
  const fixed = Math.abs(n).toFixed(maxFractionDigits);
  let [intPart, frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  const body = groupThousands(intPart ?? '0') + (frac ? ',' + frac : '');
  return (negative && body !== '0' ? '-' : '') + body;
}

/**
 * A percentage rounded to 0.1 as a spreadsheet's ROUND(x, 1) does: half away from zero, after the
 * binary noise of x is cut to 15 significant digits (so 1.15 gives 1.2 in both).
 */
export function roundPercent(percent: number): number {
  const tenths = Number((percent * 10).toPrecision(15));
  return (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
}

/** A ratio in percent: "12,5%", "100%" (no decimals for whole numbers). */
export function formatPercent(percent: number, maxFractionDigits = 1): string {
  return formatNumber(percent, maxFractionDigits) + '%';
}

/** Money in đồng; large sums read better as "1,5 tỷ đồng". */
export function formatMoney(dong: number): string {
  if (Math.abs(dong) >= 1e9) return formatNumber(dong / 1e9, 2) + ' tỷ đồng';
  if (Math.abs(dong) >= 1e6 && dong % 1e5 === 0) return formatNumber(dong / 1e6, 1) + ' triệu đồng';
  return formatNumber(dong, 0) + ' đồng';
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function toIsoDate(d: YMD): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The official date line: days below 10 and months 1–2 take a leading zero (NĐ 30, PL-I II.4.b). */
export function formatOfficialDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return '';
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
}

/** dd/mm/yyyy, as used in tables. */
export function formatTableDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${pad2(d.day)}/${pad2(d.month)}/${d.year}` : '';
}

/** The short in-sentence form of the seeds: "09/3/2026", "05/01/2026". */
export function formatShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return '';
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `${pad2(d.day)}/${month}/${d.year}`;
}

/**
 * Reads a date as a clerk types it: "05/3/2026", "5-3-2026", "5/3/26", "2026-03-05".
 * Returns ISO or null.
 */
export function parseVietnameseDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const d = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return parseIsoDate(toIsoDate(d)) ? toIsoDate(d) : null;
  }
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (vn) {
    // Two-digit years ("5/3/26", as Excel shows short dates) are this century's: the Law dates from 2022.
    const year = vn[3]!.length === 2 ? 2000 + Number(vn[3]) : Number(vn[3]);
    const d = { year, month: Number(vn[2]), day: Number(vn[1]) };
    return parseIsoDate(toIsoDate(d)) ? toIsoDate(d) : null;
  }
  return null;
}

/**
 * Reads a number typed the Vietnamese way ("1.234", "1.234,5") or plainly ("1234", "12.5").
 * A lone dot followed by exactly three digits is a thousands separator, as in "1.240".
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  return null;
}

/** Text in NFC, the form Word and Vietnamese fonts expect. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Capitalises the first letter only: "ủy ban" → "Ủy ban". */
export function capitalizeFirst(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s;
}

// ---- Moments and durations ----
// Moments are stored as UTC ISO strings; users read them in Viet Nam time, from the app's one clock
// (shared/time/clock.ts), whatever the machine's own time zone says.

function instant(at: Date | string): Date | null {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isFinite(d.getTime()) ? d : null;
}

/** The date (ISO) a moment falls on in Viet Nam: "2026-12-02T20:00:00Z" → "2026-12-03"; null when unreadable. */
export function vnDateOf(at: Date | string): string | null {
  const d = instant(at);
  return d ? vietNamDate(d) : null;
}

/** dd/mm/yyyy of a stored moment, in Viet Nam time. */
export function formatLocalDate(at: Date | string): string {
  const d = instant(at);
  return d ? formatTableDate(vietNamDate(d)) : String(at);
}

/**
 * "11:12 ngày 02/12/2026": a stored moment as a user reads it, in Viet Nam time. The one form of a
 * date with a time everywhere (tables, sentences, the CLI): it reads as the administrative style
 * in a sentence ("lúc 11:12 ngày 02/12/2026") and still sorts by eye in a column.
 */
export function formatLocalDateTime(at: Date | string): string {
  const d = instant(at);
  if (!d) return String(at);
  const p = vietNamParts(d);
  return `${pad2(p.hour)}:${pad2(p.minute)} ngày ${formatTableDate(vietNamDate(d))}`;
}

/** A number with exactly `digits` decimals, Vietnamese style: 0.3 → "0,30". */
export function formatFixed(n: number, digits: number): string {
  if (!Number.isFinite(n)) return '';
  const [i, f] = Math.abs(n).toFixed(digits).split('.');
  return (n < 0 && Number(n.toFixed(digits)) !== 0 ? '-' : '') + groupThousands(i!) + (f ? ',' + f : '');
}

/** How long something took: "0,30 giây", "12,4 giây", "2 phút 05 giây". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 10) return `${formatFixed(seconds, 2)} giây`;
  if (seconds < 60) return `${formatFixed(seconds, 1)} giây`;
  const whole = Math.round(seconds);
  return `${formatNumber(Math.floor(whole / 60))} phút ${pad2(whole % 60)} giây`;
}

/** A long item named in a sentence ("Chưa lưu: …"): its first words, enough to recognise it. */
export function shortenText(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}
