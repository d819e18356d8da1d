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
import { LEGACY_ENCODINGS, readText, scriptOf, type LegacyEncoding } from "./convert";

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
  /** only the rows above `headRows`, and below them only `columns` (a large register's text columns) */
  only?: { headRows: number; columns: readonly number[] };
}

/**
 * Text without these is left exactly as it is: every TCVN3 letter code is in 0xA1–0xFE, every VNI
 * one in 0xC0–0xFF, and NFD Vietnamese has combining marks. One native scan per cell, as most cells
 * of a large register (decision numbers, names) are distinct.
 */
const MAY_CHANGE = /[\xa1-\xff\u0300-\u036f]/;

/** The grid with its old-encoded text in Unicode, and what was found. */
export function decodeGrid(cells: unknown[][], opts: DecodeOptions = {}): DecodedGrid {
  const found = new Map<LegacyEncoding, EncodingFound>();
  // Registers repeat their names and statuses on every row: each distinct text is read once.
  const seen = new Map<string, ReturnType<typeof readText>>();
  let out: unknown[][] | undefined;
  // Below the head rows with no columns to read there is nothing to do: 100,000 rows not walked.
  const end = opts.only && opts.only.columns.length === 0 ? Math.min(cells.length, opts.only.headRows) : cells.length;
  for (let r = 0; r < end; r++) {
    const row = cells[r];
    const columns = opts.only && r >= opts.only.headRows ? opts.only.columns : undefined;
    let copy: unknown[] | undefined;
    for (let k = 0, n = columns ? columns.length : row.length; k < n; k++) {
      const c = columns ? columns[k] : k;
      const v = row[c];
      // Text with a letter no old font has (ễ, ă, ư) is Unicode, left as readText would leave it.
      if (typeof v !== "string" || !MAY_CHANGE.test(v) || scriptOf(v) === "unicode") continue;
      let read = seen.get(v);
      if (!read) seen.set(v, (read = readText(v)));
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
export function decodedGrid(grid: Grid, only?: DecodeOptions["only"]): Grid {
  const decoded = decodeGrid(grid.cells, { sheetName: grid.sheetName, origin: grid.origin, only });
  if (decoded.cells === grid.cells && decoded.issues.length === 0) return grid;
  return { ...grid, cells: decoded.cells, issues: [...grid.issues, ...decoded.issues] };
}
