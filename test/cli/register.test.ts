/**
 * The case register (so-theo-doi.xlsx): aggregated by the command exactly as the pane does, it gives
 * the figures counted here by hand from the generator's cases, and the same report as the statistics
 * table built from the same cases (so-theo-doi-bang.xlsx). Unknown statuses block the report.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  AUG_2021,
  dayOf,
  expectMeasure,
  expectedMeasure,
  freshSamples,
  REGISTER_REPORT_DAY,
  registerHandCount,
  SampleCase,
  samples,
  tempDir,
  thads,
  thadsJson,
} from "./run";

const TARGETS = { cases: 815, money: 480 };
const REPORT_DAY = REGISTER_REPORT_DAY;
const cases: SampleCase[] = samples.makeCases();
const handCount = (officer: string) => registerHandCount(cases, officer);

let dir: string;
let register: any;
let table: any;
beforeAll(async () => {
  dir = await freshSamples();
  const r = thadsJson(["report", path.join(dir, "so-theo-doi.xlsx"), ...AUG_2021]);
  const t = thadsJson(["report", path.join(dir, "so-theo-doi-bang.xlsx"), ...AUG_2021]);
  expect([r.status, r.json.errors]).toEqual([0, []]);
  expect([t.status, t.json.errors]).toEqual([0, []]);
  register = r.json;
  table = t.json;
});

test("the sample really has cases after the report date, every status spelling, and both date forms", () => {
  expect(cases.filter((c) => dayOf(c.accepted) > REPORT_DAY).length).toBeGreaterThanOrEqual(5);
  expect(new Set(cases.map((c) => c.status)).size).toBe(samples.STATUS_SPELLINGS.length);
  expect(cases.map((c: any) => c.acceptedAs)).toEqual(expect.arrayContaining(["date", "text"]));
});

test("recognised as a register; every status spelling classified as the generator meant it", () => {
  expect(register.sources[0]).toMatchObject({ kind: "register", sheet: "Sổ theo dõi" });
  const byText = new Map(register.sources[0].statuses.map((s: any) => [s.text, s.category]));
  // Spellings differing only in spacing (" Đình  chỉ ") are listed once, white space collapsed.
  for (const [text, category] of samples.STATUS_SPELLINGS) expect([text, byText.get(text.trim().replace(/\s+/g, " "))]).toEqual([text, category]);
  expect(byText.has("Đình  chỉ")).toBe(false);
});

test("each officer's figures equal the hand count from the cases (after-date cases left out, đồng → nghìn đồng)", () => {
  const officers = [...samples.REGISTER.officers].sort((a: string, b: string) => a.localeCompare(b, "vi"));
  expect(register.rows.map((r: any) => r.name).sort((a: string, b: string) => a.localeCompare(b, "vi"))).toEqual(officers);
  const total = { cases: { eligible: 0, done: 0 }, money: { eligible: 0, done: 0 } };
  for (const name of officers) {
    const row = register.rows.find((r: any) => r.name === name);
    const hand = handCount(name);
    for (const m of ["cases", "money"] as const) {
      expectMeasure(row[m], expectedMeasure(hand[m].eligible, hand[m].done, TARGETS[m], 1), `${name} ${m}`);
      total[m].eligible += hand[m].eligible;
      total[m].done += hand[m].done;
    }
  }
  for (const m of ["cases", "money"] as const) {
    expectMeasure(register.total[m], expectedMeasure(total[m].eligible, total[m].done, TARGETS[m], 1), `total ${m}`);
  }
});

test("the register and the statistics table of the same cases give the same report", () => {
  // The rates' figures agree; `table` does not: a statistics sheet gives only the categories it has.
  const report = ({ table: _, ...r }: any) => r;
  const byName = (json: any) => Object.fromEntries(json.rows.map((r: any) => [r.name, report(r)]));
  expect(byName(register)).toEqual(byName(table));
  expect(report(register.total)).toEqual(report(table.total));
  expect(register.period).toEqual(table.period);
  expect(register.summary).toBe(table.summary);
  // The office of the title rows: the most specific line ("Chi cục …", not the "Cục …" above it).
  expect([register.office, table.office]).toEqual([samples.REGISTER.office, samples.REGISTER.office]);
});

async function editedRegister(edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "so-theo-doi.xlsx"));
  edit(wb.worksheets[0]);
  const file = path.join(tempDir("reg"), "so-theo-doi-sua.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

test("an unknown status blocks the report: exit 1, the cell and the status listed, nothing written", async () => {
  // Row 30 is a case accepted before the report date (rows 6… hold the cases in order).
  const row = 6 + cases.findIndex((c, i) => i > 20 && dayOf(c.accepted) <= REPORT_DAY);
  const file = await editedRegister((ws) => (ws.getCell(`I${row}`).value = "Đang xác minh"));
  const out = path.join(path.dirname(file), "bao-cao.xlsx");
  const r = thads(["report", file, ...AUG_2021, "--out", out]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`'Sổ theo dõi'!I${row}`);
  expect(r.stderr).toContain("Đang xác minh");
  expect(r.stderr).toContain(`Trạng thái "Đang xác minh" (1 dòng) chưa được phân loại.`);
  expect(fs.existsSync(out)).toBe(false);
  const j = thadsJson(["report", file, ...AUG_2021]);
  expect(j.status).toBe(1);
  expect(j.json.errors.map((e: any) => e.where)).toContain(`'Sổ theo dõi'!I${row}`);
});

test("a date with month 13 is an error naming its cell", async () => {
  const file = await editedRegister((ws) => (ws.getCell("C8").value = "05/13/2021"));
  const j = thadsJson(["report", file, ...AUG_2021]);
  expect(j.status).toBe(1);
  expect(j.json.errors.find((e: any) => e.where === "'Sổ theo dõi'!C8").message).toContain("13");
});
