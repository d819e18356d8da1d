/**
 * The speed tricks of the duplicate decision-number check (flags.ts, decisions.ts) against plain reference
 * versions written here: the year of a day by table (dayYear.ts) against serialToDate for every day
 * of 1900–2099 and a sample to 9999, and the per-text cache of first rows against a plain map keyed by year and number,
 * over thousands of seeded random registers.
 */
import { yearOfDay } from "../../../src/core/register/dayYear";
import { RedFlags } from "../../../src/core/register/flags";
import { IssueLog } from "../../../src/core/register/issueLog";
import { isBlankCell } from "../../../src/core/numbers";
import { dateToSerial, serialToDate } from "../../../src/core/periods";
import { pick, prng } from "./random";

describe("yearOfDay", () => {
  it("is serialToDate's year for every serial of 1900–2099, and every 97th up to 31/12/9999", () => {
    const wrong: number[] = [];
    const check = (s: number) => yearOfDay(s) !== serialToDate(s)!.year && wrong.push(s);
    for (let s = 1; s <= dateToSerial({ year: 2100, month: 1, day: 1 }); s++) check(s);
    for (let s = 73051; s < 2958466; s += 97) check(s);
    check(2958465);
    expect(wrong).toEqual([]);
  });

  it("is the year of the date dateToSerial made the day from, before 1900 too", () => {
    const rand = prng(23);
    for (let i = 0; i < 5000; i++) {
      const d = { year: 1000 + Math.floor(rand() * 9000), month: 1 + Math.floor(rand() * 12), day: 1 + Math.floor(rand() * 28) };
      expect([d, yearOfDay(dateToSerial(d))]).toEqual([d, d.year]);
    }
    // The first and last days of the years around Excel's first day (and its 29/2/1900).
    for (const [year, month, day] of [[1899, 12, 31], [1900, 1, 1], [1900, 2, 28], [1900, 3, 1], [1900, 12, 31], [1901, 1, 1]]) {
      expect(yearOfDay(dateToSerial({ year, month, day }))).toBe(year);
    }
  });
});

describe("duplicate decision numbers", () => {
  const COLS = { officer: 0, status: 0, date: 1, amount: 0, collected: 0, decisionNumber: 2 };
  // Numbers as offices type them, and near misses: leading zeros, long runs of digits, another text after them.
  const NUMBERS: unknown[] = [
    "12/QĐ", " 12/qđ", "12/QĐ ", "12  /QĐ", "12\u00a0/QĐ", "13/QĐ", "13/qđ", 12, "12", "", " ", null, "-", "Số 5",
    "012/QĐ", "0/QĐ", "00/QĐ", 0, "7", 7, "123456789/QĐ", "1234567890/QĐ", "12/QĐ-CC", "12/qđ-cc", "１２/QĐ", "12/QĐ/QĐ",
  ];
  const DAYS: (number | undefined)[] = [
    undefined,
    dateToSerial({ year: 2020, month: 1, day: 1 }),
    dateToSerial({ year: 2020, month: 12, day: 31 }),
    dateToSerial({ year: 2021, month: 1, day: 1 }),
    dateToSerial({ year: 2021, month: 6, day: 15 }),
    dateToSerial({ year: 1850, month: 3, day: 2 }),
    1,
    60,
  ];

  /** plain: the first row of each (year, number) in a map; each later row a pair with it */
  function plainPairs(rows: [unknown, number | undefined][]): [number, number, string][] {
    const first = new Map<string, number>();
    const pairs: [number, number, string][] = [];
    rows.forEach(([raw, day], r) => {
      if (isBlankCell(raw)) return;
      const number = String(raw).trim().replace(/\s+/g, " ");
      const key = `${day === undefined ? 0 : dateYear(day)}|${number.toUpperCase()}`;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, r);
      else pairs.push([r, seen, number]);
    });
    return pairs;
  }
  /** The year of a day number, through a date: serialToDate from 1900 on, Date.UTC before. */
  const dateYear = (day: number) => serialToDate(day)?.year ?? new Date(Date.UTC(1899, 11, 31) + day * 86400000).getUTCFullYear();

  it("are the plain map's pairs, each naming the first cell of its number in its year", () => {
    const rand = prng(29);
    for (let run = 0; run < 2000; run++) {
      const rows: [unknown, number | undefined][] = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => [pick(rand, NUMBERS), pick(rand, DAYS)]);
      const log = new IssueLog("Sổ", { row: 0, col: 0 });
      const flags = new RedFlags(log, COLS, 1e7);
      rows.forEach(([raw, day], r) => flags.row([0, day ?? "", raw], r, day));
      const got = log.issues.map((i) => [i.row, i.problem?.params]);
      const expected = plainPairs(rows).map(([r, other, number]) => [r, { number, other: log.addr(other, 2) }]);
      expect([rows, got]).toEqual([rows, expected]);
    }
  });

  it("past fifty are counted, not listed", () => {
    const log = new IssueLog("Sổ", { row: 0, col: 0 });
    const flags = new RedFlags(log, COLS, 1e7);
    for (let r = 0; r < 80; r++) flags.row([0, 44000, "7/QĐ"], r, 44000);
    log.finish();
    expect(log.issues.filter((i) => i.problem?.code === "registerDuplicateDecision")).toHaveLength(50);
    expect(log.issues.at(-1)?.problem).toEqual({ code: "registerMore", params: { count: 29, of: "registerDuplicateDecision" } });
  });
});
