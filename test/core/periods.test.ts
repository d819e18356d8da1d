import { isError } from "../../src/core/errors";
import {
  CivilDate,
  compareDates,
  dateToSerial,
  daysInMonth,
  fiscalYearOf,
  isoDate,
  isValidDate,
  lastCompleteMonthEnd,
  monthsRemaining,
  parseDateText,
  periodLabel,
  periodMonthOf,
  periodName,
  periodOf,
  readDate,
  serialToDate,
} from "../../src/core/periods";
import { renderProblem } from "../../src/i18n/problem";

const d = (day: number, month: number, year: number): CivilDate => ({ year, month, day });

describe("Excel serials", () => {
  // Known anchors, independent of the code: serial 1 is 1/1/1900; Excel's fictitious 29/2/1900 is 60,
  // so 1/3/1900 is 61; 44197 is 1/1/2021 (=DATE(2021,1,1)). 31/8/2021 is 44197 + 242 days
  // (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 31 = 212, plus 30 days into August).
  it.each([
    [1, d(1, 1, 1900)],
    [59, d(28, 2, 1900)],
    [61, d(1, 3, 1900)],
    [44197, d(1, 1, 2021)],
    [44197 + 212 + 30, d(31, 8, 2021)],
    [44439, d(31, 8, 2021)],
    [44105, d(1, 10, 2020)], // 44197 − 92 (Oct 31 + Nov 30 + Dec 31)
    [44469, d(30, 9, 2021)], // 44439 + 30
    [44255, d(28, 2, 2021)], // 44197 + 31 + 27
    [43890, d(29, 2, 2020)], // 1/1/2020 = 44197 − 366 = 43831; + 31 + 28
    [2958465, d(31, 12, 9999)], // Excel's last date
  ])("serial %p is %p", (serial, date) => {
    expect(serialToDate(serial)).toEqual(date);
    expect(dateToSerial(date)).toBe(serial);
  });

  it("ignores the time of day in a serial", () => {
    expect(serialToDate(44439.75)).toEqual(d(31, 8, 2021));
  });

  it.each([0, -1, 0.5, 2958466, NaN, Infinity])("serial %p is not a date", (serial) => {
    expect(serialToDate(serial)).toBeUndefined();
  });
});

