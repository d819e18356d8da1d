"use strict";
/**
 * 4. The thads command on a register .xlsx against ExcelJS merely loading the same file. Both run
 * as separate Node processes (startup and require included on both sides), alternately, and are
 * timed from spawn to exit. The workbook is generated once per run into a temporary folder.
 * "4 thads memory": the command's peak resident memory on a 200,000-row register (about 11 MB),
 * against a budget of 350 MB (many office PCs cannot spare the gigabyte a whole-workbook read takes).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const ExcelJS = require("exceljs");
const { register } = require("../generate");
const { compareAsync, row, missing } = require("../harness");
const { expectedDone } = require("./core");
const { ROOT } = require("../sources");

const BUDGET = { ratio: 1.5 };
const MEMORY_BUDGET = { max: 350 };
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Writes the register as an .xlsx (dates as date cells, one in ten as text) and returns its cells. */
async function writeRegisterXlsx(file, rows) {
  const { cells } = register(rows);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet("Sổ theo dõi");
  for (const r of cells) {
    const out = r.slice();
    if (typeof out[2] === "number") out[2] = new Date(EXCEL_EPOCH_MS + out[2] * 86400000);
    const written = sheet.addRow(out);
    if (out[2] instanceof Date) written.getCell(3).numFmt = "dd/mm/yyyy";
    written.commit();
  }
  sheet.commit();
  await workbook.commit();
  return cells;
}

/** Runs node with args; resolves { code, stdout, stderr }. */
function node(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const THADS_ARGS = ["--date", "2021-08-31", "--target-cases", "81.5", "--target-money", "48", "--json"];

/** opts: { quick, rows, repeats } */
async function run(opts = {}) {
  const quick = !!opts.quick;
  const rows = opts.rows ?? (quick ? 5000 : 100000);
  const id = "4 thads";
  const name = `thads report on a ${rows.toLocaleString("en")}-row register .xlsx`;
  const bin = path.join(ROOT, "bin", "thads.js");
  if (!fs.existsSync(bin)) return [missing(id, name, "bin/thads.js missing", BUDGET)];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-bench-"));
  try {
    const file = path.join(dir, "so-theo-doi.xlsx");
    const t0 = Date.now();
    const cells = await writeRegisterXlsx(file, rows);
    const generated = `${((Date.now() - t0) / 1000).toFixed(1)} s to generate, ${(fs.statSync(file).size / 1048576).toFixed(1)} MB`;

    // Every run must succeed; the report of the last one is checked against a count made here.
    let report = "";
    const runOk = (args, keep) => async () => {
      const r = await node(args);
      if (r.code !== 0) throw new Error(`node ${path.basename(args[0])} exited ${r.code}: ${(r.stderr || r.stdout).trim().split("\n")[0]}`);
      if (keep) report = r.stdout;
    };
    const thads = runOk([bin, "report", file, ...THADS_ARGS], true);
    const load = runOk([path.join(__dirname, "..", "load-xlsx.js"), file], false);
    let t;
    try {
      t = await compareAsync(thads, load, { repeats: opts.repeats ?? (quick ? 1 : 3) });
    } catch (e) {
      return [missing(id, name, e.message, BUDGET)];
    }
    const done = JSON.parse(report).total.cases.done;
    const expected = expectedDone(cells);
    if (done !== expected) return [missing(id, name, `wrong report: total done ${done}, expected ${expected}`, BUDGET)];
    return [row({ id, name, figure: t.subjectNs / 1e9, unit: "s", baseline: t.baselineNs / 1e9, baselineName: "ExcelJS load",
      budget: BUDGET, slack: quick ? 3 : 1, note: generated })];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The command's peak resident memory (MB) on a generated register; the report is checked as above. */
async function memoryRow({ quick, rows = quick ? 20000 : 200000 }) {
  const id = "4 thads memory";
  const name = `peak memory of thads report on a ${rows.toLocaleString("en")}-row register .xlsx`;
  const bin = path.join(ROOT, "bin", "thads.js");
  if (!fs.existsSync(bin)) return missing(id, name, "bin/thads.js missing", MEMORY_BUDGET);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-bench-"));
  try {
    const file = path.join(dir, "so-theo-doi.xlsx");
    const cells = await writeRegisterXlsx(file, rows);
    const r = await node([path.join(__dirname, "..", "peak-rss.js"), bin, "report", file, ...THADS_ARGS]);
    if (r.code !== 0) return missing(id, name, `thads exited ${r.code}: ${(r.stderr || r.stdout).trim().split("\n")[0]}`, MEMORY_BUDGET);
    const done = JSON.parse(r.stdout).total.cases.done;
    const expected = expectedDone(cells);
    if (done !== expected) return missing(id, name, `wrong report: total done ${done}, expected ${expected}`, MEMORY_BUDGET);
    const peak = /peak-rss-kb (\d+)\s*$/.exec(r.stderr);
    if (!peak) return missing(id, name, "no peak memory reported", MEMORY_BUDGET);
    const note = `${(fs.statSync(file).size / 1048576).toFixed(1)} MB file`;
    return row({ id, name, figure: Number(peak[1]) / 1024, unit: "MB", budget: MEMORY_BUDGET, note });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** opts: { quick, rows, repeats, memoryRows } */
async function runAll(opts = {}) {
  return [...(await run(opts)), await memoryRow({ quick: !!opts.quick, rows: opts.memoryRows })];
}

module.exports = { run: runAll, writeRegisterXlsx };
