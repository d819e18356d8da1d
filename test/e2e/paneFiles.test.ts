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
import { OFFICER_TABLE, REGISTER, writeWorkbook } from "./workbooks";

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

  const message = await page.locator("#message").innerText();
  expect(message).toContain("Đã tạo trang “Báo cáo 11 tháng 2025”.");
  expect(message).toContain(json.summary);
  expect(message.split("\n").filter((l) => l.includes("hong.xlsx"))).toHaveLength(1);

  // The summary sheet and one sheet per unit, as the command writes them, figure for figure.
  const sheetNames = ["Báo cáo 11 tháng 2025", ...json.units.map((u: any) => u.sheet)];
  expect(await standin(page, "sheetNames")).toEqual(["Sheet1", ...sheetNames]);
  expect(figureMismatches(await shownRows(page, sheetNames[0]), json)).toEqual([]);
  for (const unit of json.units) expect(figureMismatches(await shownRows(page, unit.sheet), unit)).toEqual([]);
  // The warnings, each with its cell in its file, as the command lists them.
  const shown = await page.locator("#report-issue-list li").allInnerTexts();
  expect(shown).toHaveLength(Math.min(json.warnings.length, 100));
  json.warnings.slice(0, 100).forEach((w: any, i: number) => expect(shown[i]).toContain(w.where));

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
