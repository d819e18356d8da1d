/**
 * `thads report` on hand-made edge files written here: merged headers, total and blank rows, numbers
 * stored as text, bad cells; and on files that cannot be read (corrupt, missing, not .xlsx), which
 * must give one clear line naming the file, never a stack trace. Progress on large inputs.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { AUG_2021, expectMeasure, expectedMeasure, tempDir, thads, thadsJson } from "./run";

const dir = tempDir("files");

type Row = (string | number | null)[];

/**
 * A small officer table: title row, merged STT / name cells over two header rows, a merged
 * "Về việc" / "Về tiền" band, then the rows given (from row 5).
 */
async function table(name: string, rows: Row[], sheets: { before?: string } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (sheets.before) wb.addWorksheet(sheets.before).getCell("A1").value = "Ghi chú: số liệu tạm tính, không phải bảng.";
  const ws = wb.addWorksheet("Biểu 04");
  ws.getCell("A1").value = "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN HÒA VANG";
  ws.getCell("A3").value = "STT";
  ws.mergeCells("A3:A4");
  ws.getCell("B3").value = "Họ và tên";
  ws.mergeCells("B3:B4");
  ws.getCell("C3").value = "Về việc";
  ws.mergeCells("C3:E3");
  ws.getCell("F3").value = "Về tiền";
  ws.mergeCells("F3:H3");
  ws.getRow(4).values = [null, null, "Có điều kiện", "Thi hành xong", "Đình chỉ", "Có điều kiện", "Thi hành xong", "Đình chỉ"];
  rows.forEach((r, i) => (ws.getRow(5 + i).values = r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const AN: Row = [1, "An", 40, 30, 2, "12.500", 5000, 500];
const BINH: Row = [2, "Bình", 60, "45", 3, 20000, 9000, 1000];

describe("a table with merged headers, a blank row, a total row and numbers stored as text", () => {
  let json: any;
  beforeAll(async () => {
    const file = await table("gop.xlsx", [AN, BINH, [], [null, "Tổng cộng", 100, 75, 5, 32500, 14000, 1500]]);
    const r = thadsJson(["report", file, ...AUG_2021]);
    expect(r.status).toBe(0);
    json = r.json;
  });

  test("members only (the total row is not one), figures by hand", () => {
    expect(json.rows.map((r: any) => r.name)).toEqual(["An", "Bình"]);
    expectMeasure(json.rows[0].cases, expectedMeasure(40, 32, 815, 1), "An cases"); // 80%: ⌈32,6⌉ − 32 = 1 short
    expectMeasure(json.rows[0].money, expectedMeasure(12500, 5500, 480, 1), "An money"); // 44%
    expectMeasure(json.rows[1].cases, expectedMeasure(60, 48, 815, 1), "Bình cases");
    expectMeasure(json.rows[1].money, expectedMeasure(20000, 10000, 480, 1), "Bình money"); // 50%
    expectMeasure(json.total.cases, expectedMeasure(100, 80, 815, 1), "total cases");
    expectMeasure(json.total.money, expectedMeasure(32500, 15500, 480, 1), "total money");
    expect(json.rows[0].cases).toMatchObject({ needed: 1, status: "Chưa đạt" });
  });

  test("each text number is a warning naming its cell; the total row agrees, so no more warnings", () => {
    expect(json.warnings.map((w: any) => w.where).sort()).toEqual(["'Biểu 04'!D6", "'Biểu 04'!F5"]);
    expect(json.errors).toEqual([]);
  });
});

test("a total row that disagrees with its members is reported, and the report uses the recomputed total", async () => {
  const file = await table("tong-sai.xlsx", [AN, BINH, [null, "Cộng", 101, 75, 5, 32500, 14000, 1500]]);
  const { status, json } = thadsJson(["report", file, ...AUG_2021]);
  expect(status).toBe(0);
  expect(json.total.cases.eligible).toBe(100);
  const w = json.warnings.find((x: any) => x.where === "'Biểu 04'!B7");
  expect(w.message).toContain("101");
  expect(w.message).toContain("100");
});

test("a cell that is not a number: exit 1, the error with its cell, nothing written", async () => {
  const file = await table("chu.xlsx", [AN, [2, "Bình", 60, "bốn lăm", 3, 20000, 9000, 1000]]);
  const out = path.join(dir, "khong-ghi.xlsx");
  const r = thads(["report", file, ...AUG_2021, "--out", out]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("chưa ghi báo cáo");
  expect(r.stderr).toContain("'Biểu 04'!D6");
  expect(r.stderr).toContain("bốn lăm");
  expect(r.stdout).toBe("");
  expect(fs.existsSync(out)).toBe(false);
  const j = thadsJson(["report", file, ...AUG_2021]);
  expect(j.status).toBe(1);
  expect(j.json.errors.map((e: any) => e.where)).toContain("'Biểu 04'!D6");
});

describe("files that cannot be read: one line naming the file, exit 1, no stack trace", () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    files.corrupt = path.join(dir, "hong.xlsx");
    // Fixed bytes that look random: not a zip at all.
    fs.writeFileSync(files.corrupt, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251)));
    const good = await table("tot.xlsx", [AN]);
    const bytes = fs.readFileSync(good);
    files.truncated = path.join(dir, "cat-doi.xlsx");
    fs.writeFileSync(files.truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    files.text = path.join(dir, "bang.txt");
    fs.writeFileSync(files.text, "Chấp hành viên\tCó điều kiện\nAn\t40\n");
    files.missing = path.join(dir, "khong-co.xlsx");
  });

  const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

  test.each([
    ["corrupt", `Tệp "hong.xlsx" không phải là tệp Excel .xlsx.`],
    ["text", `Tệp "bang.txt" không phải là tệp Excel .xlsx.`],
    ["missing", `Không tìm thấy tệp "khong-co.xlsx".`],
  ])("%s file", (kind, line) => {
    const r = thads(["report", files[kind], ...AUG_2021]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe("");
  });

  test("a damaged zip", () => {
    const r = thads(["report", files.truncated, ...AUG_2021]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^Tệp "cat-doi\.xlsx" bị hỏng, không đọc được/);
    noStack(r.stderr);
  });

  test("several bad files: each named on its own line", () => {
    const r = thads(["report", files.missing, files.text, files.corrupt, ...AUG_2021]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `Không tìm thấy tệp "khong-co.xlsx".`,
      `Tệp "bang.txt" không phải là tệp Excel .xlsx.`,
      `Tệp "hong.xlsx" không phải là tệp Excel .xlsx.`,
    ]);
  });

  test("--json: the errors as JSON on stdout as well", () => {
    const { status, json } = thadsJson(["report", files.missing, ...AUG_2021]);
    expect(status).toBe(1);
    expect(json).toEqual({
      period: { fiscalYear: 2021, months: 11, start: "2020-10-01", end: "2021-08-31" },
      rows: [],
      total: null,
      warnings: [],
      errors: [{ where: files.missing, message: `Không tìm thấy tệp "khong-co.xlsx".` }],
    });
  });

  test("--lang en: the line in English", () => {
    const r = thads(["report", files.missing, ...AUG_2021, "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`File "khong-co.xlsx" not found.\n`);
  });
});

describe("choosing the sheet", () => {
  let file: string;
  beforeAll(async () => {
    file = await table("hai-trang.xlsx", [AN, BINH], { before: "Ghi chú" });
  });

  test("without --sheet: the first sheet holding a table (a notes sheet before it is passed over)", () => {
    const { status, json } = thadsJson(["report", file, ...AUG_2021]);
    expect(status).toBe(0);
    expect(json.sources[0]).toMatchObject({ sheet: "Biểu 04", kind: "table" });
  });

  test("--sheet naming a sheet without a table: exit 1, what was looked for", () => {
    const r = thads(["report", file, ...AUG_2021, "--sheet", "Ghi chú"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Tệp "hai-trang.xlsx": không tìm thấy bảng thống kê hay sổ theo dõi nào.`);
  });

  test("--sheet naming no sheet: the sheets the file has", () => {
    const r = thads(["report", file, ...AUG_2021, "--sheet", "Biểu 05"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`Tệp "hai-trang.xlsx" không có trang tính "Biểu 05" ("Ghi chú", "Biểu 04").\n`);
  });
});

describe("progress on stderr for a large register", () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sổ");
    ws.addRow(["STT", "Ngày thụ lý", "Chấp hành viên", "Số tiền phải thi hành (đồng)", "Số tiền đã thu (đồng)", "Kết quả"]);
    const statuses = ["Xong", "Đang thi hành", "Chưa có ĐK", "Đình chỉ"];
    for (let i = 0; i < 25000; i++) {
      ws.addRow([i + 1, new Date(Date.UTC(2021, i % 8, 1 + (i % 28))), `CHV ${i % 5}`, ((i % 97) + 2) * 1000000, (i % 2) * 1000000, statuses[i % 4]]);
    }
    file = path.join(dir, "so-lon.xlsx");
    await wb.xlsx.writeFile(file);
    expect(fs.statSync(file).size).toBeGreaterThan(512 * 1024);
  });

  test("percentages while reading and aggregating; the report is written", () => {
    const out = path.join(dir, "so-lon-bao-cao.xlsx");
    const r = thads(["report", file, ...AUG_2021, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Đang mở so-lon.xlsx…");
    expect(r.stderr).toContain("Đang đọc so-lon.xlsx… 50%");
    expect(r.stderr).toContain("Đang đọc so-lon.xlsx… 100%");
    expect(r.stderr).toContain("Đang tổng hợp sổ theo dõi so-lon.xlsx… 100%");
    expect(fs.existsSync(out)).toBe(true);
  });

  test("quiet with --json; a small input shows none either", async () => {
    const r = thadsJson(["report", file, ...AUG_2021]);
    expect(r.status).toBe(0);
    expect(r.json.total.cases.eligible).toBe(18750); // 3 rows in 4 are enforceable: Xong, Đang thi hành, Đình chỉ
    expect(r.stderr).toBe("");
    const small = thads(["report", await table("nho.xlsx", [AN, BINH]), ...AUG_2021, "--out", path.join(dir, "nho-bc.xlsx")]);
    expect(small.stderr).not.toContain("%");
  });
});
