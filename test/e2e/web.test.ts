/**
 * The standalone page (dist/web/index.html) opened from disk (file://) in headless Chromium, as an
 * office opens it from a shared folder: the district samples picked through the file input, targets
 * and date filled by their labels, "Tạo báo cáo" clicked; the downloaded workbook must hold the
 * command's figures for the same files (read back with ExcelJS, then recalculated by LibreOffice),
 * and the page must ask nothing of the network. A corrupt file among the picked ones gets its line.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import { Browser, chromium, Page } from "playwright-core";
import { figureMismatches } from "../cli/figures";
import { AUG_2025, ROOT, tempDir, thads, thadsJson } from "../cli/run";
import { formulaMismatches, recalculated } from "../xlsx/recalc";
import { chromiumPath } from "./harness";
import { REGISTER, writeWorkbook } from "./workbooks";

const PAGE = path.join(ROOT, "dist", "web", "index.html");
const SAMPLES = ["khu-vuc-1.xlsx", "khu-vuc-2.xlsx", "khu-vuc-3.xlsx"].map((f) => path.join(ROOT, "assets", "samples", "tong-hop", f));
const [, DATE, , TARGET_CASES, , TARGET_MONEY] = AUG_2025; // "--date", "2025-08-31", "--target-cases", "83,9", …

let browser: Browser;
let dir: string;
beforeAll(async () => {
  if (!fs.existsSync(PAGE)) throw new Error("dist/web/index.html is missing: run `npm run build` first (npm test does).");
  dir = tempDir("web");
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      // the date field follows the page's lang (set from the browser's language), as in the pane's tests
      "--enable-blink-features=LangAttributeAwareFormControlUI",
    ],
  });
});
afterAll(async () => browser?.close());

interface Opened {
  page: Page;
  /** requests other than file:, data: and blob: (none allowed), and page errors */
  outside: string[];
  errors: string[];
}

async function open(locale: string): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true, locale, viewport: { width: 1100, height: 1000 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(PAGE).href);
  await page.locator('#app[aria-busy="false"]').waitFor();
  return { page, outside, errors };
}

/** Picks the files, fills the form by its labels, clicks the button and saves the download. */
async function makeReport(page: Page, files: string[], labels: { pick: RegExp; cases: RegExp; money: RegExp; date: RegExp; build: RegExp }) {
  await page.getByLabel(labels.pick).setInputFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll("#file-list li.file").length === n, files.length);
  await page.getByLabel(labels.cases).fill(TARGET_CASES);
  await page.getByLabel(labels.money).fill(TARGET_MONEY);
  await page.getByLabel(labels.date).fill(DATE);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: labels.build }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

/** Every sheet's saved values as text rows (formulas as their cached results), for figureMismatches. */
async function savedRows(file: string): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        (rows[r - 1] ??= [])[c - 1] = v === null || v === undefined ? "" : String(v);
      }),
    );
    out[ws.name] = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
  }
  return out;
}

const VI = { pick: /Chọn tệp \.xlsx/, cases: /Chỉ tiêu về việc/, money: /Chỉ tiêu về tiền/, date: /Ngày báo cáo/, build: /^Tạo báo cáo$/ };
const EN = { pick: /Choose \.xlsx files/, cases: /Target by cases/i, money: /Target by money/i, date: /Report date/, build: /^Create report$/ };

test("the district samples from file://: the command's consolidation, figure for figure, and no network", async () => {
  const { page, outside, errors } = await open("vi-VN");
  const corrupt = path.join(dir, "hong.xlsx");
  fs.writeFileSync(corrupt, "đây không phải một sổ tính");
  const { file, name } = await makeReport(page, [...SAMPLES, corrupt], VI);

  // The command, for the same three files: its JSON and the name it gives the report.
  const { status, json } = thadsJson(["report", ...SAMPLES, ...AUG_2025]);
  expect(status).toBe(0);
  const cwd = tempDir("web-cli");
  expect(thads(["report", ...SAMPLES, ...AUG_2025], cwd).status).toBe(0);
  expect([name]).toEqual(fs.readdirSync(cwd));

  const sheetNames = ["Báo cáo 11 tháng 2025", ...json.units.map((u: any) => u.sheet)];
  const saved = await savedRows(file);
  expect(Object.keys(saved)).toEqual(sheetNames);
  expect(figureMismatches(saved[sheetNames[0]], json)).toEqual([]);
  json.units.forEach((u: any) => expect(figureMismatches(saved[u.sheet], u)).toEqual([]));

  const sheets = recalculated(file, sheetNames);
  expect(figureMismatches(sheets[sheetNames[0]], json)).toEqual([]);
  json.units.forEach((u: any) => expect(figureMismatches(sheets[u.sheet], u)).toEqual([]));
  const { count, mismatches } = await formulaMismatches(file, sheets);
  expect(count).toBeGreaterThan(100);
  expect(mismatches).toEqual([]);

  // The chart the command adds is there too.
  const zip = fs.readFileSync(file).toString("latin1");
  expect(zip).toContain("xl/charts/chart1.xml");

  // The summary sentence, and the corrupt file named on one line while the others reported.
  const message = await page.locator("#message").innerText();
  expect(message).toContain(`Đã tạo và tải xuống ${name}`);
  expect(message).toContain(json.summary);
  const corruptLines = message.split("\n").filter((l) => l.includes("hong.xlsx"));
  expect(corruptLines).toHaveLength(1);
  expect(await page.locator("#file-list li.file.error").innerText()).toContain("hong.xlsx");
  // The warnings, each with its cell, as the command lists them.
  const shown = await page.locator("#report-issue-list li").allInnerTexts();
  expect(shown).toHaveLength(Math.min(json.warnings.length, 100));
  json.warnings.slice(0, 100).forEach((w: any, i: number) => expect(shown[i]).toContain(w.where));

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(ROOT, "test-results", "web-page.png"), fullPage: true });
  await page.close();
});

