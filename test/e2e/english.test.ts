/**
 * The pane with Office in English shows no Vietnamese of its own in any state: recognised, with
 * errors, a register with an unknown status, nothing recognised, a rejected target, after building.
 * Vietnamese may come only from the workbook (names, sheet names, cell texts), taken out before
 * looking.
 */
import { Page } from "playwright-core";
import { usePane } from "./harness";
import { BAD_CELL_TABLE, OFFICER_TABLE, REGISTER } from "./workbooks";

const VIETNAMESE = /[À-ỹđĐ]/;

const { open } = usePane();

/** Every text the pane shows or tells a screen reader: text nodes, option labels, titles, labels, placeholders. */
async function paneTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const app = document.getElementById("app")!;
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const hidden = (n.parentElement as HTMLElement | null)?.closest("[hidden]");
      if (!hidden && n.textContent!.trim()) out.push(n.textContent!.trim());
    }
    for (const e of Array.from(app.querySelectorAll("[title], [aria-label], [placeholder]"))) {
      for (const a of ["title", "aria-label", "placeholder"]) if (e.getAttribute(a)) out.push(e.getAttribute(a)!);
    }
    return out;
  });
}

/** The texts holding Vietnamese of their own once the workbook's texts are taken out. */
function ownVietnamese(texts: string[], rows: unknown[][], sheet: string): string[] {
  const cells = new Set<string>([sheet]);
  for (const row of rows) for (const v of row) if (typeof v === "string" && v.trim()) [v, v.trim(), v.replace(/\s+/g, " ").trim()].forEach((t) => cells.add(t));
  const longestFirst = [...cells].sort((a, b) => b.length - a.length);
  return texts.filter((text) => {
    let own = text;
    for (const c of longestFirst) own = own.split(c).join("");
    return VIETNAMESE.test(own);
  });
}

async function englishPane(rows: unknown[][], sheet = "Thống kê", ready?: string) {
  const opened = await open({ sheets: [{ name: sheet, rows }], displayLanguage: "en-US", ready });
  await opened.page.locator("#report-date").fill("2021-08-31");
  // The sheets the pane wrote are named in the report's language (Vietnamese unless chosen): workbook texts too.
  const written = () => opened.page.evaluate(() => (globalThis as any).ExcelStandin.sheetNames() as string[]);
  const check = async (state: string) =>
    expect([state, ownVietnamese(await paneTexts(opened.page), [...rows, await written()], sheet)]).toEqual([state, []]);
  return { ...opened, check };
}

describe("the pane in English", () => {
  it("an officer table: recognised, a rejected target, built", async () => {
    const { page, check, errors } = await englishPane(OFFICER_TABLE);
    await page.locator("#source-issues li").first().waitFor();
    await check("recognised");
    await page.locator("#target-cases").fill("150%");
    await page.locator("#target-money").fill("48");
    await page.getByRole("button", { name: "Create report" }).click();
    await expect(page.locator("#target-cases-error").textContent()).resolves.toContain("Target by cases “150%” is not valid");
    await check("a rejected target");
    await page.locator("#target-cases").fill("81.5");
    await page.getByRole("button", { name: "Create report" }).click();
    await expect(page.locator("#message .success").textContent()).resolves.toMatch(/^Sheet “.*” created\.$/);
    await check("built");
    await page.getByRole("button", { name: "Create report" }).click();
    await expect(page.locator("#replace-offer-text").textContent()).resolves.toMatch(/^A report of this period exists \(sheet “.*”\)\.$/);
    await check("asked to replace");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a table with an error: blocked, then the row left out", async () => {
    const { page, check } = await englishPane(BAD_CELL_TABLE);
    await page.locator("#target-cases").fill("81.5");
    await page.locator("#target-money").fill("48");
    await page.getByRole("button", { name: "Create report" }).click();
    await expect(page.locator("#message .error").textContent()).resolves.toContain("Report not created");
    await check("blocked");
    await page.locator("#source-issues").getByRole("button", { name: "Exclude this row" }).click();
    await page.locator("#excluded-rows li").waitFor();
    await check("a row left out");
    await page.close();
  });

  it("a register with an unknown status", async () => {
    const { page, check } = await englishPane(REGISTER, "Sổ theo dõi");
    await page.locator("#unclassified-message").waitFor();
    await check("an unknown status");
    await page.locator("#target-cases").fill("80");
    await page.locator("#target-money").fill("40");
    await page.getByRole("button", { name: "Create report" }).click();
    await expect(page.locator("#message .error").textContent()).resolves.toContain("not classified");
    await check("the report refused");
    await page.close();
  });

  it("a sheet holding neither a table nor a register", async () => {
    const rows = [["Danh sách cán bộ"], ["Họ tên", "Ngày sinh"], ["An", "1/1/1990"]];
    const { page, check } = await englishPane(rows, "Cán bộ", "#recognize-message .error");
    await expect(page.locator("#recognize-message .error").textContent()).resolves.toContain("The table was not recognised.");
    await check("nothing recognised");
    await page.close();
  });
});
