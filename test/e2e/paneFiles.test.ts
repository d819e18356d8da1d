/**
 * The pane's "Thêm tệp…" (stand-in Excel, headless Chromium): the district samples picked through the
 * button's file chooser, with a corrupt file among them, targets and date filled, "Tạo báo cáo"
 * clicked; every sheet written into the workbook, its formulas evaluated by HyperFormula, must hold
 * the figures `thads report --json` gives for the same files. The file reader (ExcelJS) is fetched from
 * the add-in's own origin only when files are picked.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { figureMismatches } from "../cli/figures";
import { AUG_2025, tempDir, thadsJson } from "../cli/run";
import { at, evaluate, expectMeasure, readSheet, ROOT, screenshot, standin, usePane } from "./harness";
import { BAD_CELL_TABLE, OFFICER_TABLE, REGISTER, writeWorkbook, XSS } from "./workbooks";

const { open } = usePane();

const SAMPLES = ["khu-vuc-1.xlsx", "khu-vuc-2.xlsx", "khu-vuc-3.xlsx"].map((f) => path.join(ROOT, "assets", "samples", "tong-hop", f));
const [, DATE, , TARGET_CASES, , TARGET_MONEY] = AUG_2025; // "--date", "2025-08-31", "--target-cases", "83,9", …

/** The sheet as Excel would show it: formulas evaluated, every value as text (figureMismatches compares text). */
async function shownRows(page: Page, sheet: string): Promise<string[][]> {
  return evaluate(await readSheet(page, sheet)).map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))));
}

/** The files the page fetched so far, by name. */
function fetched(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop() ?? ""));
}

async function pickFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: button }).click()]);
  await chooser.setFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll("#file-list li.file").length === n, files.length);
}

