// Moments the app stores as UTC ISO strings (chốt số liệu, backups), shown in Viet Nam's time
// (the same clock as the rest of the app, whatever zone the machine is set to).
import { vietNamParts } from '../../../shared/time/clock';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10).split('-').reverse().join('/');
  const p = vietNamParts(d);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = vietNamParts(d);
  return `${localDate(iso)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}
