import {
  periodInLines,
  periodInSheetName,
  periodInTitleRows,
  periodInText,
  periodOfMonthInYear,
  periodOfMonths,
} from "../../src/core/periodName";

/** A period by hand: statistical year, months since 1 October, and its end (start is always 1/10 of the year before). */
const period = (fiscalYear: number, months: number, end: [number, number, number]) => ({
  fiscalYear,
  months,
  start: { year: fiscalYear - 1, month: 10, day: 1 },
  end: { day: end[0], month: end[1], year: end[2] },
});
const P_11_2021 = period(2021, 11, [31, 8, 2021]);

describe("the period of a title line", () => {
  it.each([
    ["Báo cáo kết quả thi hành án dân sự 11 tháng năm 2021", P_11_2021],
    ["BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 11 THÁNG NĂM 2021", P_11_2021],
    ["Bao cao ket qua thi hanh an dan su 11 thang nam 2021", P_11_2021],
    ["(Từ ngày 01/10/2020 đến ngày 31/08/2021)", P_11_2021],
    ["Từ ngày 1/10/2020 đến ngày 31/8/2021", P_11_2021],
    ["tu ngay 01-10-2020 den ngay 31-08-2021", P_11_2021],
    ["Kỳ báo cáo: 01/10/2020 – 31/08/2021", P_11_2021],
    ["Số liệu tính đến hết ngày 31 tháng 8 năm 2021", P_11_2021],
    ["Tháng 8/2021", P_11_2021],
    ["THÁNG 08 NĂM 2021", P_11_2021],
    ["Thang 8-2021", P_11_2021],
    // 6 months from 1/10/2023: October … March
    ["Kết quả 6 tháng đầu năm 2024", period(2024, 6, [31, 3, 2024])],
    ["12 tháng năm 2023", period(2023, 12, [30, 9, 2023])],
    ["1 tháng năm 2021", period(2021, 1, [31, 10, 2020])],
    ["3 tháng năm 2021", period(2021, 3, [31, 12, 2020])],
    ["Tháng 10/2020", period(2021, 1, [31, 10, 2020])],
    ["Tháng 2/2024", period(2024, 5, [29, 2, 2024])],
    ["đến ngày 28/02/2021", period(2021, 5, [28, 2, 2021])],
    // "năm 2021" is the statistical year 1/10/2020 – 30/9/2021
  ])("%p", (text, expected) => {
    expect(periodInText(text)).toEqual({ kind: "period", period: expected });
  });

  it("a year alone names the statistical year, not the calendar year", () => {
    expect(periodInText("Báo cáo thống kê năm 2021")).toEqual({ kind: "year", fiscalYear: 2021 });
  });

  it.each([
    ["6 tháng cuối năm 2021"],
    ["Quý III năm 2021"],
    ["Từ ngày 01/08/2021 đến ngày 31/08/2021"], // one month only, not cumulative from 1 October
    ["Từ ngày 01/10/2019 đến ngày 31/08/2021"], // starts a year too early
    ["đến ngày 15/08/2021"], // not at a month's end
    ["13 tháng năm 2021"],
    ["Tháng 13/2021"],
  ])("%p is no cumulative period", (text) => {
    expect(periodInText(text)?.kind).toBe("other");
  });

  it.each([
    ["Hà Nội, ngày 05 tháng 9 năm 2021"], // the signing date
    ["Ban hành kèm theo Thông tư số 06/2019/TT-BTP ngày 21/11/2019"],
    ["CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN 1"],
    ["Biểu số 01/TK-THA"],
    [""],
  ])("%p names no period", (text) => {
    expect(periodInText(text)).toBeUndefined();
  });
});