test("in an English browser the page speaks English and the report is the command's English one", async () => {
  const { page, outside, errors } = await open("en-US");
  expect(await page.locator("h1").innerText()).toBe("Enforcement results report from Excel files");
  const { file } = await makeReport(page, SAMPLES, EN);
  const { json } = thadsJson(["report", ...SAMPLES, ...AUG_2025, "--lang", "en"]);
  // The JSON's status word is Vietnamese whatever the language (scripts read it); an English sheet says "Met" / "Not met".
  const english = (m: any) => ({ ...m, status: m.met === null ? null : m.met ? "Met" : "Not met" });
  const rows = [...json.rows, json.total].map((r: any) => ({ ...r, cases: english(r.cases), money: english(r.money) }));
  const saved = await savedRows(file);
  const first = Object.keys(saved)[0];
  expect(first).toBe("Report 11 months 2025");
  expect(figureMismatches(saved[first], { rows: rows.slice(0, -1), total: rows[rows.length - 1] })).toEqual([]);
  expect(await page.locator("#message").innerText()).toContain(json.summary);
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("on the page a register's unknown status is classified in the pane's view, and the office, money and language choices reach the report", async () => {
  const { page, outside, errors } = await open("vi-VN");
  const register = await writeWorkbook(path.join(dir, "so-theo-doi.xlsx"), "Sổ theo dõi", REGISTER);
  await page.getByLabel(VI.pick).setInputFiles([register]);
  await page.waitForFunction(() => document.querySelectorAll("#file-list li.file").length === 1);
  // What the file holds, and that one status is not classified: the report waits for it.
  const line = await page.locator("#file-list li.file").innerText();
  expect(line).toContain('so-theo-doi.xlsx: sổ theo dõi ở trang "Sổ theo dõi", 2 chấp hành viên.');
  expect(line).toContain("so-theo-doi.xlsx: 1 trạng thái chưa được phân loại");
  await page.getByLabel(VI.cases).fill("80");
  await page.getByLabel(VI.money).fill("40");
  await page.getByLabel(VI.date).fill("2021-08-31");
  await page.getByRole("button", { name: VI.build }).click();
  await expect(page.locator("#message .error").innerText()).resolves.toContain("1 trạng thái chưa được phân loại");

  // The pane's status view for this file: the status classified with its dropdown.
  await page.getByRole("button", { name: "Xem, sửa: so-theo-doi.xlsx" }).click();
  await page.getByLabel("Phân loại: Chờ bán đấu giá").selectOption("inProgress");
  await page.waitForFunction(() => document.querySelector("#file-list li.unclassified") === null);
  await page.screenshot({ path: path.join(ROOT, "test-results", "web-page-file.png"), fullPage: true });
  const office = "THI HÀNH ÁN DÂN SỰ TỈNH AN GIANG";
  await page.getByLabel(/Tên cơ quan/).fill(office);
  await page.getByLabel(/Tính tiền đình chỉ/).uncheck();
  await page.getByLabel(/Ngôn ngữ của báo cáo/).selectOption("en");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: VI.build }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);

  const saved = await savedRows(file);
  const sheet = saved["Report 11 months 2021"];
  expect(sheet).toBeDefined();
  const titles = sheet.slice(0, 3).flat().join(" ");
  expect(titles).toContain(office);
  expect(titles).not.toContain("AN PHÚ");
  const row = (name: string) => sheet.find((r) => r[1] === name) ?? [];
  // Columns C, D: cases eligible and done; K, L: money eligible and done (report/layout.ts).
  const figures = (r: string[]) => [r[2], r[3], r[10], r[11]].map(Number);
  // Bình: eligible = xong + đình chỉ + đang thi hành + chờ bán đấu giá (now in progress) = 4, done 2;
  // money eligible 100 + 50 + 200 + 300 = 650, done = collected on eligible rows 100 + 40 = 140 (the
  // terminated 50 not counted). Hoa: 3 eligible (the 15/09/2021 case is after the date), 2 done;
  // money 120 + 60 + 90 = 270, done 120 + 60 = 180. Total: 7, 4, 920, 320.
  expect(figures(row("Trần Văn Bình"))).toEqual([4, 2, 650, 140]);
  expect(figures(row("Lê Thị Hoa"))).toEqual([3, 2, 270, 180]);
  expect(figures(row("Total"))).toEqual([7, 4, 920, 320]);
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
