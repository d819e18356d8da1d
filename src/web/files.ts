/**
 * The page's file source: a picked .xlsx file's bytes → the statistics table the report is built
 * from, through the command's reading (src/xlsx/read.ts) and the one core step (recognizeGrid +
 * statisticsOf). The first visible sheet recognised is used, as `thads report` does without --sheet.
 */
import type { CivilDate } from "../core/periods";
import { recognizeGrid } from "../core/source";
import { statisticsOf } from "../core/statistics";
import type { FileTable } from "../core/report/files";
import type { Issue } from "../core/table/model";
import type { Lang } from "../i18n/lang";
import { issueText, words } from "../i18n/problem";
import { XlsxFileError } from "../xlsx/errors";
import { candidateSheets, sheetGrid, workbookOfBytes } from "../xlsx/read";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileSource extends FileTable {
  name: string;
  sheetName: string;
}

/** A file read and recognised, or the one line saying why it cannot be used. */
export type FileOutcome = { source: FileSource } | { name: string; error: string };

const baseNameOf = (name: string) => name.replace(/\.[^.]*$/, "");

async function sourceOf(file: PickedFile, reportDate: CivilDate): Promise<FileSource | Issue[]> {
  const workbook = await workbookOfBytes(file.bytes, file.name);
  const reasons: Issue[] = [];
  for (const sheet of candidateSheets(workbook, file.name)) {
    const grid = sheetGrid(sheet);
    if (grid.cells.length === 0) continue;
    const found = recognizeGrid(grid);
    if (found.kind === "none") {
      reasons.push(...found.reasons);
      continue;
    }
    const { table } = statisticsOf(found, { reportDate });
    const named = { ...table, readFrom: { sheet: grid.sheetName, file: file.name } };
    return { name: file.name, baseName: baseNameOf(file.name), sheetName: grid.sheetName, table: named };
  }
  return reasons;
}

/** Reads one picked file; an unreadable or unrecognised file is a line in the user's language, naming it. */
export async function readPicked(file: PickedFile, reportDate: CivilDate, lang: Lang): Promise<FileOutcome> {
  try {
    const found = await sourceOf(file, reportDate);
    if (!Array.isArray(found)) return { source: found };
    return { name: file.name, error: words(lang).cli.notRecognised(file.name, found.map((r) => issueText(r, lang))) };
  } catch (err) {
    if (err instanceof XlsxFileError) return { name: file.name, error: err.describe(lang) };
    throw err;
  }
}
