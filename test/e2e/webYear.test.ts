/**
 * The page's year reports (src/web/year.ts) from file://, in headless Chromium: "So với cùng kỳ" with
 * the sample of this year and last year's file, and "Diễn biến theo tháng" with the monthly workbook.
 * Each downloaded workbook is recalculated by LibreOffice and must hold the command's JSON figures for
 * the same files (`thads report … --compare …`, `thads trend …`), under the name the command gives it.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { Browser, chromium, Page } from "playwright-core";
import { figureMismatches } from "../cli/figures";
import { ROOT, tempDir, thads, thadsJson } from "../cli/run";
import { comparisonMismatches, trendMismatches } from "../cli/yearFigures";
import { formulaMismatches, recalculated } from "../xlsx/recalc";
import { chromiumPath } from "./harness";

const PAGE = path.join(ROOT, "dist", "web", "index.html");
const SAMPLES = path.join(ROOT, "assets", "samples");
const NOW = path.join(SAMPLES, "bang-chap-hanh-vien.xlsx");
const BEFORE = path.join(SAMPLES, "nam", "cung-ky-2020.xlsx");
const MONTHLY = path.join(SAMPLES, "nam", "theo-thang-2021.xlsx");
const ARGS = ["--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];

let browser: Browser;
let dir: string;
beforeAll(async () => {
  if (!fs.existsSync(PAGE)) throw new Error("dist/web/index.html is missing: run `npm run build` first (npm test does).");
  dir = tempDir("web-year");
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
});
afterAll(async () => browser?.close());

/** The page in Vietnamese with step 1's files picked and the form filled; page errors and outside requests recorded. */
async function opened(files: string[]): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true, locale: "vi-VN", viewport: { width: 1100, height: 1000 } });
  const problems: string[] = [];
  page.on("request", (r) => {
    if (!/^(file|data|blob):/.test(r.url())) problems.push(`request ${r.url()}`);
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(pathToFileURL(PAGE).href);
  await page.locator('#app[aria-busy="false"]').waitFor();
  await page.getByLabel(/Chọn tệp \.xlsx/).setInputFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll("#file-list li.file").length === n, files.length);
  await page.getByLabel(/Chỉ tiêu về việc/).fill("81,5");
  await page.getByLabel(/Chỉ tiêu về tiền/).fill("48");
  await page.getByLabel(/Ngày báo cáo/).fill("2021-08-31");
  return { page, problems };
}

async function downloaded(page: Page, button: RegExp): Promise<{ file: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

/** The name the command gives the workbook it writes, in an empty folder. */
function commandFileName(args: string[]): string {
  const cwd = tempDir("web-year-cli");
  expect(thads(args, cwd).status).toBe(0);
  return fs.readdirSync(cwd)[0];
}

test("So với cùng kỳ: the command's compared report, recalculated by LibreOffice", async () => {
  const { page, problems } = await opened([NOW]);
  await page.getByLabel(/Tệp cùng kỳ năm trước/).setInputFiles([BEFORE]);
  const { file, name } = await downloaded(page, /^Tạo báo cáo so với cùng kỳ$/);
  const args = ["report", NOW, "--compare", BEFORE, ...ARGS];
  const { status, json } = thadsJson(args);
  expect(status).toBe(0);
  expect(name).toBe(commandFileName(args));
  const sheet = "Báo cáo 11 tháng 2021";
  const sheets = recalculated(file, [sheet]);
  expect(figureMismatches(sheets[sheet], json)).toEqual([]);
  expect(comparisonMismatches(sheets[sheet], json)).toEqual([]);
  expect(json.rows.some((r: any) => r.previous === null)).toBe(true); // a member new this year
  const { count, mismatches } = await formulaMismatches(file, sheets);
  expect(count).toBeGreaterThan(50);
  expect(mismatches).toEqual([]);
  const message = await page.locator("#year-message").innerText();
  expect(message).toContain(json.comparison.sentence);
  // the member gone this year is named, as the command warns
  expect(message).toContain(json.comparison.absentThisYear[0].name);
  expect(problems).toEqual([]);
  await page.close();
});

test("So với cùng kỳ without last year's file says so and downloads nothing", async () => {
  const { page, problems } = await opened([NOW]);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: /^Tạo báo cáo so với cùng kỳ$/ }).click();
  await page.locator("#year-message .message.error").waitFor();
  expect(await page.locator("#year-message").innerText()).toContain("Chưa chọn tệp cùng kỳ năm trước.");
  expect(downloads).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("Diễn biến theo tháng: the command's trend sheet, recalculated by LibreOffice", async () => {
  const { page, problems } = await opened([MONTHLY]);
  const { file, name } = await downloaded(page, /^Tạo diễn biến theo tháng$/);
  const args = ["trend", MONTHLY, ...ARGS];
  const { status, json } = thadsJson(args);
  expect(status).toBe(0);
  expect(name).toBe(commandFileName(args));
  const sheet = "Diễn biến 2021";
  const sheets = recalculated(file, [sheet]);
  expect(json.months.length).toBeGreaterThan(3);
  expect(trendMismatches(sheets[sheet], json)).toEqual([]);
  const { count, mismatches } = await formulaMismatches(file, sheets);
  expect(count).toBe(json.months.length * 2 + 2 * 3 + 2);
  expect(mismatches).toEqual([]);
  const zip = fs.readFileSync(file).toString("latin1");
  expect(zip).toContain("xl/charts/chart2.xml");
  expect(await page.locator("#year-message").innerText()).toContain(thads(args.concat(["--out", path.join(dir, "x.xlsx")])).stdout.split("\n")[1]);
  expect(problems).toEqual([]);
  await page.screenshot({ path: path.join(ROOT, "test-results", "web-year.png"), fullPage: true });
  await page.close();
});
