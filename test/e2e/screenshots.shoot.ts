/**
 * The README's pictures of the pane (docs/images/pane*.png): the built pane in Office's default
 * 320 × 800 pane over the stand-in, Vietnamese and English, a statistics table after building and a
 * register with a status to classify. Not part of `npm test`: run by `npm run screenshots`
 * (scripts/pane-screenshots.js), which writes the pictures; it still checks each state it shows.
 */
import * as path from "path";
import { ROOT, usePane } from "./harness";
import { sampleSheet } from "./samplesheet";
import { REGISTER } from "./workbooks";

const { open } = usePane();
const IMAGES = path.join(ROOT, "docs", "images");
const NARROW = { width: 320, height: 800 };

const LANGS = [
  { tag: "vi-VN", suffix: "", targets: ["81,5", "48"] },
  { tag: "en-US", suffix: "-en", targets: ["81.5", "48"] },
] as const;


describe("the README's pictures of the pane", () => {
  for (const lang of LANGS) {
    it(`${lang.tag}: a statistics table, built`, async () => {
      // A bundled sample, as a first-time user would open it (the tests' table carries hostile names).
      const { page } = await open({ sheets: [await sampleSheet("bang-chap-hanh-vien.xlsx")], displayLanguage: lang.tag, viewport: NARROW, today: "2021-09-15" });
      await page.locator("#report-date").fill("2021-08-31");
      await page.locator("#target-cases").fill(lang.targets[0]);
      await page.locator("#target-money").fill(lang.targets[1]);
      await page.locator("#target-money").press("Enter");
      await page.locator("#open-report").waitFor();
      // What the user sees after building: the result, focus on its link, the action bar below.
      await page.screenshot({ path: path.join(IMAGES, `pane${lang.suffix}.png`) });
      await page.close();
    });

    it(`${lang.tag}: a register with a status to classify`, async () => {
      const { page } = await open({ sheets: [{ name: "Sổ theo dõi", rows: REGISTER }], displayLanguage: lang.tag, viewport: NARROW, today: "2021-09-15" });
      await page.locator("#unclassified-message").waitFor();
      await page.locator("#report-date").fill("2021-08-31");
      await page.locator("#target-cases").fill("80");
      await page.locator("#target-money").fill("40");
      await page.locator("#checks").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(IMAGES, `pane-register${lang.suffix}.png`) });
      await page.close();
    });
  }
});
