/**
 * Calendar arithmetic of the seed on whole UTC days, with a fixed "today" so that every run
 * gives the same bytes.
 */
const DAY_MS = 86_400_000;

/** The seed's "today": 2026-12-01. */
export const TODAY = Date.UTC(2026, 11, 1) / DAY_MS;
/** The instant the seed's sales totals are computed at (noon UTC, the same calendar day everywhere in the Americas). */
export const NOW = new Date(Date.UTC(2026, 11, 1, 12, 0, 0));

/** Day number of a `YYYY-MM-DD` date. */
export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

const dateCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  let date = dateCache.get(day);
  if (date === undefined) dateCache.set(day, (date = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return date;
}

/**
 * An instant on a day, `minute` minutes after 8:00 in Québec (standard time, UTC−5), as an ISO
 * timestamp in UTC.
 */
export function isoInstant(day: number, minute: number): string {
  const total = 13 * 60 + Math.floor(minute);
  const d = day + Math.floor(total / 1440);
  const m = total % 1440;
  return `${isoDate(d)}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00.000Z`;
}

/** Day number of the first of January of a year. */
export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** Skips Saturdays and Sundays forward (documents are dated on working days). */
export function workingDay(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  if (weekday === 6) return day + 2;
  if (weekday === 0) return day + 1;
  return day;
}
