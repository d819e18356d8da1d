/**
 * assets/samples/ is what `npm run samples` writes: the committed workbooks hold the same cells as a
 * fresh run of the generator (whose data the other tests sum), and the generator is deterministic.
 */
import * as fs from "fs";
import * as path from "path";
import { openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { freshSamples, ROOT } from "./run";

async function grids(file: string) {
  const wb = await openWorkbook(file);
  return wb.worksheets.map((ws) => sheetGrid(ws));
}

function listXlsx(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
}

test("the committed samples hold the same cells as a fresh run of scripts/make-samples.js", async () => {
  const fresh = await freshSamples();
  const committed = path.join(ROOT, "assets", "samples");
  expect(listXlsx(committed)).toEqual(listXlsx(fresh));
  expect(listXlsx(fresh)).toEqual([
    "bang-chap-hanh-vien.xlsx",
    "bang-don-vi.xlsx",
    path.join("nam", "cung-ky-2020.xlsx"),
    path.join("nam", "theo-thang-2021.xlsx"),
    "so-theo-doi-bang.xlsx",
    "so-theo-doi.xlsx",
    path.join("tong-hop", "khu-vuc-1.xlsx"),
    path.join("tong-hop", "khu-vuc-2.xlsx"),
    path.join("tong-hop", "khu-vuc-3.xlsx"),
  ]);
  for (const file of listXlsx(fresh)) {
    expect([file, await grids(path.join(committed, file))]).toEqual([file, await grids(path.join(fresh, file))]);
  }
});

test("two runs write the same cells (a fixed seed, no clock)", async () => {
  const [a, b] = [await freshSamples(), await freshSamples()];
  for (const file of listXlsx(a)) expect(await grids(path.join(a, file))).toEqual(await grids(path.join(b, file)));
});
