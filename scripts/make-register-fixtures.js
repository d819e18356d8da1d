#!/usr/bin/env node
/**
 * Writes the case registers of test/fixtures/registers-10/ (issue 10): the same five cases kept in
 * ways that once gave wrong figures, a wrong warning or no register at all: a header below row 30, a
 * Mac workbook in the 1904 date system (one date a plain number), dates typed with two-digit years,
 * a note above the header saying "một dòng" (a line: folded, "dong", once read as the unit đồng).
 * `node scripts/make-register-fixtures.js` rewrites them; CASES is exported so that the tests count
 * the expected figures by hand from the same cases.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const FIXED_DATE = new Date(Date.UTC(2021, 8, 5));
const OUT = path.join(__dirname, "..", "test", "fixtures", "registers-10");
const HEADER = ["STT", "Số QĐ", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Ngày kết thúc", "Phải thi hành (nghìn đồng)", "Đã thu (nghìn đồng)"];

/**
 * Five cases of the statistical year 2021 (report date 31/08/2021); the fifth is accepted after it.
 * `short`: the accepted date as typed with a two-digit year in so-nam-hai-so.xlsx.
 */
const CASES = [
  { number: "1/QĐ-THA", accepted: [2020, 10, 5], short: "5-10-20", officer: "Nguyễn Văn An", status: "Đã thi hành xong", end: [2021, 3, 10], amount: 5000, collected: 5000 },
  { number: "2/QĐ-THA", accepted: [2020, 11, 12], short: "12/11/20", officer: "Nguyễn Văn An", status: "Đang thi hành", end: null, amount: 3000, collected: 1000 },
  { number: "3/QĐ-THA", accepted: [2021, 1, 20], short: "20.01.21", officer: "Trần Thị Bình", status: "Đình chỉ", end: [2021, 6, 15], amount: 2000, collected: 500 },
  { number: "4/QĐ-THA", accepted: [2021, 2, 2], short: "2-2-21", officer: "Trần Thị Bình", status: "Đang thi hành", end: null, amount: 4000, collected: 0 },
  { number: "5/QĐ-THA", accepted: [2021, 9, 7], short: "7/9/21", officer: "Trần Thị Bình", status: "Đang thi hành", end: null, amount: 1000, collected: 0 },
];

const utc = ([y, m, d]) => new Date(Date.UTC(y, m - 1, d));
/** The serial Excel stores for a date in the 1904 system (days since 1/1/1904). */
const serial1904 = ([y, m, d]) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / 86400000);

/** Notes above the header, as some offices keep them: 38 rows, the header on row 40. */
const LONG_NOTES = Array.from({ length: 38 }, (_, i) => [`Ghi chú ${i + 1}: sổ được cập nhật hằng ngày, mỗi quyết định ghi một hàng.`]);

/** The header with no money unit written: "Phải thi hành", "Đã thu". */
const HEADER_NO_UNIT = HEADER.map((h) => h.replace(" (nghìn đồng)", ""));
/** A note on the row above the header, where a band over the money columns would be. */
const LINE_NOTE = [["Ghi chú: mỗi quyết định một dòng; số tiền ghi như trong quyết định."]];

/** The rows of a register: title rows, the header, one row per case (`accepted` gives that cell). */
function registerRows(notes, accepted, header = HEADER) {
  const rows = [["SỔ THEO DÕI THI HÀNH ÁN DÂN SỰ"], ...notes, header];
  CASES.forEach((c, i) => rows.push([i + 1, c.number, accepted(c, i), c.officer, c.status, c.end ? utc(c.end) : null, c.amount, c.collected]));
  return rows;
}

const REGISTERS = {
  // Header on row 40: below the 30 rows a register's header was once looked for in.
  "so-tieu-de-thap.xlsx": { rows: registerRows(LONG_NOTES, (c) => utc(c.accepted)) },
  // A Mac workbook: dates kept in the 1904 system; case 4's accepted date a plain number (its 1904 serial).
  "so-1904.xlsx": { date1904: true, rows: registerRows([], (c, i) => (i === 3 ? serial1904(c.accepted) : utc(c.accepted))) },
  // Accepted dates typed as text with two-digit years: "5-10-20" is 5 October 2020.
  "so-nam-hai-so.xlsx": { rows: registerRows([], (c) => c.short) },
  // "một dòng" above the amounts kept in nghìn đồng: no disagreement of units.
  "so-ghi-chu-dong.xlsx": { rows: registerRows(LINE_NOTE, (c) => utc(c.accepted)) },
  // The same note, no unit in the headers: thousands assumed (and said), never đồng from "dòng".
  "so-ghi-chu-dong-khong-don-vi.xlsx": { rows: registerRows(LINE_NOTE, (c) => utc(c.accepted), HEADER_NO_UNIT) },
};

async function write(file, { rows, date1904 }) {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Sổ theo dõi");
  rows.forEach((r, i) => r.forEach((v, c) => {
    if (v === null || v === undefined) return;
    const cell = ws.getCell(i + 1, c + 1);
    cell.value = v;
    if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
  }));
  await wb.xlsx.writeFile(path.join(OUT, file));
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [file, spec] of Object.entries(REGISTERS)) await write(file, spec);
}

module.exports = { CASES, HEADER, OUT };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
