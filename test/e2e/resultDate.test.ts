/**
 * The pane on a three-year register whose result-date column has a label the recogniser does not
 * know: the note says statuses are taken as they stand today; choosing the column in the pane makes
 * the note go, and the "Biểu thống kê" sheet it writes (recalculated by HyperFormula) holds the
 * figures of the brute-force reference of test/core/register/multiYear.ts.
 */
import { dateToSerial } from "../../src/core/periods";
import { STAT_FIRST_MEMBER_ROW, statColumn } from "../../src/core/report/statTableSheet";
import { TABLE_CATEGORIES } from "../../src/core/report/statTable";
import { expectedTable, makeCases, OFFICERS, registerCells } from "../core/register/multiYear";
import { at, evaluate, readSheet, usePane } from "./harness";

const { open } = usePane();
const REPORT_DATE = { year: 2021, month: 8, day: 31 };

/** The register as Office.js gives it: dates as serials; the result-date header renamed "Ngày cuối". */
function registerSheet(): unknown[][] {
  const cases = makeCases(400, 5);
  const rows = registerCells(cases, true).map((row) =>
    row.map((v) => (v instanceof Date ? dateToSerial({ year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() }) : v)),
  );
  rows[1][5] = "Ngày cuối";
  return rows;
}

it("the result-date column chosen in the pane: the note goes, the statistics sheet holds the reference's figures", async () => {
  const cases = makeCases(400, 5);
  const { page, errors } = await open({ sheets: [{ name: "Sổ theo dõi", rows: registerSheet() }], displayLanguage: "vi-VN" });
  await page.locator("#report-date").fill("2021-08-31");
  await page.locator("#target-cases").fill("81,5");
  await page.locator("#target-money").fill("48");
  expect(await page.locator("#result-date").inputValue()).toBe("");
  await expect(page.locator("#source-issue-list").textContent()).resolves.toContain("hãy thêm cột ngày kết thúc");

  await page.locator("#mapping > summary").click(); // "Sửa cột" opens the register's settings
  await page.locator("#result-date").selectOption("5");
  await expect(page.locator("#source-issue-list").textContent()).resolves.toContain("không ghi ngày kết thúc");
  expect(await page.locator("#source-issue-list").textContent()).not.toContain("hãy thêm cột ngày kết thúc");

  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
  const sheet = evaluate(await readSheet(page, "Biểu thống kê 11 tháng 2021"));
  const expected = expectedTable(cases, REPORT_DATE, true);
  const names = [...OFFICERS].sort((a, b) => a.localeCompare(b, "vi"));
  const shown = (r: number) => ({
    cases: Object.fromEntries(TABLE_CATEGORIES.map((c) => [c, at(sheet, `${statColumn("cases", c)}${r}`)])),
    money: Object.fromEntries(TABLE_CATEGORIES.map((c) => [c, at(sheet, `${statColumn("money", c)}${r}`)])),
  });
  names.forEach((name, i) => {
    expect(at(sheet, `B${STAT_FIRST_MEMBER_ROW + i}`)).toBe(name);
    expect(shown(STAT_FIRST_MEMBER_ROW + i)).toEqual(expected.members[name]);
  });
  expect(shown(STAT_FIRST_MEMBER_ROW + names.length)).toEqual(expected.total);
  expect(errors).toEqual([]);
  await page.close();
}, 120000);
