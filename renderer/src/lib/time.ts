// Moments the app stores as UTC ISO strings (chốt số liệu, backups), shown in the clerk's local time.
const pad2 = (n: number): string => String(n).padStart(2, '0');

export function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10).split('-').reverse().join('/');
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${localDate(iso)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}
