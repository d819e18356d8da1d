/**
 * The decoding step every grid goes through before recognition: text cells typed in TCVN3 or
 * VNI-Windows are read in Unicode, cell by cell (see convert.ts), Unicode text is put in NFC, and
 * one note per encoding found says how many cells and which came first. The grid is never changed:
 * rows that need no change are shared with the input, and a grid with nothing to change is returned
 * as it is.
 */
import { sheetCellAddress } from "../address";
import type { Grid, Origin } from "../grid";
import type { Problem } from "../../i18n/problem";
import type { Issue } from "../table/model";
import { LEGACY_ENCODINGS, readText, usesOldFontCharacters, type LegacyEncoding } from "./convert";

export interface EncodingFound {
  encoding: LegacyEncoding;
  /** how many cells were read in the encoding */
  cells: number;
  /** the first such cell, row by row: 0-based grid position */
  first: { row: number; col: number };
}

export interface DecodedGrid {
  cells: unknown[][];
  found: EncodingFound[];
  /** one warning per encoding found, naming the first cell */
  issues: Issue[];
}

export interface DecodeOptions {
  sheetName?: string;
  /** 0-based sheet position of cells[0][0] */
  origin?: Origin;
}

/** Whether a text has a character outside ASCII: a plain loop, run on every text cell of the grid. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Combining marks: Unicode Vietnamese typed decomposed (NFD), the one change made to Unicode text. */
const COMBINING = /[\u0300-\u036f]/;

/** How recognition reads one non-ASCII text: old-font text decoded, NFD composed, the rest as is. */
function readCell(v: string): ReturnType<typeof readText> {
  if (usesOldFontCharacters(v)) return readText(v);
  return { text: COMBINING.test(v) ? v.normalize("NFC") : v };
}

/** The grid with its old-encoded text in Unicode, and what was found. */
export function decodeGrid(cells: unknown[][], opts: DecodeOptions = {}): DecodedGrid {
  const found = new Map<LegacyEncoding, EncodingFound>();
  // Registers repeat their names and statuses on every row: each distinct text is read once.
  const seen = new Map<string, ReturnType<typeof readText>>();
  let out: unknown[][] | undefined;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    let copy: unknown[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || !hasNonAscii(v)) continue;
      let read = seen.get(v);
      if (!read) seen.set(v, (read = readCell(v)));
      if (read.encoding) count(found, read.encoding, r, c);
      if (read.text === v) continue;
      copy ??= row.slice();
      copy[c] = read.text;
    }
    if (!copy) continue;
    out ??= cells.slice();
    out[r] = copy;
  }
  const list = LEGACY_ENCODINGS.flatMap((e) => found.get(e) ?? []);
  return { cells: out ?? cells, found: list, issues: list.map((f) => noteOf(f, opts)) };
}

function count(found: Map<LegacyEncoding, EncodingFound>, encoding: LegacyEncoding, row: number, col: number): void {
  const f = found.get(encoding);
  if (f) f.cells++;
  else found.set(encoding, { encoding, cells: 1, first: { row, col } });
}

function noteOf(f: EncodingFound, opts: DecodeOptions): Issue {
  const origin = opts.origin ?? { row: 0, col: 0 };
  const where = sheetCellAddress(opts.sheetName, f.first.row, f.first.col, origin);
  const note: Problem = { code: "encodingLegacyText", params: { encoding: f.encoding, cells: f.cells, first: where } };
  return {
    where,
    problem: note,
    severity: "warning",
    row: f.first.row + origin.row,
    col: f.first.col + origin.col,
  };
}

/** The grid as recognition reads it: decoded, the notes added after the reader's issues. */
export function decodedGrid(grid: Grid): Grid {
  const decoded = decodeGrid(grid.cells, grid);
  if (decoded.cells === grid.cells && decoded.issues.length === 0) return grid;
  return { ...grid, cells: decoded.cells, issues: [...grid.issues, ...decoded.issues] };
}
