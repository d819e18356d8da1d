#!/usr/bin/env node
/**
 * Writes the regression workbooks of test/fixtures/tables-units/ (issue 10): statistics tables as
 * offices keep them, each with one of the inputs that once gave a wrong figure without an error:
 * money kept in đồng (a band, a unit line), counts typed as percents, fractions or dates, amounts
 * typed with a currency word, two tables on one sheet, a title naming its period, hidden rows, no
 * member row, a workbook of chart sheets only.
 * `node scripts/make-table-fixtures.js` rewrites them; the grids are exported so that the tests read
 * exactly what the workbooks hold (a date cell is a serial there, as both readers give it) and
 * compute the expected figures by hand.
 */
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const FIXED_DATE = new Date(Date.UTC(2021, 8, 5));
const OUT = path.join(__dirname, "..", "test", "fixtures", "tables-units");

/** Serial of a date as Excel (1900 system) stores it. */
const serial = (y, m, d) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

/** A date in a cell: the workbook holds a Date, the grid its serial. */
class DateCell {
  constructor(y, m, d) {
    this.date = new Date(Date.UTC(y, m - 1, d));
    this.serial = serial(y, m, d);
  }
}

const HEADER_TWO_ROWS = (moneyBand) => [
  ["STT", "Chấp hành viên", "Về việc", null, null, moneyBand, null, null],
  [null, null, "Có điều kiện", "Thi hành xong", "Đình chỉ", "Có điều kiện", "Thi hành xong", "Đình chỉ"],
];

const TITLE = (period, unitLine) => [
  ["CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN THANH TRÌ"],
  ["KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN"],
  [period],
  ...(unitLine ? [[null, null, null, null, null, null, unitLine]] : []),
];

/**
 * Money in đồng under a "Về tiền (đồng)" band (A1: title; header rows 4–5; members rows 6–8; total 9).
 * Nguyễn Văn Hùng 1.250.500 / 600.499 / 100.000 đ → 1.251 / 600 / 100 nghìn đồng (half up)
 * Trần Thị Mai      980.000 / 455.500 /       0 đ →   980 / 456 /   0
 * Phạm Quốc Bảo    2.000.400 / 1.200.600 / 50.000 đ → 2.000 / 1.201 / 50
 * Tổng cộng        4.230.900 / 2.256.599 / 150.000 đ (agrees with the rows in đồng)
 */
const DONG_BAND = [
  ...TITLE("11 tháng năm 2021 (từ ngày 01/10/2020 đến ngày 31/08/2021)"),
  ...HEADER_TWO_ROWS("Về tiền (đồng)"),
  [1, "Nguyễn Văn Hùng", 120, 90, 4, 1250500, 600499, 100000],
  [2, "Trần Thị Mai", 85, 70, 1, 980000, 455500, 0],
  [3, "Phạm Quốc Bảo", 140, 101, 6, 2000400, 1200600, 50000],
  [null, "Tổng cộng", 345, 261, 11, 4230900, 2256599, 150000],
];

/** Money in đồng said by a unit line of the title ("Đơn vị tính: việc; đồng" in G4); same figures, band "Về tiền". */
const DONG_UNIT_LINE = [
  ...TITLE("11 tháng năm 2021", "Đơn vị tính: việc; đồng"),
  ...HEADER_TWO_ROWS("Về tiền"),
  ...DONG_BAND.slice(5),
];

/** Money in thousands said by its band ("Về tiền (1.000đ)"): read as it is, no note. */
const THOUSANDS_BAND = [
  ...TITLE("Tháng 8/2021"),
  ...HEADER_TWO_ROWS("Về tiền (1.000đ)"),
  [1, "Nguyễn Văn Hùng", 120, 90, 4, 1250, 600, 100],
  [2, "Trần Thị Mai", 85, 70, 1, 980, 455, 0],
];

/**
 * Counts that are no counts: "5%" (E6), 12,5 (D7), a date (C8: 15/08/2021), and a percent as
 * money (H7). Each is an error naming its cell; the others are read.
 */
const BAD_COUNTS = [
  ...TITLE("6 tháng đầu năm 2024"),
  ...HEADER_TWO_ROWS("Về tiền (nghìn đồng)"),
  [1, "Lê Thị Hoa", 60, 41, "5%", 3200, 1500, 0],
  [2, "Đặng Văn Nam", 48, 12.5, 2, 2100, 900, "10%"],
  [3, "Vũ Thị Lan", new DateCell(2021, 8, 15), 20, 1, 1800, 700, 30],
];

/**
 * Amounts typed with a currency word (column in nghìn đồng): "4.250 đ" (F6), "500.000 đồng"
 * (G7, read as 500.000 nghìn đồng: the column's unit, with a warning), "1 000 000 VNĐ" (F7); and
 * "khoảng 300" (H6), no number at all: an error, and no identity warning is built on it.
 */
const CURRENCY_WORDS = [
  ...TITLE("11 tháng năm 2021"),
  ...HEADER_TWO_ROWS("Về tiền (nghìn đồng)"),
  [1, "Hoàng Minh Tuấn", 30, 20, 1, "4.250 đ", 3000, "khoảng 300"],
  [2, "Bùi Thị Thu", 25, 15, 0, "1 000 000 VNĐ", "500.000 đồng", 0],
];

/**
 * Two tables on one sheet: the officers' table (rows 4–8, total row 8), a blank row, then a second
 * table's title (row 10) and header (rows 11–12) with its own rows. The first ends at row 10.
 */
