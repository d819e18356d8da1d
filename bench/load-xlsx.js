"use strict";
/**
 * The baseline of the thads command's bench: ExcelJS merely loading a workbook, in a process of
 * its own just as the command runs in one. Prints the number of rows so the load cannot be skipped.
 */
const ExcelJS = require("exceljs");

async function main() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(process.argv[2]);
  let rows = 0;
  workbook.eachSheet((sheet) => (rows += sheet.rowCount));
  process.stdout.write(`${rows}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
