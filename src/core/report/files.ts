/**
 * The report of one or several input files, as every front end that reads files makes it (the
 * command, the web page): one file, its report; several, the consolidation with one unit per file.
 */
import type { StatTable } from "../table/model";
import { buildReport, consolidateReports } from "./build";
import type { ReportDocument } from "./document";
import type { ReportOptions } from "./options";
import { validSheetName } from "./sheetName";

export interface FileTable {
  /** the file's name without folder and extension: the unit's name when its title rows name no office */
  baseName: string;
  table: StatTable;
}

/** Unit names for a consolidation: the office from each workbook's title rows, else the file name; unique. */
export function unitNames(files: FileTable[]): string[] {
  const names: string[] = [];
  for (const f of files) {
    const wanted = f.table.office?.trim() || f.baseName;
    let name = wanted;
    for (let n = 2; names.includes(name); n++) name = `${wanted} (${n})`;
    names.push(name);
  }
  return names;
}

export function documentOfFiles(files: FileTable[], options: ReportOptions): ReportDocument {
  if (files.length === 1) return buildReport(files[0].table, options);
  const names = unitNames(files);
  return consolidateReports(files.map((f, i) => ({ name: names[i], table: f.table })), options);
}

/** The report file's name without extension, from its first sheet's title: "Báo cáo 11 tháng 2021". */
export function reportFileBase(title: string): string {
  // The sheet-name rules also rule out the characters file systems refuse (/ \ : * ?).
  return validSheetName(title).replace(/["<>|]/g, "-");
}
