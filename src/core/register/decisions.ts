/**
 * The first row of each decision number in each year: offices number decisions afresh each year,
 * so 12/QĐ of 2020 and of 2021 are two. Numbers are compared trimmed, with spaces collapsed and in
 * upper case. Asked of every row, so each year keeps the first row of each cell text as typed, in
 * an object without a prototype (as the pass's other per-cell caches): a number of the year met
 * before costs one lookup and no allocation; each text's number is worked out once.
 */

/** A number cell's text as shown: trimmed, inner white space one space. */
export const collapsed = (typed: string) => typed.trim().replace(/\s+/g, " ");
/** A number cell's text as compared: collapsed, in upper case. */
const decisionKey = (typed: string) => collapsed(typed).toUpperCase();

interface YearRows {
  /** cell text as typed → the grid row of the first cell of its number in the year */
  byText: Record<string, number | undefined>;
  /** number (decisionKey) → the grid row of its first cell in the year */
  byKey: Map<string, number>;
}

export class DecisionNumbers {
  private readonly years = new Map<number, YearRows>();
  /** the year asked last, and its rows: rows of a register come in runs of a year */
  private lastYear = NaN;
  private last: YearRows | undefined;
  private readonly keyOf: Record<string, string | undefined> = Object.create(null);

  /** The first row of the number `typed` in `year`: r itself when row r is the first. */
  firstRow(typed: string, year: number, r: number): number {
    const rows = year === this.lastYear ? this.last! : this.rowsOf(year);
    return rows.byText[typed] ?? this.firstOfKey(rows, typed, r);
  }

  private rowsOf(year: number): YearRows {
    let rows = this.years.get(year);
    if (rows === undefined) this.years.set(year, (rows = { byText: Object.create(null), byKey: new Map() }));
    this.lastYear = year;
    this.last = rows;
    return rows;
  }

  /** A text not met yet in the year: the first row of its number there, else r (now its first). */
  private firstOfKey(rows: YearRows, typed: string, r: number): number {
    let key = this.keyOf[typed];
    if (key === undefined) this.keyOf[typed] = key = decisionKey(typed);
    let first = rows.byKey.get(key);
    if (first === undefined) rows.byKey.set(key, (first = r));
    rows.byText[typed] = first;
    return first;
  }
}
