/**
 * Issue 10 in the built pane (headless Chromium, see harness.ts): the report date follows the
 * period the table's title names, a date in another period is warned about naming the title cell,
 * a target typed as "0,815" or "81,5" gives the same report, a table kept in đồng shows the
 * note that its money was converted (and its unit can be overridden), and a date typed in a count
 * cell (Office.js gives only its serial: the cell's number format says it is a date) is an error
 * naming the cell.
 */
import * as path from "path";
import { buildWithTargets, evaluate, readSheet, ROOT, usePane } from "./harness";
import { OFFICER_TABLE } from "./workbooks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIXTURES, HIDDEN_ROWS, gridOf } = require(path.join(ROOT, "scripts", "make-table-fixtures.js"));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const registers = require(path.join(ROOT, "scripts", "make-register-fixtures.js"));

const { open } = usePane();

/** The officer table with Lê Văn Cường's completed cases (D10, 90) replaced by 28/07/2021, Excel's 44405. */
const DATE_IN_COUNT = OFFICER_TABLE.map((row, r) => (r === 9 ? row.map((v, c) => (c === 3 ? 44405 : v)) : row));

/** A date's serial in Excel's 1900 system, worked out here from the calendar. */
const serial = ([y, m, d]: number[]) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

describe("issue 10 in the pane", () => {
  it("fills the report date from the title ('11 tháng năm 2021' → 31/08/2021) and warns of a date in another period", async () => {
    const { page, errors } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    expect(await page.locator("#report-date").inputValue()).toBe("2021-08-31");
    await expect(page.locator("#period").textContent()).resolves.toBe("11 tháng năm 2021 (01/10/2020 – 31/08/2021)");
    expect(await page.locator("#source-issues li", { hasText: "tiêu đề bảng" }).count()).toBe(0);

    await page.locator("#report-date").fill("2021-09-30");
    const warning = page.locator("#source-issues li.warning", { hasText: "tiêu đề bảng" });
    await expect(warning.textContent()).resolves.toContain(
      "Ngày báo cáo đã chọn thuộc kỳ 12 tháng năm 2021 (01/10/2020 – 30/09/2021), nhưng tiêu đề bảng (ô 'Thống kê'!A3) ghi kỳ 11 tháng năm 2021 (01/10/2020 – 31/08/2021)",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("'0,815' and '81,5' as the case target give the same report", async () => {
    const { page, errors } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await page.locator("#target-money").fill("48");
    const reportWith = async (target: string, sheet: string) => {
      await page.locator("#target-cases").fill(target);
      await page.getByRole("button", { name: "Tạo báo cáo" }).click();
      // The second report of the period: the pane asks, and both are kept.
      if (sheet.endsWith("(2)")) await page.getByRole("button", { name: "Giữ cả hai" }).click();
      await expect(page.locator("#message .success").textContent()).resolves.toBe(`Đã tạo trang “${sheet}”.`);
      return evaluate(await readSheet(page, sheet));
    };
    const fraction = await reportWith("0,815", "Báo cáo 11 tháng 2021");
    const percent = await reportWith("81,5", "Báo cáo 11 tháng 2021 (2)");
    // The target column (F) holds 0,815 on every member row: 81,5% whichever way it was typed.
    expect(fraction[6][5]).toBe(0.815);
    expect(percent).toEqual(fraction);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a table in đồng shows the conversion note; choosing nghìn đồng takes it away", async () => {
    const rows = gridOf(FIXTURES["tien-dong-bang.xlsx"]);
    const { page, errors } = await open({ sheets: [{ name: "Biểu 04", rows }], displayLanguage: "vi-VN" });
    expect(await page.locator("#table-money-unit").inputValue()).toBe("dong");
    await expect(page.locator("#source-notes").textContent()).resolves.toBe(
      "Số tiền của bảng ghi bằng đồng (ô 'Biểu 04'!F4): đã đổi sang nghìn đồng, mỗi số làm tròn một lần đến nghìn đồng (từ 500 đồng làm tròn lên).",
    );
    await page.locator("#mapping > summary").click(); // "Sửa cột" opens the mapping and the unit
    await page.locator("#table-money-unit").selectOption("thousand");
    await page.locator("#source-notes").waitFor({ state: "detached" });
    expect(await page.locator("#table-money-unit").inputValue()).toBe("thousand");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hidden and filtered rows: counted with a warning naming them; the checkbox leaves them out (275 → 205 eligible cases)", async () => {
    const rows = gridOf(FIXTURES["dong-an.xlsx"]);
    const sheet = { name: "Biểu 04", rows, hiddenRows: HIDDEN_ROWS["dong-an.xlsx"] };
    const { page, errors } = await open({ sheets: [sheet], displayLanguage: "vi-VN", today: "2021-09-15" });
    const counted = page.locator("#source-issues li.warning", { hasText: "bị ẩn" });
    await expect(counted.textContent()).resolves.toContain("2 dòng bị ẩn hoặc bị lọc vẫn được tính (như hàm SUM tính): dòng 7, 8.");
    await page.locator("#skip-hidden").check();
    const skipped = page.locator("#source-issues li.warning", { hasText: "bị ẩn" });
    await expect(skipped.textContent()).resolves.toContain("2 dòng bị ẩn hoặc bị lọc không được tính, theo lựa chọn bỏ các dòng ẩn: dòng 7, 8.");
    await buildWithTargets(page);
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
    const report = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021"));
    const names = report.map((r) => r[1]);
    expect(names).toContain("Nguyễn Văn Hùng");
    expect(names).not.toContain("Đỗ Văn Khoa");
    expect(names).not.toContain("Ngô Thị Yến");
    // The total row: eligible cases 120 + 85 (Hùng, Mai), the hidden Khoa (40) and Yến (30) left out.
    const total = report.find((r) => r[1] === "Tổng cộng")!;
    expect(total[2]).toBe(120 + 85);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a report date more than two years before today (the THADS_TODAY set) is warned about after building", async () => {
    const { page, errors } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN", today: "2026-12-01" });
    await buildWithTargets(page);
    const warning = page.locator("#report-issues li.warning", { hasText: "cách hôm nay" });
    await expect(warning.textContent()).resolves.toContain("Ngày báo cáo 31/08/2021 cách hôm nay (01/12/2026) hơn 2 năm: kiểm tra lại ngày báo cáo.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a register with dates as numbers: the pane says it assumed the 1900 date system (it cannot tell a Mac workbook's)", async () => {
    const rows = [
      registers.HEADER,
      ...registers.CASES.map((c: any, i: number) => [i + 1, c.number, serial(c.accepted), c.officer, c.status, c.end ? serial(c.end) : "", c.amount, c.collected]),
    ];
    const { page, errors } = await open({ sheets: [{ name: "Sổ theo dõi", rows }], displayLanguage: "vi-VN", today: "2021-09-15" });
    const note = page.locator("#source-issues li.warning", { hasText: "hệ ngày" });
    await expect(note.textContent()).resolves.toContain("Không xác định được hệ ngày của sổ (1900 hay 1904): các ngày ghi bằng số được đọc theo hệ 1900");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a Mac workbook's register with its dates shown as dates: the pane tells the 1904 system and counts the year's cases (4 eligible, 2 done)", async () => {
    const base1904 = ([y, m, d]: number[]) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / 86400000);
    const rows = [
      registers.HEADER,
      ...registers.CASES.map((c: any, i: number) => [i + 1, c.number, base1904(c.accepted), c.officer, c.status, c.end ? base1904(c.end) : "", c.amount, c.collected]),
    ];
    const sheet = { name: "Sổ theo dõi", rows, numberFormats: { "C2:C6": "dd/mm/yyyy", "F2:F6": "dd/mm/yyyy" } };
    const { page, errors } = await open({ sheets: [sheet], displayLanguage: "vi-VN", today: "2021-09-15", date1904: true });
    const note = page.locator("#source-issues li.warning", { hasText: "hệ ngày" });
    await expect(note.textContent()).resolves.toContain("Tệp dùng hệ ngày 1904 (tệp làm trên máy Mac): các ngày ghi bằng số đã được đọc theo hệ ngày đó.");
    await buildWithTargets(page);
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
    const total = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021")).find((r) => r[1] === "Tổng cộng")!;
    // Accepted by 31/08/2021: cases 1–4; done: case 1 (completed 10/03/2021) and case 3 (terminated 15/06/2021).
    expect([total[2], total[3]]).toEqual([4, 2]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a date typed in a count cell (D10 formatted dd/mm/yyyy) is an error naming the cell, and no report is built", async () => {
    const sheet = { name: "Biểu 04", rows: DATE_IN_COUNT, numberFormats: { D10: "dd/mm/yyyy", C8: "#,##0" } };
    const { page, errors } = await open({ sheets: [sheet], displayLanguage: "vi-VN" });
    await expect(page.locator("#source-issues li.error").allTextContents()).resolves.toEqual([
      expect.stringContaining("Ô 'Biểu 04'!D10 (Lê Văn Cường, thi hành xong về việc): ô có định dạng ngày tháng, không phải số việc."),
    ]);
    await buildWithTargets(page);
    await expect(page.locator("#message .error").textContent()).resolves.toContain("Chưa tạo báo cáo");
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.sheetNames())).toEqual(["Biểu 04"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the same table with its counts formatted as numbers builds: Lê Văn Cường's 90 + 4 cases done, 236 in all", async () => {
    const sheet = { name: "Biểu 04", rows: OFFICER_TABLE, numberFormats: { "C8:E11": "#,##0", "F8:H11": "#,##0 [$₫-42A]" } };
    const { page, errors } = await open({ sheets: [sheet], displayLanguage: "vi-VN" });
    expect(await page.locator("#source-issues li.error").count()).toBe(0);
    await buildWithTargets(page);
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
    const report = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021"));
    // Column D: cases done (completed + terminated).
    expect(report.find((r) => r[1] === "Lê Văn Cường")![3]).toBe(90 + 4);
    expect(report.find((r) => r[1] === "Tổng cộng")![3]).toBe(85 + 5 + 50 + 2 + 90 + 4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
