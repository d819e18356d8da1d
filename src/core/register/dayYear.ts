/**
 * The calendar year of a day number (an Excel serial, as the register pass holds dates): asked of
 * every row with a decision number, where a date object per row (serialToDate), a cache of days or
 * the usual arithmetic (seven divisions) was a tenth of the pass. Here: a table of the serials of
 * each 1 January, found from an estimate by one multiplication. Tests check it against serialToDate
 * for every serial, and against dateToSerial for days before 1900 (text dates such as 01/01/1850).
 */
import { dateToSerial } from "../periods";

const FIRST_YEAR = 1900;
/** The last year of Excel's dates (serial 2,958,465 is 31/12/9999). */
const LAST_YEAR = 9999;
/** JANUARY_FIRST[i]: the serial of 1/1/(1900 + i), up to 1/1/10000; built when first asked. */
let JANUARY_FIRST: Int32Array | undefined;

function januaryFirsts(): Int32Array {
  const table = new Int32Array(LAST_YEAR - FIRST_YEAR + 2);
  for (let i = 0; i < table.length; i++) table[i] = dateToSerial({ year: FIRST_YEAR + i, month: 1, day: 1 });
  return table;
}

/** The year of an integer day number as dateToSerial counts them. */
export function yearOfDay(day: number): number {
  const starts = (JANUARY_FIRST ??= januaryFirsts());
  const last = starts.length - 2;
  if (!(day >= starts[0] && day < starts[last + 1])) return yearOutsideExcel(day);
  let i = Math.min(last, Math.floor((day - 1) * (1 / 365.2425)));
  while (day < starts[i]) i--;
  while (day >= starts[i + 1]) i++;
  return FIRST_YEAR + i;
}

/** Days before 1900 (text dates read by dateToSerial) and after 9999: by a date object. */
function yearOutsideExcel(day: number): number {
  // dateToSerial counts the days below 61 one short, for Excel's 29/2/1900.
  const fromEpoch = day < 61 ? day + 1 : day;
  return new Date(Date.UTC(1899, 11, 30) + fromEpoch * 86_400_000).getUTCFullYear();
}
