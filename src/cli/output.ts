/** Where the report goes when --out is not given: "Báo cáo 11 tháng 2021.xlsx", never an existing file. */
import * as fs from "fs";
import * as path from "path";
import { reportFileBase } from "../core/report/files";

/** `<dir>/<title>.xlsx`, or `<title> (2).xlsx`, `(3)` … when taken. */
export function freeReportPath(dir: string, title: string): string {
  const base = reportFileBase(title);
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${n === 1 ? "" : ` (${n})`}.xlsx`);
    if (!fs.existsSync(file)) return file;
  }
}
