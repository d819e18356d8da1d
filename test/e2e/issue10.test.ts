/**
 * Issue 10 in the built pane (headless Chromium, see harness.ts): the report date follows the
 * period the table's title names, a date in another period is warned about naming the title cell,
 * a target typed as "0,815" or "81,5" gives the same report, and a table kept in đồng shows the
 * note that its money was converted (and its unit can be overridden).
 */
import * as path from "path";
import { evaluate, readSheet, ROOT, usePane } from "./harness";
import { OFFICER_TABLE } from "./workbooks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIXTURES, gridOf } = require(path.join(ROOT, "scripts", "make-table-fixtures.js"));

const { open } = usePane();

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
});
