/**
 * The pane's year reports (src/taskpane/year-view.ts) over the Excel stand-in, on the samples of
 * assets/samples/ preloaded as the grids Office.js would give: "So với cùng kỳ" picks the sheet of
 * last year in the open workbook and the report of step 3 gains the comparison; "Diễn biến theo
 * tháng" writes the Diễn biến sheet from the monthly sheets. The sheets written are evaluated with
 * HyperFormula and must hold the command's JSON figures for the same files.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { cellAddress } from "../../src/core/address";
import { candidateSheets, openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { figureMismatches } from "../cli/figures";
import { ROOT, thadsJson } from "../cli/run";
import { comparisonMismatches, trendMismatches } from "../cli/yearFigures";
import { evaluate, readSheet, RESULTS, SheetPreload, standin, usePane } from "./harness";

const { open } = usePane();
const SAMPLES = path.join(ROOT, "assets", "samples");
const NOW = path.join(SAMPLES, "bang-chap-hanh-vien.xlsx");
const BEFORE = path.join(SAMPLES, "nam", "cung-ky-2020.xlsx");
const MONTHLY = path.join(SAMPLES, "nam", "theo-thang-2021.xlsx");
const ARGS = ["--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];

/** Every visible sheet of a sample as the grid the pane reads, under its own name or `names[i]`. */
async function bookSheets(file: string, names: string[] = []): Promise<SheetPreload[]> {
  return candidateSheets(await openWorkbook(file), file).map((ws, i) => {
    const grid = sheetGrid(ws);
    return { name: names[i] ?? grid.sheetName, rows: grid.cells, origin: cellAddress(grid.origin.row, grid.origin.col) };
  });
}

/** A sheet the pane wrote, evaluated, as text rows (what the JSON comparisons read). */
async function evaluatedRows(page: Page, name: string): Promise<string[][]> {
  return evaluate(await readSheet(page, name)).map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))));
}

async function fillForm(page: Page): Promise<void> {
  await page.locator("#report-date").fill("2021-08-31");
  await page.locator("#target-cases").fill("81,5");
  await page.locator("#target-money").fill("48");
}

test("So với cùng kỳ: the sheet of last year picked, the report holds the command's comparison", async () => {
  const [now] = await bookSheets(NOW);
  const [before] = await bookSheets(BEFORE, ["Cùng kỳ 2020"]);
  const { page, errors } = await open({ sheets: [now, before], displayLanguage: "vi-VN" });
  const list = page.getByLabel("Trang cùng kỳ năm trước");
  await page.locator("#previous-sheet option", { hasText: "Cùng kỳ 2020" }).waitFor({ state: "attached" });
  // the list names each sheet's period, and never the sheet being reported on
  expect(await page.locator("#previous-sheet option").allInnerTexts()).toEqual(["Không so sánh", "Cùng kỳ 2020 (11 tháng năm 2020)"]);
  await list.selectOption("Cùng kỳ 2020");
  await page.locator("#year-message .message.info", { hasText: "Cùng kỳ 2020" }).waitFor();
  await fillForm(page);
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.locator("#message .success").waitFor();

  const { status, json } = thadsJson(["report", NOW, "--compare", BEFORE, ...ARGS]);
  expect(status).toBe(0);
  const sheet = "Báo cáo 11 tháng 2021";
  const rows = await evaluatedRows(page, sheet);
  expect(figureMismatches(rows, json)).toEqual([]);
  expect(comparisonMismatches(rows, json)).toEqual([]);
  expect(json.rows.some((r: any) => r.previous === null)).toBe(true);
  expect(rows.flat().some((text) => text.includes(json.comparison.sentence))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test("Diễn biến theo tháng: offered for the monthly sheets, the sheet and charts of the command", async () => {
  const months = await bookSheets(MONTHLY);
  const last = months[months.length - 1];
  // the pane opens on August, the last month: the other months' sheets come before it
  const { page, errors } = await open({ sheets: [last, ...months.slice(0, -1)], displayLanguage: "vi-VN" });
  await page.locator("#trend-offer", { hasText: "11 bảng theo tháng" }).waitFor();
  expect(await page.locator("#trend-offer").innerText()).toBe("Sổ có 11 bảng theo tháng (T10-2020 … T8-2021).");
  await fillForm(page);
  await page.getByRole("button", { name: "Tạo diễn biến theo tháng" }).click();
  await page.locator("#year-message .message.success").waitFor();

  const { status, json } = thadsJson(["trend", MONTHLY, ...ARGS]);
  expect(status).toBe(0);
  const sheet = "Diễn biến 2021";
  expect(await standin(page, "activeSheetName")).toBe(sheet);
  const rows = await evaluatedRows(page, sheet);
  expect(json.months).toHaveLength(11);
  expect(trendMismatches(rows, json)).toEqual([]);
  const charts = await standin<{ type: string; series: { values: string }[] }[]>(page, "charts", sheet);
  expect(charts.map((c) => [c.type, c.series.map((s) => s.values)])).toEqual([
    ["LineMarkers", ["D7:D17", "E7:E17"]],
    ["LineMarkers", ["H7:H17", "I7:I17"]],
  ]);
  const shown = await page.locator("#year-message").innerText();
  expect(shown).toContain("Đã tạo trang “Diễn biến 2021”.");
  expect(shown).toContain("Theo nhịp 3 tháng gần nhất, đến 30/09/2021");
  expect(errors).toEqual([]);
  // the picture of the README: the pane's year reports after the trend was written
  // (the whole page's picture cut to the section, the pane's bar at the bottom of the viewport kept off it)
  await page.addStyleTag({ content: "footer.action-bar { position: static; }" });
  const box = (await page.locator("#year-reports").boundingBox())!;
  const top = box.y + (await page.evaluate(() => window.scrollY)); // boundingBox is the viewport's, the clip the page's
  const clip = { x: 0, y: top - 8, width: page.viewportSize()!.width, height: box.height + 16 };
  await page.screenshot({ path: path.join(RESULTS, "pane-year.png"), fullPage: true, clip });
  await page.close();
});
