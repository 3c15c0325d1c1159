// The one clock of the app. Viet Nam keeps UTC+7 all year (no daylight saving), so the local date
// and time are plain arithmetic on the instant: the machine's own time zone never matters (a laptop
// set to UTC would otherwise say "yesterday" until 07:00 and count a late report as on time).

export interface Clock {
  /** The current instant. */
  now: () => Date;
}

export const VIET_NAM_OFFSET_MS = 7 * 3_600_000;

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (ISO string with offset or Z), for tests and reproducible runs. */
export const fixedClock = (iso: string): Clock => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`fixedClock: not an instant: ${iso}`);
  return { now: () => new Date(at.getTime()) };
};

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock reading in Viet Nam at `instant`. */
export function vietNamParts(instant: Date): LocalParts {
  const t = new Date(instant.getTime() + VIET_NAM_OFFSET_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(), second: t.getUTCSeconds() };
}

/** The calendar date in Viet Nam at `instant`, as YYYY-MM-DD (how the app stores dates). */
export function vietNamDate(instant: Date): string {
  const p = vietNamParts(instant);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Today's date in Viet Nam on `clock`. */
export const todayIn = (clock: Clock): string => vietNamDate(clock.now());

/** "2026-12-02-1115": local date and time for file names people read and sort (backups, logs). */
export function vietNamFileStamp(instant: Date): string {
  const p = vietNamParts(instant);
  return `${vietNamDate(instant)}-${pad2(p.hour)}${pad2(p.minute)}`;
}

