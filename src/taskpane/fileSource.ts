/**
 * A picked .xlsx file as a source the pane's views work on: its bytes read as the command reads a
 * workbook (src/xlsx/read.ts), its first visible sheet holding a table or a register recognised by
 * the one core step (recognizeSource → recognizeGrid), as `thads report` does without --sheet.
 * ExcelJS is large: the pane loads this module only when the user picks files (files-view.ts).
 */
import type { Lang } from "../i18n/lang";
import { issueText, words } from "../i18n/problem";
import type { Issue } from "../core/table/model";
import { XlsxFileError } from "../xlsx/errors";
import { candidateSheets, sheetGrid, workbookOfBytes } from "../xlsx/read";
import { recognizeSource, Source } from "./source";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file recognised: the table or register found, with the corrections the user makes to it. */
export interface FileSource {
  name: string;
  /** the name without extension: the unit's name when the table's title rows name no office */
  baseName: string;
  source: Source;
}

/** A file read and recognised, or the one line saying why it cannot be used. */
export type FileOutcome = { file: FileSource } | { name: string; error: string };

const baseNameOf = (name: string) => name.replace(/\.[^.]*$/, "");

async function sourceOf(file: PickedFile): Promise<Source | Issue[]> {
  const workbook = await workbookOfBytes(file.bytes, file.name);
  const reasons: Issue[] = [];
  for (const sheet of candidateSheets(workbook, file.name)) {
    const grid = sheetGrid(sheet);
    if (grid.cells.length === 0) continue;
    const found = recognizeSource(grid);
    if (!("reasons" in found)) return { ...found, file: file.name };
    reasons.push(...found.reasons);
  }
  return reasons;
}

/** Reads one picked file; an unreadable or unrecognised file is a line in the user's language, naming it. */
export async function readPicked(file: PickedFile, lang: Lang): Promise<FileOutcome> {
  try {
    const found = await sourceOf(file);
    if (!Array.isArray(found)) return { file: { name: file.name, baseName: baseNameOf(file.name), source: found } };
    return { name: file.name, error: words(lang).cli.notRecognised(file.name, found.map((r) => issueText(r, lang))) };
  } catch (err) {
    if (err instanceof XlsxFileError) return { name: file.name, error: err.describe(lang) };
    throw err;
  }
}
