/**
 * Issue 14: the pane for a first-time user in Office's default 320-pixel pane, in headless Chromium
 * over the stand-in (harness.ts). On every bundled sample and in both languages: "Tạo báo cáo" stays
 * in the viewport without scrolling in every state, and the accessibility checks (a11y.ts) find
 * nothing; the keyboard path; a second report of a period replaces or keeps the first; the pane goes
 * back to the source from its own report; a small selection and an empty sheet say what they mean.
 * Expected figures are worked out by hand from workbooks.ts.
 */
import { Page } from "playwright-core";
import { a11yProblems } from "./a11y";
import { at, evaluate, readSheet, Scenario, screenshot, standin, usePane } from "./harness";
import { bundledSamples, sampleSheet } from "./samplesheet";
import { OFFICER_TABLE, REGISTER } from "./workbooks";

const { open } = usePane();
const NARROW = { width: 320, height: 800 };
const LANGS = [
  { tag: "vi-VN", build: "Tạo báo cáo", targets: ["81,5", "48"] },
  { tag: "en-US", build: "Create report", targets: ["81.5", "48"] },
] as const;

const openNarrow = (scenario: Omit<Scenario, "viewport">) => open({ ...scenario, viewport: NARROW });

/** The main button, its progress and its result line are inside the viewport at the top of the page and scrolled to the end. */
async function expectInView(page: Page, state: string): Promise<void> {
  for (const to of ["top", "bottom"]) {
    const box = await page.evaluate((where) => {
      window.scrollTo(0, where === "top" ? 0 : document.documentElement.scrollHeight);
      const rect = (id: string) => document.getElementById(id)!.getBoundingClientRect();
      return { build: rect("build"), message: rect("message"), height: window.innerHeight, width: window.innerWidth };
    }, to);
    const inside = (r: DOMRect) => r.top >= 0 && r.bottom <= box.height && r.left >= 0 && r.right <= box.width;
    expect([state, to, inside(box.build), inside(box.message)]).toEqual([state, to, true, true]);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function expectAccessible(page: Page, state: string): Promise<void> {
  expect([state, await a11yProblems(page)]).toEqual([state, []]);
}

async function expectState(page: Page, state: string): Promise<void> {
  await expectInView(page, state);
  await expectAccessible(page, state);
}

/** The officer table's report of 31/08/2021, targets 81,5% and 48%, built with Enter in the money target. */
async function buildWithEnter(page: Page): Promise<void> {
  await page.locator("#report-date").fill("2021-08-31");
  await page.locator("#target-cases").fill("81,5");
  await page.locator("#target-money").fill("48");
  await page.locator("#target-money").press("Enter");
  await page.locator("#open-report").waitFor();
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("the pane in a 320 × 800 pane", () => {
  for (const lang of LANGS) {
    it(`${lang.tag}: on every bundled sample, recognised, with errors and after building`, async () => {
      for (const file of bundledSamples()) {
        const { page, errors } = await openNarrow({ sheets: [await sampleSheet(file)], displayLanguage: lang.tag });
        await expectState(page, `${file} recognised`);
        // Summarised in a few lines, the mapping closed until "Sửa cột".
        expect([file, (await page.locator("#summary-lines li").count()) <= 4, await page.locator("#mapping").getAttribute("open")]).toEqual([file, true, null]);
        await page.locator("#mapping > summary").click();
        await expectState(page, `${file} "Sửa cột" open`);
        await page.locator("#mapping > summary").click();

        await page.locator("#target-cases").fill("");
        await page.getByRole("button", { name: lang.build }).click();
        await page.locator("#target-cases-error").waitFor();
        await expectState(page, `${file} with errors`);

        const blocked = (await page.locator("#unclassified-message").count()) > 0;
        if (blocked) await page.locator("#statuses li.status.unclassified select").first().selectOption("inProgress");
        await page.locator("#target-cases").fill(lang.targets[0]);
        await page.locator("#target-money").fill(lang.targets[1]);
        await page.locator("#target-money").press("Enter");
        await page.locator("#open-report").waitFor();
        expect([file, await activeId(page)]).toEqual([file, "open-report"]);
        await expectState(page, `${file} built`);
        expect(errors).toEqual([]);
        await page.close();
      }
    });

    it(`${lang.tag}: a register with an unknown status`, async () => {
      const { page } = await openNarrow({ sheets: [{ name: "Sổ theo dõi", rows: REGISTER }], displayLanguage: lang.tag });
      await page.locator("#unclassified-message").waitFor();
      await expectState(page, "an unknown status");
      // Listed once, under the statuses, not again row by row.
      expect(await page.locator("#source-issues li", { hasText: "Chờ bán đấu giá" }).count()).toBe(0);
      await page.locator("#target-cases").fill(lang.targets[0]);
      await page.locator("#target-money").fill(lang.targets[1]);
      await page.getByRole("button", { name: lang.build }).click();
      // The report is refused; focus goes to the status to classify.
      await expect(page.locator("#message .error").count()).resolves.toBe(1);
      expect(await page.evaluate(() => document.activeElement?.closest("li.status")?.getAttribute("data-status"))).toBe("Chờ bán đấu giá");
      await expectState(page, "an unknown status, refused");
      await screenshot(page, `pane14-register-${lang.tag}.png`);
      await page.close();
    });
  }

  it("keyboard: the targets within 10 Tab stops, each stop with a visible focus ring; Enter builds and focus lands on the result", async () => {
    const { page, errors } = await openNarrow({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await page.locator("#report-date").fill("2021-08-31");
    await page.mouse.click(2, 2); // the top of the pane: Tab starts from there
    const stops: { id: string; ring: boolean }[] = [];
    for (let i = 0; i < 10 && !stops.some((s) => s.id === "target-cases"); i++) {
      await page.keyboard.press("Tab");
      stops.push(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          const style = getComputedStyle(e);
          return { id: e.id || e.tagName, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
        }),
      );
    }
    expect(stops.map((s) => s.id)).toContain("target-cases");
    expect(stops.filter((s) => !s.ring)).toEqual([]);

    await page.keyboard.type("81,5");
    await page.keyboard.press("Tab");
    await page.keyboard.type("48");
    await page.keyboard.press("Enter");
    await page.locator("#open-report").waitFor();
    expect(await activeId(page)).toBe("open-report");

    // Enter in the date field builds too (a second report of the period: the pane asks first).
    await page.locator("#report-date").press("Enter");
    await page.locator("#replace-offer").waitFor();
    expect(await activeId(page)).toBe("replace-report");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the result: overall rates against the targets, who is below target, a link to the report; a changed input clears it", async () => {
    const { page } = await openNarrow({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await buildWithEnter(page);
    // Cases: eligible 120 + 80 + 100 = 300, done 90 + 52 + 94 = 236: 78,67%. Money: eligible 6.700.000,
    // done 1.050.000 + 400.000 + 1.700.000 = 3.150.000: 47,01%. Below: An (75% and 42%), the second
    // officer (65% and 33,33%); Cường (94% and 56,67%) meets both.
    expect(await page.locator("#result-rates li").allTextContents()).toEqual([
      "Về việc: 78,67% (chỉ tiêu 81,5%) Chưa đạt",
      "Về tiền: 47,01% (chỉ tiêu 48%) Chưa đạt",
    ]);
    await expect(page.locator("#below-target").textContent()).resolves.toBe("Chưa đạt chỉ tiêu (2): Nguyễn Văn An, <img src=x onerror=alert(1)>.");
    await standin(page, "activate", "Thống kê");
    await page.locator("#open-report").click();
    await page.waitForFunction(() => (globalThis as any).ExcelStandin.activeSheetName() === "Báo cáo 11 tháng 2021");
    await screenshot(page, "pane14-result-vi.png");

    await page.locator("#target-cases").fill("80");
    expect([await page.locator("#message").textContent(), await page.locator("#result").isHidden()]).toEqual(["", true]);
    await page.close();
  });

  it("a second report of the same period: replace leaves exactly one, keep both adds one", async () => {
    const { page, errors } = await openNarrow({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await page.locator("#report-date").fill("2021-08-31");
    await page.locator("#target-cases").fill("81,5");
    await page.locator("#target-money").fill("48");
    const build = async () => {
      await page.locator("#message .message").waitFor({ state: "detached" }).catch(() => undefined);
      await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    };
    const names = () => standin<string[]>(page, "sheetNames");
    await build();
    await page.locator("#message .success").waitFor();
    expect(await names()).toEqual(["Thống kê", "Báo cáo 11 tháng 2021"]);

    // Another target, the same period: asked, and nothing written until answered.
    await page.locator("#target-cases").fill("90");
    await build();
    await expect(page.locator("#replace-offer-text").textContent()).resolves.toBe("Đã có báo cáo kỳ này (trang “Báo cáo 11 tháng 2021”).");
    await expectState(page, "replace offer");
    expect(await names()).toEqual(["Thống kê", "Báo cáo 11 tháng 2021"]);
    await page.getByRole("button", { name: "Thay báo cáo cũ" }).click();
    await expect(page.locator("#message .success").textContent()).resolves.toBe("Đã thay báo cáo trên trang “Báo cáo 11 tháng 2021”.");
    expect(await names()).toEqual(["Thống kê", "Báo cáo 11 tháng 2021"]);
    // The sheet is the new report: its target cell is 90%.
    expect(at(evaluate(await readSheet(page, "Báo cáo 11 tháng 2021")), "F7")).toBeCloseTo(0.9, 12);

    await page.locator("#target-cases").fill("85");
    await build();
    await page.getByRole("button", { name: "Giữ cả hai" }).click();
    await page.locator("#message .success").waitFor();
    expect(await names()).toEqual(["Thống kê", "Báo cáo 11 tháng 2021", "Báo cáo 11 tháng 2021 (2)"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("replacing a register's report replaces each of its sheets under its own name", async () => {
    const { page, errors } = await openNarrow({ sheets: [{ name: "Sổ theo dõi", rows: REGISTER }], displayLanguage: "vi-VN" });
    await page.getByLabel("Phân loại: Chờ bán đấu giá").selectOption("inProgress");
    await buildWithEnter(page);
    const names = () => standin<string[]>(page, "sheetNames");
    const first = await names();
    expect(first).toEqual(["Sổ theo dõi", "Báo cáo 11 tháng 2021", "Biểu thống kê 11 tháng 2021"]);
    await page.locator("#target-cases").fill("90");
    await page.locator("#target-cases").press("Enter");
    await page.getByRole("button", { name: "Thay báo cáo cũ" }).click();
    await page.locator("#open-report").waitFor();
    expect(await names()).toEqual(first);
    expect(await standin(page, "activeSheetName")).toBe("Báo cáo 11 tháng 2021");
    expect(at(evaluate(await readSheet(page, "Báo cáo 11 tháng 2021")), "F7")).toBeCloseTo(0.9, 12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("with its report active, recognising goes back to the source table", async () => {
    const { page, errors } = await openNarrow({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }], displayLanguage: "vi-VN" });
    await buildWithEnter(page);
    expect(await standin(page, "activeSheetName")).toBe("Báo cáo 11 tháng 2021");
    await page.getByRole("button", { name: "Nhận dạng bảng" }).click();
    await expect(page.locator("#recognize-message .info").textContent()).resolves.toBe(
      "Trang “Báo cáo 11 tháng 2021” là báo cáo do ngăn tác vụ tạo: đã quay về bảng nguồn “Thống kê”.",
    );
    expect(await standin(page, "activeSheetName")).toBe("Thống kê");
    await expect(page.locator("#summary-lines li").first().textContent()).resolves.toBe("Bảng thống kê, trang “Thống kê”");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a small selection says it read only the selection; an empty sheet says what the pane looks for", async () => {
    const { page } = await openNarrow({ sheets: [{ name: "Thống kê", rows: OFFICER_TABLE }, { name: "Trống", rows: [] }], displayLanguage: "vi-VN" });
    await standin(page, "select", "Thống kê", "A5:H9");
    await page.getByRole("button", { name: "Nhận dạng bảng" }).click();
    await expect(page.locator("#selection-note").textContent()).resolves.toBe(
      "Chỉ đọc vùng đang chọn ('Thống kê'!A5:H9). Muốn đọc cả trang, hãy chọn một ô rồi bấm “Nhận dạng bảng”.",
    );
    await expectState(page, "a selection");

    await standin(page, "activate", "Trống");
    await expect(page.locator("#recognize-message .error").textContent()).resolves.toMatch(/^Trang “Trống” chưa có số liệu\. Ngăn tác vụ tìm một bảng thống kê/);
    await expectState(page, "an empty sheet");
    await page.close();
  });
});