describe("the period of a table's title lines", () => {
  it("lines naming the same period agree, the first one is named", () => {
    const lines = ["CỤC THADS TP HÀ NỘI", "BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2021", "(Từ ngày 01/10/2020 đến ngày 31/08/2021)"];
    expect(periodInLines(lines)).toEqual({ kind: "period", period: P_11_2021, line: 1 });
  });

  it("a year alone, with no other period, is the whole statistical year", () => {
    expect(periodInLines(["Báo cáo năm 2021"])).toEqual({ kind: "period", period: period(2021, 12, [30, 9, 2021]), line: 0 });
  });

  it("a year agrees with a period of that statistical year", () => {
    const lines = ["Báo cáo thống kê năm 2021", "Từ ngày 01/10/2020 đến ngày 31/08/2021"];
    expect(periodInLines(lines)).toEqual({ kind: "period", period: P_11_2021, line: 1 });
  });

  it("two different periods are a conflict naming both lines", () => {
    const lines = ["Báo cáo 11 tháng năm 2021", "Từ ngày 01/10/2020 đến ngày 31/07/2021"];
    expect(periodInLines(lines)).toEqual({
      kind: "conflict",
      periods: [P_11_2021, period(2021, 10, [31, 7, 2021])],
      lines: [0, 1],
    });
  });

  it("a year of another statistical year is a conflict too", () => {
    const result = periodInLines(["Báo cáo năm 2022", "11 tháng năm 2021"]);
    expect(result).toEqual({ kind: "conflict", periods: [period(2022, 12, [30, 9, 2022]), P_11_2021], lines: [0, 1] });
  });

  it("the signing date is not taken for the period", () => {
    expect(periodInLines(["Tháng 8/2021", "Hà Nội, ngày 05 tháng 9 năm 2021"])).toEqual({ kind: "period", period: P_11_2021, line: 0 });
  });

  it("period-like words that are no cumulative period are reported, not rounded", () => {
    expect(periodInLines(["Báo cáo", "6 tháng cuối năm 2021"])).toEqual({ kind: "other", words: "6 thang cuoi nam", line: 1 });
  });

  it("no period named", () => {
    expect(periodInLines(["CHI CỤC THADS QUẬN 1", "Đơn vị tính: việc; nghìn đồng"])).toEqual({ kind: "none" });
  });
});

describe("the period of a sheet or file name", () => {
  const oct2020 = period(2021, 1, [31, 10, 2020]);
  it.each([["T10-2020"], ["T10.2020"], ["T10_2020"], ["T 10-2020"], ["Tháng 10-2020"], ["Thang 10 nam 2020"], ["tháng10.2020"], ["10-2020"]])(
    "%p is October 2020",
    (name) => {
      expect(periodInSheetName(name)).toEqual({ kind: "period", period: oct2020 });
    },
  );

  it.each([
    ["T10", 10],
    ["T1", 1],
    ["T09", 9],
    ["Tháng 12", 12],
  ])("%p is a month whose year is elsewhere", (name, month) => {
    expect(periodInSheetName(name)).toEqual({ kind: "month", month });
  });

  it("a name in the words of a title is read as one", () => {
    expect(periodInSheetName("11 tháng năm 2021")).toEqual({ kind: "period", period: P_11_2021 });
  });

  it.each([["Sheet1"], ["Tổng hợp"], ["T13"], ["T0-2020"], ["Báo cáo"], ["T10 (2)"]])("%p names no period", (name) => {
    expect(periodInSheetName(name)).toBeUndefined();
  });

  it("a month of a statistical year: October belongs to the calendar year before", () => {
    expect(periodOfMonthInYear(10, 2021)).toEqual(oct2020);
    expect(periodOfMonthInYear(8, 2021)).toEqual(P_11_2021);
    expect(periodOfMonthInYear(9, 2021)).toEqual(period(2021, 12, [30, 9, 2021]));
  });
});

describe("months of a statistical year", () => {
  // Month k of the statistical year ends: Oct, Nov, Dec of the year before, then Jan … Sep.
  const ends: [number, number, number][] = [
    [31, 10, 2020], [30, 11, 2020], [31, 12, 2020], [31, 1, 2021], [28, 2, 2021], [31, 3, 2021],
    [30, 4, 2021], [31, 5, 2021], [30, 6, 2021], [31, 7, 2021], [31, 8, 2021], [30, 9, 2021],
  ];
  it.each(ends.map((end, i) => [i + 1, end] as const))("%p months of 2021 end on %p", (months, end) => {
    expect(periodOfMonths(2021, months)).toEqual(period(2021, months, end));
  });
});

describe("the period of a grid's title rows", () => {
  it("names the cell of the line that named the period", () => {
    const cells = [["CỤC THADS TP HÀ NỘI", null], [null, "BÁO CÁO\n11 THÁNG NĂM 2021"], ["Đơn vị", "Có điều kiện"]];
    expect(periodInTitleRows(cells, 2, { sheetName: "Biểu 01", origin: { row: 2, col: 0 } })).toEqual({
      kind: "period",
      period: P_11_2021,
      where: "'Biểu 01'!B4",
    });
  });

  it("a conflict names both cells; header rows are not read", () => {
    const cells = [["11 tháng năm 2021"], ["Tháng 7/2021"], ["Tháng 6/2021"]];
    const result = periodInTitleRows(cells, 2, { sheetName: "T8" });
    expect(result).toEqual({ kind: "conflict", periods: [P_11_2021, period(2021, 10, [31, 7, 2021])], where: ["'T8'!A1", "'T8'!A2"] });
  });

  it("no title rows, no period", () => {
    expect(periodInTitleRows([["11 tháng năm 2021"]], 0)).toEqual({ kind: "none" });
  });
});
