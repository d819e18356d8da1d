/**
 * The day the add-in runs on: the system's date, or the day a test sets (the command's THADS_TODAY
 * variable, the pane's THADS_TODAY global), because the warnings about report dates long ago or in
 * the future and the default report date depend on it, and the tests' samples are from 2021.
 */
import { isValidDate, type CivilDate } from "./periods";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day set as YYYY-MM-DD, else the local date of `now`; a set day that is no date is thrown back. */
export function todayOf(set: unknown, now: Date = new Date()): CivilDate {
  if (set === undefined || set === null || set === "") return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const m = ISO_DAY.exec(String(set));
  const day = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!day || !isValidDate(day)) throw new RangeError(`THADS_TODAY must be a date written YYYY-MM-DD, not "${String(set)}"`);
  return day;
}
