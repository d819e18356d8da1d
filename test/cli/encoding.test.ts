/**
 * Old workbooks typed in TCVN3 or VNI-Windows give the report of the same workbook typed in
 * Unicode: through the command as a process, and through the core the pane uses (recognizeSource →
 * prepare, on the grid the .xlsx reader makes of the sheet). The only difference is the note saying
 * which encoding was read, in how many cells, naming the first.
 */
import * as path from "path";
import { prepare, recognizeSource } from "../../src/taskpane/source";
import { decodeGrid } from "../../src/core/encoding/grid";
import { openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { tcvn3CanSay } from "../core/encoding/letters";
import { registerStatus, RETYPE, retypedCopy } from "../fixtures/encoding";
import { AUG_2021, freshSamples, samples, tempDir, thadsJson } from "./run";

const AUG_31 = { year: 2021, month: 8, day: 31 };
const NOTE = /^\d+ ô gõ bằng bảng mã (TCVN3|VNI-Windows) .*\(ô đầu tiên .+\) đã được đọc sang Unicode\.$/;

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await freshSamples();
  out = tempDir("encoding");
});

/** The command's JSON report of a file, with its sources' file names left out. */
function report(file: string) {
  const r = thadsJson(["report", file, ...AUG_2021]);
  expect([r.status, r.json.errors]).toEqual([0, []]);
  return { ...r.json, sources: r.json.sources.map((s: { file: string }) => ({ ...s, file: path.basename(s.file) })) };
}

/** The pane's statistics table of the file's first sheet. */
async function paneTable(file: string) {
  const grid = sheetGrid((await openWorkbook(file)).worksheets[0]);
  const found = recognizeSource(grid);
  if ("reasons" in found) throw new Error(`the pane recognised nothing in ${file}`);
  return prepare(found, AUG_31);
}

/** `old` reports exactly as `unicode`, but for one note on the encoding, which comes first. */
function expectSameReport(old: any, unicode: any, encoding: "TCVN3" | "VNI-Windows") {
  const [note, ...warnings] = old.warnings;
  expect(note.message).toMatch(NOTE);
  expect(note.message).toContain(encoding);
  expect({ ...old, warnings, sources: [] }).toEqual({ ...unicode, sources: [] });
}

describe.each(["TCVN3", "VNI"] as const)("the officer table typed wholly in %s", (encoding) => {
  const name = encoding === "TCVN3" ? "TCVN3" : "VNI-Windows";
  let file: string;
  beforeAll(async () => {
    file = await retypedCopy(path.join(dir, samples.OFFICER_TABLE.file), out, `bang-${encoding}.xlsx`, RETYPE[encoding]);
  });

  it("gives the Unicode table's report through the command, names in Unicode", () => {
    const unicode = report(path.join(dir, samples.OFFICER_TABLE.file));
    const old = report(file);
    expectSameReport(old, unicode, name);
    expect(old.rows.map((r: { name: string }) => r.name)).toEqual(samples.OFFICER_TABLE.members.map((m: { name: string }) => m.name));
  });

  it("gives the Unicode table's statistics through the pane's core", async () => {
    const unicode = await paneTable(path.join(dir, samples.OFFICER_TABLE.file));
    const old = await paneTable(file);
    expect(old.table.members).toEqual(unicode.table.members);
    expect(old.table.office).toBe(unicode.table.office);
    expect(old.table.issues.slice(1)).toEqual(unicode.table.issues);
    expect(old.table.issues[0].problem).toMatchObject({ code: "encodingLegacyText", params: { encoding } });
  });
});

describe("the register with Unicode headers and statuses pasted from a TCVN3 file", () => {
  let file: string;
  beforeAll(async () => {
    file = await retypedCopy(path.join(dir, samples.REGISTER.file), out, "so-theo-doi-TCVN3.xlsx", RETYPE.TCVN3, registerStatus);
  });

  it("gives the Unicode register's report through the command, every status classified", () => {
    const unicode = report(path.join(dir, samples.REGISTER.file));
    const old = report(file);
    expectSameReport(old, unicode, "TCVN3");
    // Retyped: every status with a letter beyond ASCII (Đình chỉ, Chưa có ĐK…); "Xong" stays ASCII.
    const retyped = samples.makeCases().filter((c: { status: string }) => /[^\x00-\x7f]/.test(c.status)).length;
    expect(old.warnings[0].message).toBe(`${retyped} ô gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) (ô đầu tiên 'Sổ theo dõi'!I${firstRetypedRow()}) đã được đọc sang Unicode.`);
  });

  it("gives the Unicode register's statistics and statuses through the pane's core", async () => {
    const unicode = await paneTable(path.join(dir, samples.REGISTER.file));
    const old = await paneTable(file);
    expect(old.table.members).toEqual(unicode.table.members);
    // TCVN3 has no toned capitals: "Ủy thác" pasted from a .VnTime file reads "ủy thác".
    expect(old.statuses).toEqual(unicode.statuses?.map((s) => ({ ...s, text: tcvn3CanSay(s.text) })));
    expect(old.statuses?.every((s) => s.category !== null)).toBe(true);
  });
});

describe("the Unicode samples", () => {
  it("hold no cell that detection takes for an old encoding", async () => {
    const fresh = tempDir("unicode-samples");
    const files: string[] = await samples.makeSamples(fresh);
    expect(files.length).toBeGreaterThan(3);
    for (const rel of files) {
      const wb = await openWorkbook(path.join(fresh, rel));
      for (const ws of wb.worksheets) expect([rel, ws.name, decodeGrid(sheetGrid(ws).cells).found]).toEqual([rel, ws.name, []]);
    }
  });
});

/** The sheet row of the first case whose status is not plain ASCII (cases start on row 6). */
function firstRetypedRow(): number {
  const i = samples.makeCases().findIndex((c: { status: string }) => /[^\x00-\x7f]/.test(c.status));
  return 6 + i;
}