describe("text dates are day first", () => {
  it.each([
    ["31/08/2021", d(31, 8, 2021)],
    ["31/8/2021", d(31, 8, 2021)],
    ["1-10-2020", d(1, 10, 2020)],
    ["30.09.2021", d(30, 9, 2021)],
    [" 01/10/2020 ", d(1, 10, 2020)],
    ["2021-08-31", d(31, 8, 2021)], // ISO
    ["29/02/2020", d(29, 2, 2020)], // leap year
    ["29/02/2000", d(29, 2, 2000)], // divisible by 400: leap
    ["05/03/2021", d(5, 3, 2021)], // 5 March, never 3 May
  ])("%p", (text, date) => {
    expect(parseDateText(text)).toEqual(date);
  });

  it.each([
    "29/02/2021", // not a leap year
    "29/02/1900", // divisible by 100, not by 400
    "31/09/2021",
    "32/01/2021",
    "08/31/2021", // mm/dd: month 31
    "00/01/2021",
    "1/1/21",
    "31/08/2021 10:00",
    "abc",
    "",
  ])("%p is not a date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe("readDate", () => {
  it("reads serials, Date objects and text", () => {
    expect(readDate(44439, "date")).toEqual(d(31, 8, 2021));
    expect(readDate(new Date(Date.UTC(2021, 7, 31)), "date")).toEqual(d(31, 8, 2021));
    expect(readDate("31/08/2021", "date")).toEqual(d(31, 8, 2021));
  });

  it.each([["29/02/2021"], ["hôm qua"], [-3], [true], [null]])("rejects %p naming the argument and the value", (v) => {
    const r = readDate(v, "Ngày báo cáo");
    if (!isError(r)) throw new Error("expected an error");
    expect(r.kind).toBe("value");
    expect(renderProblem(r.problem, "vi")).toContain("Ngày báo cáo");
    expect(renderProblem(r.problem, "vi")).toContain(String(v));
  });
});

describe("the statistical year runs 1/10 – 30/9", () => {
  it.each([
    // [date, fiscal year, month of the year]
    [d(30, 9, 2020), 2020, 12],
    [d(1, 10, 2020), 2021, 1],
    [d(31, 10, 2020), 2021, 1],
    [d(1, 11, 2020), 2021, 2],
    [d(31, 12, 2020), 2021, 3],
    [d(1, 1, 2021), 2021, 4],
    [d(29, 2, 2020), 2020, 5],
    [d(28, 2, 2021), 2021, 5],
    [d(31, 3, 2021), 2021, 6],
    [d(31, 8, 2021), 2021, 11],
    [d(30, 9, 2021), 2021, 12],
    [d(1, 10, 2021), 2022, 1],
  ])("%p is in year %p, month %p", (date, year, month) => {
    expect(fiscalYearOf(date)).toBe(year);
    expect(periodMonthOf(date)).toBe(month);
  });
});

describe("periods", () => {
  it.each([
    [d(31, 8, 2021), "11 tháng năm 2021 (01/10/2020 – 31/08/2021)", 1],
    [d(15, 8, 2021), "11 tháng năm 2021 (01/10/2020 – 31/08/2021)", 1], // the whole month
    [d(1, 10, 2020), "1 tháng năm 2021 (01/10/2020 – 31/10/2020)", 11],
    [d(31, 3, 2021), "6 tháng năm 2021 (01/10/2020 – 31/03/2021)", 6], // "6 tháng" ends on 31 March
    [d(30, 9, 2021), "12 tháng năm 2021 (01/10/2020 – 30/09/2021)", 0],
    [d(10, 2, 2020), "5 tháng năm 2020 (01/10/2019 – 29/02/2020)", 7], // leap February
    [d(10, 2, 2021), "5 tháng năm 2021 (01/10/2020 – 28/02/2021)", 7],
    [d(5, 12, 2020), "3 tháng năm 2021 (01/10/2020 – 31/12/2020)", 9],
  ])("%p: %p, %p months left", (date, label, left) => {
    const p = periodOf(date);
    expect(periodLabel(p)).toBe(label);
    expect(periodName(p)).toBe(label.slice(0, label.indexOf(" (")));
    expect(monthsRemaining(p)).toBe(left);
  });
});

describe("periods in English", () => {
  it("names the period and writes its dates the English way", () => {
    expect(periodLabel(periodOf(d(31, 8, 2021)), "en")).toBe("11 months of statistical year 2021 (1 Oct 2020 – 31 Aug 2021)");
    expect(periodName(periodOf(d(1, 10, 2020)), "en")).toBe("1 month of statistical year 2021");
  });
});

describe("calendar helpers", () => {
  it.each([
    [2021, 2, 28],
    [2020, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2021, 9, 30],
    [2021, 12, 31],
  ])("%p-%p has %p days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it("validates dates", () => {
    expect(isValidDate(d(29, 2, 2020))).toBe(true);
    expect(isValidDate(d(29, 2, 2021))).toBe(false);
    expect(isValidDate(d(1, 13, 2021))).toBe(false);
    expect(isValidDate(d(1.5, 1, 2021))).toBe(false);
  });

  it.each([
    [d(15, 9, 2021), d(31, 8, 2021)],
    [d(1, 10, 2021), d(30, 9, 2021)],
    [d(10, 1, 2021), d(31, 12, 2020)],
    [d(5, 3, 2020), d(29, 2, 2020)],
    [d(5, 3, 2021), d(28, 2, 2021)],
  ])("the last complete month before %p ends on %p", (today, end) => {
    expect(lastCompleteMonthEnd(today)).toEqual(end);
  });

  it("formats ISO dates and compares dates", () => {
    expect(isoDate(d(1, 2, 2021))).toBe("2021-02-01");
    expect(compareDates(d(1, 10, 2020), d(30, 9, 2021))).toBeLessThan(0);
    expect(compareDates(d(30, 9, 2021), d(1, 10, 2020))).toBeGreaterThan(0);
    expect(compareDates(d(30, 9, 2021), d(30, 9, 2021))).toBe(0);
  });
});
