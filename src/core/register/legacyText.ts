/**
 * Old-encoded text (TCVN3, VNI-Windows) met by the register pass. A large register is not decoded
 * cell by cell before recognition (core/source.ts): its officer, unit and status texts are read in
 * Unicode here instead, once per distinct text, where the pass looks each text up anyway; this
 * tallies the cells so read, for the same note decodeGrid gives (encodingLegacyText).
 */
import { problem } from "../../i18n/problem";
import { readText, type LegacyEncoding } from "../encoding/convert";
import type { IssueLog } from "./issueLog";

/** A cell's text in Unicode, and the old encoding it was typed in, if any. */
export function unicodeText(text: string): { text: string; encoding?: LegacyEncoding } {
  return readText(text);
}

export class LegacyTally {
  private readonly found = new Map<LegacyEncoding, { cells: number; r: number; c: number }>();

  constructor(private readonly log: IssueLog) {}

  /** One cell of row r, column c, read in `encoding`. */
  add(encoding: LegacyEncoding, r: number, c: number): void {
    const f = this.found.get(encoding);
    if (!f) this.found.set(encoding, { cells: 1, r, c });
    else {
      f.cells++;
      if (r < f.r || (r === f.r && c < f.c)) (f.r = r), (f.c = c);
    }
  }

  /** One warning per encoding met, naming the count and the first cell. */
  finish(): void {
    for (const [encoding, f] of this.found) {
      const p = problem("encodingLegacyText", { encoding, cells: f.cells, first: this.log.addr(f.r, f.c) });
      this.log.addAt(f.r, f.c, "warning", p);
    }
  }
}
