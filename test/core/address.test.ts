/** Addresses as Excel writes them: expected forms typed from Excel's own formula bar. */
import {
  absoluteRange,
  cellAddress,
  columnIndex,
  columnLetter,
  qualifiedAddress,
  quoteSheet,
  rangeAddress,
  sheetCellAddress,
  splitAddress,
} from "../../src/core/address";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i → %s", (i, letters) => expect(columnLetter(i)).toBe(letters));

  it("agree with a base-26 count done by hand for every column up to ZZZ", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 18278; i++) {
      const s = columnLetter(i);
      let n = 0;
      for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
      expect(n - 1).toBe(i);
      seen.add(s);
    }
    expect(seen.size).toBe(18278);
  });
});

describe("sheet names", () => {
  it.each([
    ["Sheet1", "Sheet1"],
    ["Bieu04", "Bieu04"],
    ["Biểu_04", "Biểu_04"],
    ["Biểu 04", "'Biểu 04'"],
    ["Sổ theo dõi", "'Sổ theo dõi'"],
    ["Tháng 10/2020", "'Tháng 10/2020'"],
    ["O'Neil", "'O''Neil'"],
    ["2021", "'2021'"],
    ["T10", "'T10'"], // reads as a cell reference
    ["AB12", "'AB12'"],
    ["R1C1", "'R1C1'"],
    ["C", "'C'"],
    ["T10-2020", "'T10-2020'"],
    ["Tong_hop", "Tong_hop"],
  ])("%s is written %s", (name, quoted) => expect(quoteSheet(name)).toBe(quoted));

  it("qualify addresses the same way for every caller", () => {
    expect(qualifiedAddress("Biểu 04", "R12")).toBe("'Biểu 04'!R12");
    expect(qualifiedAddress("Sheet1", "C7")).toBe("Sheet1!C7");
    expect(qualifiedAddress(undefined, "C7")).toBe("C7");
    expect(sheetCellAddress("Sổ theo dõi", 14, 2)).toBe("'Sổ theo dõi'!C15");
    expect(sheetCellAddress("Sheet1", 0, 0, { row: 4, col: 1 })).toBe("Sheet1!B5");
    expect(absoluteRange("Báo cáo 11 tháng 2021", "B7:B12")).toBe("'Báo cáo 11 tháng 2021'!$B$7:$B$12");
    expect(rangeAddress(6, 0, 39, 19)).toBe("A7:T40");
    expect(cellAddress(0, 0, 2, 3)).toBe("D3");
  });

  it.each(["Sheet1", "Biểu 04", "O'Neil", "T10", "Sổ theo dõi!", "a'b'c"])("%s comes back from its address", (name) => {
    expect(splitAddress(qualifiedAddress(name, "C7"))).toEqual({ sheet: name, ref: "C7" });
  });
});

describe("columnIndex", () => {
  it.each([["A", 0], ["S", 18], ["Z", 25], ["AA", 26], ["AC", 28], ["az", 51], ["ZZ", 701], ["AAA", 702]])("%s is column %i", (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
  });
});
