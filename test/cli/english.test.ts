/**
 * `thads --lang en` says everything in English: the usage, its own lines, the file problems, the
 * problems found in the data (JSON messages too). Vietnamese may come only from the workbook itself
 * (names of people, sheets and statuses, cell texts), which are removed before looking.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { AUG_2021, freshSamples, tempDir, thads, thadsJson } from "./run";

/** Letters only Vietnamese uses (as the catalogue test has it). */
const VIETNAMESE = /[À-ỹđĐ]/;

/** Every text of a workbook: its cells (as typed and with white space collapsed) and its sheet names. */
async function workbookTexts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts = new Set<string>([path.basename(file)]);
  for (const ws of wb.worksheets) {
    texts.add(ws.name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const text = cell.text;
        if (text) [text, text.trim(), text.replace(/\s+/g, " ").trim()].forEach((t) => t && texts.add(t));
      }),
    );
  }
  return [...texts];
}

/** The lines of `output` holding Vietnamese of their own once the workbook's texts are taken out. */
function ownVietnamese(output: string, texts: string[]): string[] {
  const longestFirst = [...texts].sort((a, b) => b.length - a.length);
  return output.split("\n").filter((line) => {
    let own = line;
    for (const t of longestFirst) own = own.split(t).join("");
    return VIETNAMESE.test(own);
  });
}

let dir: string;
beforeAll(async () => {
  dir = await freshSamples();
});

describe("thads --lang en", () => {
  test("a statistics table with warnings: the lines written and the JSON", async () => {
    const file = path.join(dir, "bang-chap-hanh-vien.xlsx");
    const texts = await workbookTexts(file);
    const out = path.join(tempDir("en"), "report.xlsx");
    const r = thads(["report", file, ...AUG_2021, "--lang", "en", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("warning(s):");
    expect(ownVietnamese(r.stdout + r.stderr, texts)).toEqual([]);
    const j = thadsJson(["report", file, ...AUG_2021, "--lang", "en"]);
    expect(j.json.warnings.length).toBeGreaterThan(0);
    expect(ownVietnamese(JSON.stringify({ w: j.json.warnings, s: j.json.summary }, null, 1), texts)).toEqual([]);
  });

  test("a register with an unknown status: the errors and the unclassified status", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "so-theo-doi.xlsx"));
    wb.worksheets[0].getCell("I7").value = "Đang xác minh";
    wb.worksheets[0].getCell("C8").value = "05/13/2021";
    const file = path.join(tempDir("en"), "so-theo-doi-sua.xlsx");
    await wb.xlsx.writeFile(file);
    const texts = await workbookTexts(file);
    const r = thads(["report", file, ...AUG_2021, "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("is not classified");
    expect(ownVietnamese(r.stderr, texts)).toEqual([]);
    const j = thadsJson(["report", file, ...AUG_2021, "--lang", "en"]);
    expect(ownVietnamese(JSON.stringify(j.json.errors, null, 1), texts)).toEqual([]);
  });

  test("a workbook holding neither a table nor a register: why, for each kind", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.getRow(1).values = ["Họ tên", "Ngày sinh"];
    ws.getRow(2).values = ["An", "1/1/1990"];
    const file = path.join(tempDir("en"), "danh-sach.xlsx");
    await wb.xlsx.writeFile(file);
    const r = thadsJson(["report", file, ...AUG_2021, "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no statistics table or case register found");
    expect(ownVietnamese(r.stderr + JSON.stringify(r.json.errors, null, 1), await workbookTexts(file))).toEqual([]);
  });

  test("files that cannot be read or written, a sheet that is not there, wrong usage", async () => {
    const d = tempDir("en");
    fs.writeFileSync(path.join(d, "cu.xls"), Buffer.from("d0cf11e0a1b11ae1", "hex"));
    fs.writeFileSync(path.join(d, "ghi-chu.xlsx"), "không phải bảng tính");
    fs.mkdirSync(path.join(d, "thu-muc.xlsx"));
    const sample = path.join(dir, "bang-don-vi.xlsx");
    const runs = [
      thads(["report", path.join(d, "khong-co.xlsx"), path.join(d, "cu.xls"), path.join(d, "ghi-chu.xlsx"), path.join(d, "thu-muc.xlsx"), ...AUG_2021, "--lang", "en"]),
      thads(["report", sample, ...AUG_2021, "--sheet", "Tờ 9", "--lang", "en"]),
      thads(["report", sample, ...AUG_2021, "--lang", "en", "--out", path.join(d, "khong", "co", "bao-cao.xlsx")]),
      thads(["report", sample, "--lang", "en", "--target-cases", "cao", "--target-money", "48"]),
      thads(["--help", "--lang", "en"]),
    ];
    expect(runs.map((r) => r.status)).toEqual([1, 1, 1, 2, 0]);
    expect(runs[0].stderr.trim().split("\n")).toHaveLength(4); // one line per file
    const texts = [...(await workbookTexts(sample)), "Tờ 9", "khong-co.xlsx", "cu.xls", "ghi-chu.xlsx", "thu-muc.xlsx", "bao-cao.xlsx"];
    for (const r of runs) expect(ownVietnamese(r.stdout + r.stderr, texts)).toEqual([]);
  });
});
