/**
 * The workbook's date system told from a date cell's displayed text against its number (the pane).
 * Numbers worked out here from the calendar: a 1900-system number is the days since 30/12/1899, a
 * 1904-system one the days since 1/1/1904.
 */
import { date1904Shown } from "../../src/core/dateSystem";

const DAY = 86_400_000;
const in1900 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;
const in1904 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / DAY;

describe("date1904Shown", () => {
  test("15/08/2021 shown for its 1900 number (44423): the 1900 system", () => {
    expect(in1900(2021, 8, 15)).toBe(44423);
    expect(date1904Shown(44423, "15/08/2021")).toBe(false);
  });

  test("15/08/2021 shown for its 1904 number (42961): the 1904 system", () => {
    expect(in1904(2021, 8, 15)).toBe(42961);
    expect(date1904Shown(42961, "15/08/2021")).toBe(true);
    expect(date1904Shown(42961, "Chủ nhật, 15 tháng 8 năm 2021 10:30")).toBe(true);
  });

  test("across a year's end: 31/12/2020 in 1900 (44196) is 01/01/2025 in 1904", () => {
    expect(in1900(2020, 12, 31)).toBe(44196);
    expect(in1904(2025, 1, 1)).toBe(44196);
    expect(date1904Shown(44196, "31/12/2020")).toBe(false);
    expect(date1904Shown(44196, "01/01/2025")).toBe(true);
  });

  test("no single four-digit year shown, or a year of neither system: not told", () => {
    expect(date1904Shown(44423, "15/08")).toBeUndefined();
    expect(date1904Shown(44423, "15/08/21")).toBeUndefined();
    expect(date1904Shown(44423, "########")).toBeUndefined();
    expect(date1904Shown(44423, "2021 – 2025")).toBeUndefined();
    expect(date1904Shown(44423, "15/08/2019")).toBeUndefined();
  });
});
