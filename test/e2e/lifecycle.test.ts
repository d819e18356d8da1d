/**
 * When the pane reads (src/taskpane/lifecycle.ts), against the stand-in in Chromium: not while the
 * page runs hidden (a THADS.* cell started the shared runtime), but when the pane is shown; again
 * when the user activates another sheet; never for the report sheet it wrote itself. Also what the
 * pane says about the saved mapping, a host without a requirement set, and a selection of several
 * areas.
 */
import { Page } from "playwright-core";
import { usePane } from "./harness";

const TABLE: unknown[][] = [
  ["BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN"],
  ["STT", "Chấp hành viên", "Về việc", "", "", "Về tiền (nghìn đồng)", "", ""],
  ["", "", "Có điều kiện", "Thi hành xong", "Đình chỉ", "Có điều kiện", "Thi hành xong", "Đình chỉ"],
  [1, "Nguyễn Văn An", 120, 85, 5, 2500000, 1000000, 50000],
  [2, "Lê Văn Cường", 100, 90, 4, 3000000, 1600000, 100000],
];

const REGISTER: unknown[][] = [
  ["SỔ THEO DÕI KẾT QUẢ THI HÀNH ÁN"],
  ["STT", "Số quyết định", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Kết quả", "Số tiền phải thi hành (nghìn đồng)", "Số tiền đã thu (nghìn đồng)"],
  [1, "12/QĐ-CCTHADS", "15/10/2020", "Phạm Văn Một", "Trần Văn Bình", "Thi hành xong", 100, 100],
  [2, "25/QĐ-CCTHADS", "20/11/2020", "Hồ Thị Hai", "Trần Văn Bình", "Đình chỉ", 50, 0],
];

const SHEETS = [
  { name: "Thống kê", rows: TABLE },
  { name: "Sổ theo dõi", rows: REGISTER },
];

const { open } = usePane();

/** Cells whose contents the page has loaded from the stand-in so far. */
const cellsRead = (page: Page): Promise<number> => page.evaluate(() => (globalThis as any).ExcelStandin.stats.cellsRead);
const control = (page: Page, script: string) => page.evaluate(script);
/** Lets the page run its timers and the stand-in's events. */
const settle = (page: Page) => page.waitForTimeout(800);

describe("when the pane reads", () => {
  it("reads nothing while the page runs hidden, and reads the active sheet when the pane is shown", async () => {
    const { page, errors } = await open({ sheets: SHEETS, displayLanguage: "vi-VN", paneHidden: true, ready: "#app[aria-busy=false]" });
    await settle(page);
    expect(await cellsRead(page)).toBe(0);
    expect(await page.locator("#source").innerHTML()).toBe("");

    // The user activates another sheet while the pane is hidden: still nothing read.
    await control(page, `ExcelStandin.activate("Sổ theo dõi")`);
    await settle(page);
    expect(await cellsRead(page)).toBe(0);

    await control(page, "ExcelStandin.paneVisible = true");
    await page.locator("#statuses").waitFor({ timeout: 10000 }); // the register, the sheet active now
    expect(await cellsRead(page)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the sheet the user activates; waits while hidden; ignores the report sheet it wrote", async () => {
    const { page, errors } = await open({ sheets: SHEETS, displayLanguage: "vi-VN" });
    await page.locator("#col-cases-eligible").waitFor({ state: "attached" });

    await control(page, `ExcelStandin.activate("Sổ theo dõi")`);
    await page.locator("#statuses").waitFor({ timeout: 10000 });

    await control(page, "ExcelStandin.paneVisible = false");
    const before = await cellsRead(page);
    await control(page, `ExcelStandin.activate("Thống kê")`);
    await settle(page);
    expect(await cellsRead(page)).toBe(before);
    expect(await page.locator("#statuses").count()).toBe(1); // still the register, until shown
    await control(page, "ExcelStandin.paneVisible = true");
    await page.locator("#col-cases-eligible").waitFor({ state: "attached", timeout: 10000 });

    // The report: the pane activates the new sheet itself, and keeps showing the table and its outcome.
    await page.locator("#target-cases").fill("81,5");
    await page.locator("#target-money").fill("48");
    await page.locator("#report-date").fill("2021-08-31");
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
    const afterReport = await cellsRead(page);
    await settle(page);
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.activeSheetName())).toBe("Báo cáo 11 tháng 2021");
    expect(await cellsRead(page)).toBe(afterReport);
    expect(await page.locator("#col-cases-eligible").count()).toBe(1);
    await expect(page.locator("#message .success").count()).resolves.toBe(1);

    // Settings live in the open workbook until it is saved: the pane says so.
    await expect(page.locator("#result .info").textContent()).resolves.toBe(
      "Cách nhận dạng này đã được ghi vào sổ tính đang mở, để lần sau dùng lại. Nó chỉ được giữ khi bạn lưu sổ tính (Ctrl+S); đóng sổ mà không lưu thì mất.",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which Excel is needed instead of starting where a requirement set is missing", async () => {
    const { page, errors } = await open({
      sheets: SHEETS,
      displayLanguage: "en-US",
      unsupportedSets: ["ExcelApi 1.9"],
      ready: "#recognize-message .message.error",
    });
    await expect(page.locator("#recognize-message").textContent()).resolves.toBe(
      "This version of Excel lacks ExcelApi 1.9, which the THADS pane needs: use Microsoft 365, Excel 2021/2024 or Excel on the web; elsewhere, use the thads command to build the report from the .xlsx file.",
    );
    expect(await cellsRead(page)).toBe(0);
    expect([await page.locator("#recognize").isDisabled(), await page.locator("#build").isDisabled()]).toEqual([true, true]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("of a selection of several areas reads the first and says so", async () => {
    const { page, errors } = await open({ sheets: SHEETS, displayLanguage: "vi-VN" });
    await page.locator("#col-cases-eligible").waitFor({ state: "attached" });
    await control(page, `ExcelStandin.select("Thống kê", "A2:H5,J1:J3")`);
    await page.getByRole("button", { name: "Nhận dạng bảng" }).click();
    const warning = page.locator("#source-issues li.warning", { hasText: "vùng rời nhau" });
    await expect(warning.textContent()).resolves.toContain(
      "Đang chọn 2 vùng rời nhau: chỉ đọc vùng đầu tiên ('Thống kê'!A2:H5). Muốn đọc vùng khác, hãy chọn riêng một vùng rồi bấm lại nút nhận dạng.",
    );
    await page.locator("#col-cases-eligible").waitFor({ state: "attached" });
    expect(errors).toEqual([]);
    await page.close();
  });
});
