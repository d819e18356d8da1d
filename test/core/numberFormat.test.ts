/**
 * Which Excel number formats show a number as a date or a time. The lists are real format codes (as
 * Excel writes them in the file and Office.js gives them in Range.numberFormat, vi-VN and en-US
 * installs), each classed by hand from what Excel shows for the number 44423 in that format.
 */
import { dateCellsIn, isDateFormat } from "../../src/core/numberFormat";

/** 44423 in each of these shows a date or a time (15/08/2021, 00:00 …). */
const DATES = [
  "dd/mm/yyyy",
  "d/m/yyyy",
  "[$-42A]dd/mm/yyyy", // Vietnamese locale prefix
  "d/m/yy;@", // Excel's vi-VN short date, with its text section
  "[$-42A]d/m/yy;@",
  "mm/dd/yyyy h:mm",
  "m/d/yyyy", // Office.js's invariant short date
  "DD/MM/YYYY", // codes in either case
  "yyyy-mm-dd",
  "d-mmm-yy",
  "mmmm yyyy",
  "[$-409]mmmm d, yyyy;@",
  "[$-F800]dddd, mmmm dd, yyyy", // the system long date
  'dddd, "ngày" dd "tháng" mm "năm" yyyy', // a Vietnamese long date: the words quoted
  "[Red]dd/mm/yyyy",
  "h:mm AM/PM",
  "hh:mm:ss",
  "mm:ss.0",
  "[h]:mm:ss", // elapsed time
  "[mm]:ss",
  "[h]",
  "[ss]",
  "#,##0;-#,##0;dd/mm/yyyy", // a zero shown as a date is still a date format
];

/** 44423 in each of these shows a number, a percentage, a currency amount or text: never a date. */
const NOT_DATES = [
  "General",
  "0",
  "0.00",
  "#,##0",
  "#,##0.00",
  '#,##0.00 "đ"', // the currency sign quoted
  '#,##0 "việc"',
  '#,##0\\ "đồng"',
  "#,##0\\d", // an escaped d is shown as typed
  "0%",
  "0.00%",
  "[Red]#,##0",
  "#,##0;[Red]-#,##0",
  "[>=1000000]#,##0,,\"tr\";#,##0", // a condition in brackets, the unit quoted
  "[$₫-42A] #,##0", // a currency-and-locale bracket
  "#,##0 [$₫-42A]",
  "_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* \"-\"??\\ _₫_-;_-@_-", // Excel's vi-VN accounting format
  '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', // Excel's en-US accounting format
  "[DBNum1][$-804]General",
  "0.00E+00",
  "# ?/?",
  "@",
  "0;-0;0;dd", // a date code in the text section shows no number as a date
  "",
];

describe("isDateFormat", () => {
  test.each(DATES)("%s is a date or time format", (code) => expect(isDateFormat(code)).toBe(true));
  test.each(NOT_DATES)("%s is not", (code) => expect(isDateFormat(code)).toBe(false));
  test("what is not a format code is none", () => {
    expect([null, undefined, 14, true].map(isDateFormat)).toEqual([false, false, false, false]);
  });
});

describe("dateCellsIn", () => {
  test("lists the numbers shown as dates, at their sheet positions from the block's top-left cell", () => {
    const values = [
      ["Vũ Thị Lan", 44423, 12],
      ["15/08/2021", 30, ""],
      [true, 44424, 7],
    ];
    const formats = [
      ["dd/mm/yyyy", "dd/mm/yyyy", "General"], // text shown with a date format is no date
      ["dd/mm/yyyy", "#,##0", "dd/mm/yyyy"], // nor is a blank cell
      ["dd/mm/yyyy", "[$-42A]d/m/yy;@", "0"],
    ];
    // The block's top-left cell is C5: 0-based sheet row 4, column 2.
    expect(dateCellsIn(values, formats, { row: 4, col: 2 })).toEqual([
      { row: 4, col: 3 },
      { row: 6, col: 3 },
    ]);
  });

  test("a block read without its formats has no date cells", () => {
    expect(dateCellsIn([[44423]], [], { row: 0, col: 0 })).toEqual([]);
  });
});