test("the district samples picked in the pane: the command's consolidation written into the workbook, a corrupt file on one line", async () => {
  const { page, errors, dialogs } = await open({ sheets: [{ name: "Sheet1", rows: [] }], displayLanguage: "vi-VN", ready: "#recognize-message .message" });
  // The first load does not carry the file reader.
  expect(await fetched(page)).not.toContain("files.js");

  const corrupt = path.join(tempDir("pane-files"), "hong.xlsx");
  fs.writeFileSync(corrupt, "đây không phải một sổ tính");
  await pickFiles(page, "Thêm tệp…", [...SAMPLES, corrupt]);
  expect(await fetched(page)).toContain("files.js");

  const { status, json } = thadsJson(["report", ...SAMPLES, ...AUG_2025]);
  expect(status).toBe(0);
  // One line per file: the three samples recognised (sheet, kind, members), the corrupt one saying why.
  const lines = await page.locator("#file-list li.file .file-line").allInnerTexts();
  expect(lines).toHaveLength(4);
  SAMPLES.forEach((file, i) => expect(lines[i]).toMatch(new RegExp(`^${path.basename(file)}: bảng thống kê ở trang ".+", \\d+ (chấp hành viên|đơn vị)\\.$`)));
  json.units.forEach((u: any, i: number) => expect(lines[i]).toContain(`, ${u.rows.length} `));
  expect(lines[3]).toContain("hong.xlsx");
  expect(lines[3]).toContain("không phải là tệp Excel .xlsx");

  await page.locator("#target-cases").fill(TARGET_CASES);
  await page.locator("#target-money").fill(TARGET_MONEY);
  await page.locator("#report-date").fill(DATE);
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.locator("#message .success").waitFor();

  // The message says the sheet and how many files were left out; the list names the one left out, once.
  const message = await page.locator("#message").innerText();
  expect(message).toBe("Đã tạo trang “Báo cáo 11 tháng 2025”.\n1 tệp không dùng được và không có trong báo cáo.");
  expect((await page.locator("#file-list").innerText()).split("\n").filter((l) => l.includes("hong.xlsx"))).toHaveLength(1);
  // The result card, as for a sheet's report: the rates of the total, and the link to the report, which has the focus.
  expect(await page.locator("#result").isVisible()).toBe(true);
  // The total's rate by cases as the command gives it, written the Vietnamese way (two decimals, a comma).
  expect(await page.locator("#result-rates").innerText()).toContain(`${(json.total.cases.rate * 100).toFixed(2).replace(".", ",")}%`);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("open-report");

  // The summary sheet and one sheet per unit, as the command writes them, figure for figure.
  const sheetNames = ["Báo cáo 11 tháng 2025", ...json.units.map((u: any) => u.sheet)];
  expect(await standin(page, "sheetNames")).toEqual(["Sheet1", ...sheetNames]);
  expect(figureMismatches(await shownRows(page, sheetNames[0]), json)).toEqual([]);
  for (const unit of json.units) expect(figureMismatches(await shownRows(page, unit.sheet), unit)).toEqual([]);
  // The warnings, each with its cell in its file, as the command lists them.
  const shown = await page.locator("#report-issue-list li").allInnerTexts();
  expect(shown).toHaveLength(Math.min(json.warnings.length, 100));
  json.warnings.slice(0, 100).forEach((w: any, i: number) => expect(shown[i]).toContain(w.where));

  // The pane as tall as its content, so that the step kept in view at the bottom does not cover the files (README).
  await page.setViewportSize({ width: 420, height: await page.evaluate(() => document.documentElement.scrollHeight + 200) });
  await screenshot(page, "pane-files.png");
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("a file's own views in the pane: its unknown status classified there, beside the sheet's table, and the report counts it", async () => {
  const { page, errors, dialogs } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
  const register = await writeWorkbook(path.join(tempDir("pane-files"), "so-theo-doi.xlsx"), "Sổ theo dõi", REGISTER);
  await page.locator("#report-date").fill("2021-08-31");
  await pickFiles(page, "Thêm tệp…", [register]);
  await expect(page.locator("#file-list li.file").innerText()).resolves.toContain("so-theo-doi.xlsx: 1 trạng thái chưa được phân loại");
  await page.locator("#target-cases").fill("80");
  await page.locator("#target-money").fill("40");
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await expect(page.locator("#message .error").innerText()).resolves.toContain("1 trạng thái chưa được phân loại");

  await page.getByRole("button", { name: "Xem, sửa: so-theo-doi.xlsx" }).click();
  // The file's views and the sheet's are both shown: every id stays unique, every label finds its control.
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  expect(ids).toEqual(expect.arrayContaining(["name-column", "file-statuses"]));
  await page.getByLabel("Phân loại: Chờ bán đấu giá").selectOption("inProgress");
  await page.waitForFunction(() => document.querySelector("#file-list li.unclassified") === null);
  await screenshot(page, "pane-files-register.png");
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await expect(page.locator("#message .success").innerText()).resolves.toContain("Đã tạo trang “Báo cáo 11 tháng 2021”.");

  // The file's report, not the sheet's table: Bình and Hoa, summed by hand from REGISTER (see pane.test.ts).
  const values = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021"));
  const rowOf = (name: string) => values.findIndex((r) => r[1] === name) + 1;
  expect([at(values, "B9"), rowOf("Nguyễn Văn An")]).toEqual(["Tổng cộng", 0]);
  // Bình: eligible 4 (xong, đình chỉ, đang thi hành, chờ bán đấu giá now in progress), done 2; money 650, done 100 + 40 + 50 = 190.
  expectMeasure(values, rowOf("Trần Văn Bình"), "cases", [4, 2, 0.5, 0.8, 0.3, 2, 2, "Chưa đạt"]);
  expectMeasure(values, rowOf("Trần Văn Bình"), "money", [650, 190, 190 / 650, 0.4, 0.4 - 190 / 650, 70, 70, "Chưa đạt"]);
  expectMeasure(values, 9, "cases", [7, 4, 4 / 7, 0.8, 0.8 - 4 / 7, 2, 2, "Chưa đạt"]);
  expectMeasure(values, 9, "money", [920, 370, 370 / 920, 0.4, 0.4 - 370 / 920, 0, 0, "Đạt"]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test("when the add-in's server cannot send the file reader, the pane says so and stays as it was", async () => {
  const { page, dialogs } = await open({ sheets: [{ name: "Sheet1", rows: [] }], displayLanguage: "vi-VN", ready: "#recognize-message .message" });
  await page.route("**/files.js", (route) => route.abort());
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Thêm tệp…" }).click()]);
  await chooser.setFiles(SAMPLES.slice(0, 1));
  await expect(page.locator("#message .error").innerText()).resolves.toBe(
    "Không tải được phần đọc tệp (files.js) từ máy chủ của add-in; hãy thử lại.",
  );
  expect(await page.locator("#file-list").count()).toBe(0);
  expect(await standin(page, "sheetNames")).toEqual(["Sheet1"]);
  // The next pick tries again.
  await page.unroute("**/files.js");
  await pickFiles(page, "Thêm tệp…", SAMPLES.slice(0, 1));
  expect(dialogs).toEqual([]);
  await page.close();
});

test("an error in a picked file blocks the report until its row is left out in the file's own view", async () => {
  const { page, errors, dialogs } = await open({ sheets: [{ name: "Sheet1", rows: [] }], displayLanguage: "vi-VN", ready: "#recognize-message .message" });
  const file = await writeWorkbook(path.join(tempDir("pane-files"), "loi.xlsx"), "Thống kê", BAD_CELL_TABLE);
  await pickFiles(page, "Thêm tệp…", [file]);
  await page.locator("#target-cases").fill("81,5");
  await page.locator("#target-money").fill("48");
  await page.locator("#report-date").fill("2021-08-31");
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await expect(page.locator("#message .error").innerText()).resolves.toContain("Chưa tạo báo cáo: hãy sửa các lỗi dưới đây trong tệp");
  // The cell is the file's, not the workbook's: its address is text, not a button that would select a cell here.
  expect(await page.locator("#report-issue-list li.error").isVisible()).toBe(true);
  await expect(page.locator("#report-issue-list li.error").allInnerTexts()).resolves.toEqual([expect.stringContaining("'Thống kê'!D10")]);
  expect(await page.locator("#report-issue-list button").count()).toBe(0);
  expect(await standin(page, "sheetNames")).toEqual(["Sheet1"]);

  await page.getByRole("button", { name: "Xem, sửa: loi.xlsx" }).click();
  await page.locator("#file-detail").getByRole("button", { name: "Bỏ dòng này" }).click();
  await expect(page.locator("#file-detail #file-excluded-rows li").allTextContents()).resolves.toEqual(["Dòng 10 Đưa lại"]);
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await expect(page.locator("#message .success").innerText()).resolves.toContain("Đã tạo trang “Báo cáo 11 tháng 2021”.");

  // Nguyễn Văn An and the second officer (see pane.test.ts): cases eligible 120 + 80 = 200, done (85 + 5) + (50 + 2) = 142,
  // needed ⌈0,815 × 200 − 142⌉ = 21; money eligible 3.700.000, done 1.050.000 + 400.000 = 1.450.000, needed 326.000.
  const values = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021"));
  expect([at(values, "B7"), at(values, "B8"), at(values, "B9")]).toEqual(["Nguyễn Văn An", XSS, "Tổng cộng"]);
  expectMeasure(values, 9, "cases", [200, 142, 0.71, 0.815, 0.105, 21, 21, "Chưa đạt"]);
  expectMeasure(values, 9, "money", [3700000, 1450000, 1.45 / 3.7, 0.48, 0.48 - 1.45 / 3.7, 326000, 326000, "Chưa đạt"]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
