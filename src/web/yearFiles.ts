/**
 * The page's files for the year's reports, read as `thads report --compare` and `thads trend` read
 * them: each sheet through the one core step (recognizeGrid) and read for the period its own title
 * names (core/year/titled.ts). A file that cannot be used is one line naming it, as on the page.
 */
import { recognizeGrid } from "../core/source";
import type { Issue } from "../core/table/model";
import { titledStatistics, type TitledChoices, type TitledStatistics } from "../core/year/titled";
import type { Lang } from "../i18n/lang";
import { issueText, words } from "../i18n/problem";
import { XlsxFileError } from "../xlsx/errors";
import { candidateSheets, sheetGrid, workbookOfBytes } from "../xlsx/read";
import type { PickedFile } from "../taskpane/fileSource";

/** The statistics tables of a file (every visible sheet's, in order), or the line saying why there are none. */
export type TitledOutcome = { name: string; tables: TitledStatistics[] } | { name: string; error: string };

/**
 * Every statistics table of a picked file, each read for the date chosen or its own title's period;
 * `first`: stop at the first sheet recognised, table or register, as the command does for a report.
 */
export async function readTitled(file: PickedFile, choices: TitledChoices, lang: Lang, first: boolean): Promise<TitledOutcome> {
  try {
    const workbook = await workbookOfBytes(file.bytes, file.name);
    const reasons: Issue[] = [];
    const tables: TitledStatistics[] = [];
    for (const sheet of candidateSheets(workbook, file.name)) {
      const grid = sheetGrid(sheet);
      if (grid.cells.length === 0) continue;
      const found = recognizeGrid(grid);
      if (found.kind === "none") reasons.push(...found.reasons);
      else if (first) return { name: file.name, tables: [titledStatistics(found, choices)] };
      else if (found.kind === "table") tables.push(titledStatistics(found, choices));
    }
    if (tables.length > 0) return { name: file.name, tables };
    return { name: file.name, error: words(lang).cli.notRecognised(file.name, reasons.map((r) => issueText(r, lang))) };
  } catch (err) {
    if (err instanceof XlsxFileError) return { name: file.name, error: err.describe(lang) };
    throw err;
  }
}
