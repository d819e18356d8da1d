/**
 * A file picked in the pane or on the page (taskpane/fileSource.ts, read from its bytes with
 * xlsx/read.ts) gives the very statistics table `thads report` reads from the same file on disk
 * (cli/source.ts, streamed with xlsx/stream.ts): two readers, one core step. A file that cannot be
 * used is one line naming it, in the user's language.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadSource } from "../../src/cli/source";
import { Progress } from "../../src/cli/progress";
import { readPicked } from "../../src/taskpane/fileSource";
import { prepare } from "../../src/taskpane/source";
import { ROOT, tempDir } from "../cli/run";

const DATE = { year: 2025, month: 8, day: 31 };
const SAMPLES = [
  "tong-hop/khu-vuc-1.xlsx",
  "tong-hop/khu-vuc-2.xlsx",
  "tong-hop/khu-vuc-3.xlsx",
  "bang-don-vi.xlsx",
  "bang-chap-hanh-vien.xlsx",
  "so-theo-doi.xlsx",
].map((f) => [f, path.join(ROOT, "assets", "samples", f)]);

const picked = (file: string) => ({ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) });

test.each(SAMPLES)("%s: the table the command reads, figure for figure and issue for issue", async (_name, file) => {
  const outcome = await readPicked(picked(file), "vi");
  if (!("file" in outcome)) throw new Error(outcome.error);
  const command = await loadSource(file, { reportDate: DATE, dateGiven: true, lang: "vi" }, new Progress({ write: () => undefined }, false));
  expect(command.table.members.length).toBeGreaterThan(1);
  expect(outcome.file.source.grid.sheetName).toBe(command.sheetName);
  expect(outcome.file.source.kind).toBe(command.kind);
  expect(outcome.file.baseName).toBe(path.basename(file, ".xlsx"));
  // Both name the file the sheet was read from.
  expect(command.table.readFrom).toEqual({ sheet: command.sheetName, file: path.basename(file) });
  expect(prepare(outcome.file.source, DATE).table).toEqual(command.table);
});

describe("a file that cannot be used is one line naming it", () => {
  test("not a workbook at all", async () => {
    const outcome = await readPicked({ name: "hong.xlsx", bytes: new TextEncoder().encode("đây không phải một sổ tính") }, "vi");
    expect(outcome).toEqual({ name: "hong.xlsx", error: 'Tệp "hong.xlsx" không phải là tệp Excel .xlsx.' });
  });

  test("an Excel 97-2003 file, in English", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const outcome = await readPicked({ name: "Biểu 04.xls", bytes: ole }, "en");
    expect("error" in outcome && outcome.error).toMatch(/^"Biểu 04\.xls" is an Excel 97-2003 \(\.xls\) or password-protected file/);
  });

  test("a workbook holding neither a table nor a register: why, sheet by sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").addRow(["Danh sách cán bộ trực", "Thứ hai"]);
    const file = path.join(tempDir("file-source"), "ghi-chu.xlsx");
    await wb.xlsx.writeFile(file);
    const outcome = await readPicked(picked(file), "vi");
    expect("error" in outcome && outcome.error.split("\n")[0]).toBe('Tệp "ghi-chu.xlsx": không tìm thấy bảng thống kê hay sổ theo dõi nào.');
    expect("error" in outcome && outcome.error).toContain('"Ghi chú"');
  });
});
