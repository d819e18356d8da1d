/**
 * The pane and the command read a sheet through the one core step: on the same grid they give the
 * same statistics table with the same issues, in the same order (the reader's, the layout's notes,
 * the figures'). The command reads the file; the pane's source is given the grid the .xlsx reader
 * makes of the same sheet (what Office.js gives for it, see test/xlsx/read.test.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadSource } from "../../src/cli/source";
import { Progress } from "../../src/cli/progress";
import { prepare, recognizeSource } from "../../src/taskpane/source";
import { openWorkbook, sheetGrid } from "../../src/xlsx/read";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-source-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const AUG_31 = { year: 2021, month: 8, day: 31 };
const silent = new Progress({ write: () => undefined }, false);

/** A workbook of one sheet, its rows from A1 (or from `origin`). */
async function workbook(name: string, rows: unknown[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => v !== "" && (ws.getCell(r + 3, c + 2).value = v as ExcelJS.CellValue)));
  build?.(ws);
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function bothSources(file: string) {
  const command = await loadSource(file, { reportDate: AUG_31, dateGiven: true, lang: "vi" }, silent);
  const grid = sheetGrid((await openWorkbook(file)).worksheets[0]);
  const found = recognizeSource(grid);
  if ("reasons" in found) throw new Error("the pane recognised nothing");
  return { command, pane: prepare(found, AUG_31) };
}

describe("the pane's source and the command's source", () => {
  it("give the same issues on a register: layout notes, the reader's warning, cell errors", async () => {
    // No money unit written anywhere (a note), an amount that is not a number (an error in F5), and a
    // formula saved without its result (the reader's warning).
    const file = await workbook(
      "Sổ theo dõi",
      [
        ["SỔ THEO DÕI THI HÀNH ÁN"],
        ["Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Số tiền phải thi hành", "Đã thu", "Kết quả"],
        ["12/QĐ-CCTHADS", "05/10/2020", "Nguyễn Văn X", "Trần Thị Bình", 15000, 15000, "Xong"],
        ["13/QĐ-CCTHADS", "06/10/2020", "Lê Văn Y", "Trần Thị Bình", "mười nghìn", 0, "Đang thi hành"],
      ],
      (ws) => (ws.getCell("K3").value = { formula: "B3&\"\"" } as ExcelJS.CellFormulaValue),
    );
    const { command, pane } = await bothSources(file);
    expect(command.kind).toBe("register");
    expect(pane.table.issues).toEqual(command.table.issues);
    const wheres = command.table.issues.map((i) => i.where);
    expect(wheres).toContain("'Sổ theo dõi'!K3"); // the reader's warning
    expect(wheres).toContain("Sổ theo dõi"); // the layout's note on the money unit
    expect(wheres).toContain("'Sổ theo dõi'!F6"); // "mười nghìn" is not an amount
    expect(pane.table.members).toEqual(command.table.members);
    expect(pane.statuses).toEqual(command.statuses);
  });

  it("give the same issues on a statistics table with a text figure", async () => {
    const file = await workbook("Biểu 04", [
      ["BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN"],
      ["STT", "Chấp hành viên", "Có điều kiện", "Thi hành xong", "Đình chỉ"],
      [1, "Nguyễn Văn An", 120, "85", 5],
      [2, "Trần Thị Bình", 80, "năm mươi", 2],
    ]);
    const { command, pane } = await bothSources(file);
    expect(command.kind).toBe("table");
    expect(pane.table.issues).toEqual(command.table.issues);
    expect(command.table.issues.map((i) => [i.where, i.severity])).toEqual(
      expect.arrayContaining([["'Biểu 04'!E6", "error"]]),
    );
    expect(pane.table.members).toEqual(command.table.members);
  });
});
