/** Where the report goes when --out is not given: "Báo cáo 11 tháng 2021.xlsx", never an existing file. */
import * as fs from "fs";
import * as path from "path";
import { validSheetName } from "../core/report/sheetName";

/** `<dir>/<title>.xlsx`, or `<title> (2).xlsx`, `(3)` … when taken. */
export function freeReportPath(dir: string, title: string): string {
  // The sheet-name rules also rule out the characters file systems refuse (/ \ : * ?).
  const base = validSheetName(title).replace(/["<>|]/g, "-");
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${n === 1 ? "" : ` (${n})`}.xlsx`);
    if (!fs.existsSync(file)) return file;
  }
}