const TWO_TABLES = [
  ...TITLE("11 tháng năm 2021"),
  ...HEADER_TWO_ROWS("Về tiền (nghìn đồng)"),
  [1, "Nguyễn Văn Hùng", 120, 90, 4, 1250, 600, 100],
  [2, "Trần Thị Mai", 85, 70, 1, 980, 455, 0],
  [null, "Tổng cộng", 205, 160, 5, 2230, 1055, 100],
  [],
  ["KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO ĐƠN VỊ"],
  ["STT", "Đơn vị", "Về việc", null, null, "Về tiền (nghìn đồng)", null, null],
  [null, null, "Có điều kiện", "Thi hành xong", "Đình chỉ", "Có điều kiện", "Thi hành xong", "Đình chỉ"],
  [1, "Đội Thi hành án số 1", 300, 210, 9, 5000, 2500, 200],
  [2, "Đội Thi hành án số 2", 250, 180, 5, 4200, 2000, 100],
];

/**
 * Hidden and filtered rows (HIDDEN_ROWS): Đỗ Văn Khoa (row 7) hidden by hand, Ngô Thị Yến (row 8)
 * filtered out by the AutoFilter of A5:H9. SUM counts them, and the total row (10) is that SUM:
 * cases eligible 120 + 85 + 40 + 30 = 275; leaving rows 7–8 out gives 205.
 */
const HIDDEN = [
  ...TITLE("11 tháng năm 2021"),
  ...HEADER_TWO_ROWS("Về tiền (nghìn đồng)"),
  [1, "Nguyễn Văn Hùng", 120, 90, 4, 1250, 600, 100],
  [2, "Đỗ Văn Khoa", 40, 30, 2, 700, 300, 20],
  [3, "Ngô Thị Yến", 30, 21, 0, 400, 150, 0],
  [4, "Trần Thị Mai", 85, 70, 1, 980, 455, 0],
  [null, "Tổng cộng", 275, 211, 7, 3330, 1505, 120],
];
/** A table with its header and total row but no member row yet (a blank form): no member, an error naming file and sheet. */
const NO_MEMBERS = [
  ...TITLE("11 tháng năm 2021"),
  ...HEADER_TWO_ROWS("Về tiền (nghìn đồng)"),
  [null, "Tổng cộng", 0, 0, 0, 0, 0, 0],
];

/** The 1-based rows each fixture hides (by hand or by its AutoFilter). */
const HIDDEN_ROWS = { "dong-an.xlsx": [7, 8] };

const FIXTURES = {
  "tien-dong-bang.xlsx": DONG_BAND,
  "tien-dong-don-vi-tinh.xlsx": DONG_UNIT_LINE,
  "tien-nghin.xlsx": THOUSANDS_BAND,
  "so-viec-sai.xlsx": BAD_COUNTS,
  "tien-co-chu.xlsx": CURRENCY_WORDS,
  "hai-bang.xlsx": TWO_TABLES,
  "dong-an.xlsx": HIDDEN,
  "bang-trong.xlsx": NO_MEMBERS,
};

/** A workbook holding one chart sheet and no worksheet (as a chart moved to a sheet of its own, its data sheet deleted). */
const CHART_ONLY = "chi-bieu-do.xlsx";
const CHARTSHEET_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>';

/** A one-sheet workbook written by ExcelJS with its worksheet turned into a chart sheet. */
async function writeChartOnly() {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.addWorksheet("Biểu đồ");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.remove("xl/worksheets/sheet1.xml");
  zip.file("xl/chartsheets/sheet1.xml", CHARTSHEET_XML);
  const edit = async (name, from, to) => zip.file(name, (await zip.file(name).async("string")).split(from).join(to));
  await edit("xl/_rels/workbook.xml.rels", "relationships/worksheet\" Target=\"worksheets/sheet1.xml", "relationships/chartsheet\" Target=\"chartsheets/sheet1.xml");
  await edit("[Content_Types].xml", '/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    '/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml');
  const bytes = await zip.generateAsync({ type: "nodebuffer", date: FIXED_DATE });
  require("fs").writeFileSync(path.join(OUT, CHART_ONLY), bytes);
}

/** The grid a reader gives for rows: rows of equal width, blanks "", dates as serials. */
function gridOf(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => {
    const v = r[c];
    if (v instanceof DateCell) return v.serial;
    return v === null || v === undefined ? "" : v;
  }));
}

/** Grid cells (0-based) holding dates, as a reader that can tell would list them. */
function dateCellsOf(rows) {
  const out = [];
  rows.forEach((r, row) => r.forEach((v, col) => v instanceof DateCell && out.push({ row, col })));
  return out;
}

async function write(file, rows) {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("Biểu 04");
  rows.forEach((r, i) => r.forEach((v, c) => {
    if (v === null || v === undefined) return;
    const cell = ws.getCell(i + 1, c + 1);
    if (v instanceof DateCell) {
      cell.value = v.date;
      cell.numFmt = "dd/mm/yyyy";
    } else cell.value = v;
  }));
  for (const n of HIDDEN_ROWS[file] ?? []) ws.getRow(n).hidden = true;
  if (HIDDEN_ROWS[file]) ws.autoFilter = "A5:H9";
  await wb.xlsx.writeFile(path.join(OUT, file));
}

async function main() {
  for (const [file, rows] of Object.entries(FIXTURES)) await write(file, rows);
  await writeChartOnly();
}

module.exports = { FIXTURES, HIDDEN_ROWS, gridOf, dateCellsOf, OUT };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
