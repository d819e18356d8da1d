/** oneNotePerEncoding: the notes of one encoding made one; the others, and their order, kept. */
import { problem } from "../../../src/i18n/problem";
import { oneNotePerEncoding } from "../../../src/core/encoding/notes";
import type { Issue } from "../../../src/core/table/model";

const note = (encoding: "TCVN3" | "VNI", cells: number, row: number, col: number, first: string): Issue => ({
  where: first,
  severity: "warning",
  row,
  col,
  problem: problem("encodingLegacyText", { encoding, cells, first }),
});
const other: Issue = { where: "Sổ", severity: "warning", problem: problem("registerNoUnit", {}) };

describe("oneNotePerEncoding", () => {
  it("adds up the cells of one encoding's notes at the first of their cells", () => {
    const head = note("TCVN3", 9, 0, 0, "Sổ!A1");
    const rows = note("TCVN3", 50000, 2, 4, "Sổ!E3");
    expect(oneNotePerEncoding([head, other, rows])).toEqual([note("TCVN3", 50009, 0, 0, "Sổ!A1"), other]);
    // The first cell wins wherever its note is in the list; in the same row, the first column.
    expect(oneNotePerEncoding([rows, other, head])).toEqual([note("TCVN3", 50009, 0, 0, "Sổ!A1"), other]);
    expect(oneNotePerEncoding([note("VNI", 1, 5, 3, "Sổ!D6"), note("VNI", 2, 5, 1, "Sổ!B6")])).toEqual([note("VNI", 3, 5, 1, "Sổ!B6")]);
  });

  it("keeps each encoding's note apart, and a list without two of one as it is", () => {
    const list = [note("TCVN3", 4, 1, 0, "Sổ!A2"), other, note("VNI", 7, 3, 2, "Sổ!C4")];
    expect(oneNotePerEncoding(list)).toEqual(list);
    expect(oneNotePerEncoding([])).toEqual([]);
  });
});
