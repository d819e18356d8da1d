/**
 * The built task pane in headless Chromium (see harness.ts), preloaded with a hand-made officer table
 * and case register. The test drives the pane as a user would and checks the report sheet the stand-in
 * received against figures computed by hand below.
 */
import { Page } from "playwright-core";
import { at, evaluate, expectMeasure, readSheet, screenshot, usePane } from "./harness";
import { BAD_CELL_TABLE, OFFICE, OFFICER_TABLE, REGISTER, XSS } from "./workbooks";

const { open } = usePane();

async function allControlsLabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("input, select, button"))
      .filter((e) => !(e as HTMLElement).closest("[hidden]"))
      .filter((e) => {
        const labels = (e as HTMLInputElement).labels;
        const named = (labels && labels.length > 0) || e.getAttribute("aria-label") || (e.tagName === "BUTTON" && e.textContent?.trim());
        return !named;
      })
      .map((e) => e.id || e.outerHTML.slice(0, 60)),
  );
}

// ---------- The tests ----------

describe("task pane in Chromium", () => {
  it("recognises the officer table, builds the report and writes the figures computed by hand", async () => {
    const { page, dialogs, errors } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });

    // Step 1: what was recognised, as dropdowns (values are 0-based columns of the table).
    await expect(page.locator("#header-rows").textContent()).resolves.toBe("5–6");
    await expect(page.locator("#data-from").textContent()).resolves.toBe("8");
    expect(await page.locator("#name-column").inputValue()).toBe("1");
    const mapping = {
      "col-cases-eligible": "2",
      "col-cases-completed": "3",
      "col-cases-terminated": "4",
      "col-money-eligible": "5",
      "col-money-completed": "6",
      "col-money-terminated": "7",
      "col-cases-target": "",
    };
    for (const [id, value] of Object.entries(mapping)) expect(await page.locator(`#${id}`).inputValue()).toBe(value);
    expect(await page.locator("#col-cases-eligible option:checked").textContent()).toBe("C — Có điều kiện · Về việc");

    // Cell text shows as text: the header in the dropdowns, the officer's name in the warning.
    const options = await page.locator("#col-cases-eligible option").allTextContents();
    expect(options).toContain(`I — ${XSS}`);
    const warning = page.locator("#source-issues li.warning", { hasText: "F9" });
    // The core names cells as Excel does, quoting a sheet name with a space.
    await expect(warning.textContent()).resolves.toContain(`(${XSS}, có điều kiện thi hành về tiền)`);
    expect(await page.locator("img").count()).toBe(0);

    // Clicking the address selects that cell in the sheet.
    await warning.getByRole("button", { name: "'Thống kê'!F9" }).click();
    await page.waitForFunction(() => (globalThis as any).ExcelStandin.selection()?.address === "F9");
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.selection())).toEqual({ sheet: "Thống kê", address: "F9" });

    // Step 2: office prefilled from the title, targets, the report date and the period shown live.
    expect(await page.locator("#office").inputValue()).toBe(OFFICE);
    await page.locator("#target-cases").fill("81,5");
    await page.locator("#target-money").fill("48");
    await page.locator("#report-date").fill("2021-08-31");
    await expect(page.locator("#period").textContent()).resolves.toBe("11 tháng năm 2021 (01/10/2020 – 31/08/2021)");
    expect(await allControlsLabelled(page)).toEqual([]);

    // Step 3. A failure while writing leaves the workbook as it was and says so in Vietnamese.
    const source = await readSheet(page, "Thống kê");
    await page.evaluate(() => ((globalThis as any).ExcelStandin.failOn = (op: { kind: string }) => op.kind === "charts.add"));
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await expect(page.locator("#message .error").textContent()).resolves.toMatch(/^Không ghi được báo cáo vào sổ tính: .*Sổ tính được giữ nguyên như trước\.$/);
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.sheetNames())).toEqual(["Thống kê"]);
    expect(await page.locator("#build").isEnabled()).toBe(true);
    await page.evaluate(() => ((globalThis as any).ExcelStandin.failOn = null));

    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.activeSheetName())).toBe("Báo cáo 11 tháng 2021");
    expect(await readSheet(page, "Thống kê")).toEqual(source);

    const written = await readSheet(page, "Báo cáo 11 tháng 2021");
    const values = evaluate(written);
    expect(at(values, "A1")).toBe(OFFICE);
    expect(at(values, "A3")).toBe("11 tháng năm 2021 (01/10/2020 – 31/08/2021)");
    expect(at(values, "C4")).toBe(1); // one month left in the statistical year
    expect([at(values, "B7"), at(values, "B8"), at(values, "B9"), at(values, "B10")]).toEqual(["Nguyễn Văn An", XSS, "Lê Văn Cường", "Tổng cộng"]);
    // Cases: done = completed + terminated; rate = done ÷ eligible; needed = ⌈target × eligible − done⌉.
    expectMeasure(values, 7, "cases", [120, 90, 0.75, 0.815, 0.065, 8, 8, "Chưa đạt"]);
    expectMeasure(values, 8, "cases", [80, 52, 0.65, 0.815, 0.165, 14, 14, "Chưa đạt"]);
    expectMeasure(values, 9, "cases", [100, 94, 0.94, 0.815, -0.125, 0, 0, "Đạt"]);
    expectMeasure(values, 10, "cases", [300, 236, 236 / 300, 0.815, 0.815 - 236 / 300, 9, 9, "Chưa đạt"]);
    // Money (nghìn đồng), terminated money counted.
    expectMeasure(values, 7, "money", [2500000, 1050000, 0.42, 0.48, 0.06, 150000, 150000, "Chưa đạt"]);
    expectMeasure(values, 8, "money", [1200000, 400000, 1 / 3, 0.48, 0.48 - 1 / 3, 176000, 176000, "Chưa đạt"]);
    expectMeasure(values, 9, "money", [3000000, 1700000, 1.7 / 3, 0.48, 0.48 - 1.7 / 3, 0, 0, "Đạt"]);
    expectMeasure(values, 10, "money", [6700000, 3150000, 3.15 / 6.7, 0.48, 0.48 - 3.15 / 6.7, 66000, 66000, "Chưa đạt"]);
    // Rank by case rate: Cường 94%, An 75%, then 65%.
    expect([at(values, "S7"), at(values, "S8"), at(values, "S9")]).toEqual([2, 3, 1]);
    // The computed cells are native formulas, not values.
    expect(at(written, "E7")).toBe('=IF(C7=0,"",D7/C7)');

    await screenshot(page, "pane.png");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows Office's display language: English", async () => {
    const { page, dialogs, errors } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "en-US" });
    await expect(page.locator("h1").textContent()).resolves.toBe("Enforcement results report");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page.locator("#report-date").fill("2021-08-31");
    await page.locator("#target-cases").fill("81.5");
    await page.locator("#target-money").fill("48");
    await expect(page.locator("#period").textContent()).resolves.toMatch(/^11 months? .*2021/);
    expect(await page.getByRole("button", { name: "Create report" }).isEnabled()).toBe(true);
    expect(await page.locator("label[for=name-column]").textContent()).toBe("Name column");
    await screenshot(page, "pane-en.png");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads targets as the core reads every rate: \"0,815\" and \"81,5\" give the same report; a rejected one names its field", async () => {
    const reportWith = async (cases: string, money: string) => {
      const { page, errors } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
      await page.locator("#report-date").fill("2021-08-31");
      await page.locator("#target-cases").fill(cases);
      await page.locator("#target-money").fill(money);
      await page.getByRole("button", { name: "Tạo báo cáo" }).click();
      await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
      const written = await readSheet(page, "Báo cáo 11 tháng 2021");
      expect(errors).toEqual([]);
      await page.close();
      return written;
    };
    const fraction = await reportWith("0,815", "0,48");
    const percent = await reportWith("81,5", "48%");
    expect(fraction).toEqual(percent);
    // The target cell of An's row holds 81,5% (not 0,815%): E7 is the rate, F7 the target.
    expect(at(evaluate(fraction), "F7")).toBeCloseTo(0.815, 12);

    const { page } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await page.locator("#target-cases").fill("150%");
    await page.locator("#target-money").fill("48");
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    // The error stands beside its field, tied to it; the action bar only says the report was not made.
    await expect(page.locator("#target-cases-error").textContent()).resolves.toContain("Chỉ tiêu về việc “150%” không hợp lệ");
    await expect(page.locator("#target-cases").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#target-cases").getAttribute("aria-describedby")).resolves.toBe("target-cases-error");
    await expect(page.locator("#message .error").textContent()).resolves.toBe("Chưa tạo báo cáo: hãy sửa ô được đánh dấu ở trên.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("target-cases");
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.sheetNames())).toEqual(["Thống kê"]);
    await page.close();
  });

  it("gives the column dropdowns room in a pane as narrow as Office's default (320 px)", async () => {
    const { page } = await open({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByText("Sửa cột").click();
    const widths = await page.locator("table.mapping select").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    // One above the other under the category, each select takes the pane's width less its margins.
    expect(Math.min(...widths)).toBeGreaterThan(250);
    // Labels in full: the column's own label, then its band, never cut.
    const options = await page.locator("#col-money-completed option").allTextContents();
    expect(options.filter((o) => o.includes("…"))).toEqual([]);
    expect(options).toContain("G — Thi hành xong · Về tiền (nghìn đồng)");
    // Each dropdown is labelled with its measure when the header row is hidden.
    const labels = await page.locator("table.mapping tbody td").evaluateAll((tds) => tds.map((td) => getComputedStyle(td, "::before").content));
    expect(new Set(labels)).toEqual(new Set(['"Về việc"', '"Về tiền"']));
    await page.close();
  });

  it("blocks on a cell that is not a number until its row is excluded; shows progress while writing", async () => {
    const { page, dialogs, errors } = await open({ sheets: [{ name: "Thống kê", rows: BAD_CELL_TABLE }], displayLanguage: "vi-VN" });
    await page.locator("#target-cases").fill("81,5");
    await page.locator("#target-money").fill("48");
    await page.locator("#report-date").fill("2021-08-31");
    const errorsListed = () => page.locator("#source-issues li.error").allTextContents();
    expect(await errorsListed()).toEqual([expect.stringContaining("'Thống kê'!D10")]);

    // The report is refused while the error stands.
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await expect(page.locator("#message .error").textContent()).resolves.toContain("Chưa tạo báo cáo");
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.sheetNames())).toEqual(["Thống kê"]);

    // "Bỏ dòng này" beside the error, from the keyboard: the row is left out and listed with "Đưa lại".
    // Listed once, under "Cần kiểm tra", not again for the refused report.
    expect(await page.locator("#report-issues li").count()).toBe(0);
    const exclude = page.locator("#source-issues").getByRole("button", { name: "Bỏ dòng này" });
    await expect(exclude.getAttribute("title")).resolves.toBe("Loại dòng 10 khỏi báo cáo");
    await exclude.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#excluded-rows li").allTextContents()).resolves.toEqual(["Dòng 10 Đưa lại"]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Đưa lại");
    expect(await errorsListed()).toEqual([]);
    await expect(page.locator("#source-issues li.warning", { hasText: "Dòng 10" }).textContent()).resolves.toContain(
      "Dòng 10 (Lê Văn Cường) đã được loại khỏi báo cáo theo lựa chọn của người dùng.",
    );
    expect(await page.locator("#message").textContent()).toBe("");

    // A slow workbook: right after the click the button is disabled and the progress shows.
    await page.evaluate(() => ((globalThis as any).ExcelStandin.syncDelayMs = 400));
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    expect(await page.locator("#build").isDisabled()).toBe(true);
    expect(await page.locator("#build-progress").isVisible()).toBe(true);
    expect(await page.locator("#build-bar").isVisible()).toBe(true);
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");
    expect(await page.locator("#build").isEnabled()).toBe(true);
    expect(await page.locator("#build-progress").isHidden()).toBe(true);
    await page.evaluate(() => ((globalThis as any).ExcelStandin.syncDelayMs = 0));

    // Only An and the second officer; the total is theirs alone.
    const values = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021"));
    expect([at(values, "B7"), at(values, "B8"), at(values, "B9")]).toEqual(["Nguyễn Văn An", XSS, "Tổng cộng"]);
    // Cases: eligible 120 + 80 = 200; done (85 + 5) + (50 + 2) = 142; rate 0,71; needed ⌈0,815 × 200 − 142⌉ = 21.
    expectMeasure(values, 9, "cases", [200, 142, 0.71, 0.815, 0.105, 21, 21, "Chưa đạt"]);
    // Money: eligible 2.500.000 + 1.200.000 = 3.700.000; done (1.000.000 + 50.000) + 400.000 = 1.450.000;
    // needed 0,48 × 3.700.000 − 1.450.000 = 1.776.000 − 1.450.000 = 326.000.
    expectMeasure(values, 9, "money", [3700000, 1450000, 1.45 / 3.7, 0.48, 0.48 - 1.45 / 3.7, 326000, 326000, "Chưa đạt"]);

    // The excluded row is saved with the mapping and offered again; "Đưa lại" puts it back.
    const saved = await page.evaluate(() => (globalThis as any).ExcelStandin.savedSettings());
    const mappings = Object.keys(saved).filter((k) => k.startsWith("thads.mapping:"));
    expect(mappings.map((k) => JSON.parse(saved[k]).mapping.excludedRows)).toEqual([[9]]);
    await page.evaluate(() => (globalThis as any).ExcelStandin.activate("Thống kê"));
    await page.getByRole("button", { name: "Nhận dạng bảng" }).click();
    await page.getByRole("button", { name: "Dùng lại" }).click(); // waits for the offer to show
    await expect(page.locator("#excluded-rows li").allTextContents()).resolves.toEqual(["Dòng 10 Đưa lại"]);
    await page.getByRole("button", { name: "Đưa lại" }).click();
    expect(await page.locator("#excluded-rows").count()).toBe(0);
    expect(await errorsListed()).toEqual([expect.stringContaining("'Thống kê'!D10")]);

    await screenshot(page, "pane-excluded-row.png");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a register's unknown status, blocks the report until it is classified, then builds it", async () => {
    const { page, dialogs, errors } = await open({ sheets: [{ name: "Sổ theo dõi", rows: REGISTER }], displayLanguage: "vi-VN" });
    await page.locator("#report-date").fill("2021-08-31");
    await page.locator("#target-cases").fill("80");
    await page.locator("#target-money").fill("40");

    // Statuses grouped by category, one line each with its rows in the period (row 10 is dated after
    // it), the spellings under it with their classification; the unclassified first, under the message.
    const groups = await page.locator("#statuses li.status-group").evaluateAll((lis) =>
      lis.map((li) => [
        li.querySelector("h4")!.textContent,
        ...Array.from(li.querySelectorAll("li.status")).map((st) => `${st.querySelector(".status-text")!.textContent} = ${(st.querySelector("select") as HTMLSelectElement).value}`),
      ]),
    );
    expect(groups).toEqual([
      ["Chưa phân loại 1 dòng", "Chờ bán đấu giá (1) = "],
      ["Thi hành xong 3 dòng", "Thi hành xong (1) = completed", "Xong (1) = completed", "TH xong (1) = completed"],
      ["Đình chỉ 1 dòng", "Đình chỉ (1) = terminated"],
      ["Đang thi hành 1 dòng", "Đang thi hành (1) = inProgress"],
      ["Hoãn thi hành án 1 dòng", "Hoãn (1) = postponed"],
      ["Chưa có điều kiện 2 dòng", "Chưa có điều kiện (1) = notEligible", "Chưa có ĐK (1) = notEligible"],
    ]);
    await expect(page.locator("#statuses > :nth-child(2)").getAttribute("id")).resolves.toBe("unclassified-message");
    await expect(page.locator("#unclassified-message").textContent()).resolves.toContain("Còn 1 trạng thái chưa phân loại");
    await screenshot(page, "pane-register-unclassified.png");

    // Not guessed: the report is refused while the status is unclassified.
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await expect(page.locator("#message .error").textContent()).resolves.toContain("chưa phân loại");
    expect(await page.evaluate(() => (globalThis as any).ExcelStandin.sheetNames())).toEqual(["Sổ theo dõi"]);

    // Reclassified with the dropdown (by keyboard-reachable controls), then built with Enter.
    await page.getByLabel("Phân loại: Chờ bán đấu giá").selectOption("inProgress");
    await page.waitForFunction(() => document.querySelectorAll("#statuses tr.unclassified").length === 0);
    await page.locator("#build").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã tạo trang “Báo cáo 11 tháng 2021”.");

    const values = evaluate(await readSheet(page, "Báo cáo 11 tháng 2021"));
    // The member order is the aggregation's; each member's row is found by its name.
    const rowOf = (name: string) => values.findIndex((r) => r[1] === name) + 1;
    expect([rowOf("Trần Văn Bình"), rowOf("Lê Thị Hoa")].sort()).toEqual([7, 8]);
    expect(rowOf("Tổng cộng")).toBe(9);
    const binh = rowOf("Trần Văn Bình");
    const hoa = rowOf("Lê Thị Hoa");
    // Bình: eligible = xong + đình chỉ + đang thi hành + chờ bán đấu giá (now in progress) = 4; done = 2.
    // Money: eligible 100 + 50 + 200 + 300 = 650; completed = collected on eligible rows 100 + 40 = 140;
    // terminated = 50 − 0 = 50; done 190.
    expectMeasure(values, binh, "cases", [4, 2, 0.5, 0.8, 0.3, 2, 2, "Chưa đạt"]);
    expectMeasure(values, binh, "money", [650, 190, 190 / 650, 0.4, 0.4 - 190 / 650, 70, 70, "Chưa đạt"]);
    // Hoa: eligible = xong + TH xong + hoãn = 3 (the 15/09/2021 case is after the report date); done 2.
    // Money: eligible 120 + 60 + 90 = 270; done = 120 + 60 = 180.
    expectMeasure(values, hoa, "cases", [3, 2, 2 / 3, 0.8, 0.8 - 2 / 3, 1, 1, "Chưa đạt"]);
    expectMeasure(values, hoa, "money", [270, 180, 2 / 3, 0.4, 0.4 - 2 / 3, 0, 0, "Đạt"]);
    expectMeasure(values, 9, "cases", [7, 4, 4 / 7, 0.8, 0.8 - 4 / 7, 2, 2, "Chưa đạt"]);
    expectMeasure(values, 9, "money", [920, 370, 370 / 920, 0.4, 0.4 - 370 / 920, 0, 0, "Đạt"]);

    await screenshot(page, "pane-register.png");

    // The confirmed classification is saved in the workbook and offered again next time.
    const saved = await page.evaluate(() => (globalThis as any).ExcelStandin.savedSettings());
    const [key] = Object.keys(saved).filter((k) => k !== "thads.reports");
    expect(key).toMatch(/^thads\.mapping:Sổ theo dõi:[0-9a-f]{8}$/);
    expect(JSON.parse(saved[key]).mapping.reclassified).toEqual({ "Chờ bán đấu giá": "inProgress" });
    await page.evaluate(() => (globalThis as any).ExcelStandin.activate("Sổ theo dõi")); // the user goes back to the register
    await page.getByRole("button", { name: "Nhận dạng bảng" }).click();
    await page.getByRole("button", { name: "Dùng lại" }).click(); // waits for the offer to show
    await page.waitForFunction(() => document.querySelector("#statuses tr.unclassified") === null);
    expect(await page.getByLabel("Phân loại: Chờ bán đấu giá").inputValue()).toBe("inProgress");

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
