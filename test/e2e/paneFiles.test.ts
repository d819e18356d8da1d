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
import { evaluate, readSheet, ROOT, screenshot, standin, usePane } from "./harness";

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
