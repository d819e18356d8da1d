"use strict";
/**
 * 2. The core report, in its two steps:
 *  2a figures: cells → statistics table → report figures (member rows, total, ranks, summary: what the
 *     pane shows), through the one "sheet → statistics table" step the pane and the command call
 *     (recognizeGrid, then statisticsOf). A register is held to the issue's baseline, a single loop
 *     that only sums the columns the report reads (budget ≤ 4×). A 5,000-row statistics table is held
 *     to "the floor" instead: the least code that builds the same output objects (members, report
 *     rows with both measures, ranks, sums) with no validation at all (budget ≤ 4×). A bare sum loop
 *     over a table's six columns takes a tenth of a millisecond, less than allocating the 5,000
 *     member objects, so no code that makes per-member figures could meet a budget against it.
 *  2b document: report figures → report document (the sheet's grid of values and formulas, formats,
 *     chart), against a loop that builds the same grid of plain cells, each an object with the value
 *     and, where the report has a formula, a formula string made by one template literal.
 * Both for a statistics table (5,000 officers) and a case register (100,000 decisions of 40 officers):
 *  - table: recognizeGrid + statisticsOf (recognition, extraction) + reportFigures, then reportDocument;
 *  - register: recognizeGrid + statisticsOf (recognition, aggregation) + reportFigures, then reportDocument.
 * Each run also checks one figure against a sum computed here, so a fast wrong answer fails.
 */
const { statisticsSheet, register, serial } = require("../generate");
const { collectGarbage, compareAll, median, row, missing, sink, timeNsSync } = require("../harness");

const REPORT_DATE = { year: 2021, month: 8, day: 31 };
const OPTIONS = { reportDate: REPORT_DATE, targets: { cases: 0.815, money: 0.48 } };
const BUDGET = { ratio: 4 };
/**
 * sampleNs: each timed sample repeats its work for this long at least (a 40-row document takes
 * microseconds). A document allocates megabytes (tens of thousands of cells and formulas), as its
 * baseline does: their samples are long, so that each holds the garbage collections its own work
 * causes rather than one its neighbour left due. The figures' samples hold several runs too (a
 * figures run takes 2–25 ms), and start after a collection of the young generation (collect): with
 * one run per sample, whether a scavenge fell inside it was a lottery, and the 5,000-row floor took
 * 2 ms in one run and 6 ms in the next, swinging "2a table ÷ floor" between 2.4× and 4.5×. Over
 * several runs each side pays for the collections its own allocations cause, as it does in use.
 * Fifteen samples each, not nine: a register's pass is bound by memory, and its median moved with
 * one slow sample more or less.
 */
const FIGURES_TIMING = { repeats: 15, warmup: 3, sampleNs: 20e6, collect: true };
const DOCUMENT_TIMING = { repeats: 9, warmup: 3, sampleNs: 50e6 };

/** Sums the given columns of cells[first..]: the baseline of 2a for a register. */
function sumLoop(cells, first, columns) {
  return () => {
    const sums = new Array(columns.length).fill(0);
    for (let i = first; i < cells.length; i++) {
      const r = cells[i];
      for (let j = 0; j < columns.length; j++) {
        const v = r[columns[j]];
        if (typeof v === "number") sums[j] += v;
      }
    }
    sink(sums);
  };
}

/**
 * The floor of 2a for a statistics table: the least code that builds the same output objects as the
 * pipeline (a member with its figures per row, a report row with both measures' rate, gap, needed and
 * status, ranks by case rate, the column sums), reading each cell as a number or 0, with no validation.
 */
function floorLoop(sheet, targets) {
  const { cells, firstDataRow, members, nameColumn, numberColumns, rateColumns } = sheet;
  const width = numberColumns.length;
  const index = (measure) => {
    const { eligible, completed, terminated } = rateColumns[measure];
    return [eligible, completed, terminated].map((c) => numberColumns.indexOf(c));
  };
  const cases = index("cases");
  const money = index("money");
  const measure = (v, [e, c, t], target) => {
    const eligible = v[e];
    const done = v[c] + v[t];
    const rate = done / eligible;
    const needed = Math.max(0, Math.ceil(target * eligible - done));
    return { eligible, completed: v[c], terminated: v[t], done, rate, target, gap: target - rate, needed,
      neededPerMonth: needed, met: rate >= target };
  };
  return () => {
    const memberList = new Array(members);
    const rows = new Array(members);
    const rates = new Float64Array(members);
    const sums = new Float64Array(width);
    for (let i = 0; i < members; i++) {
      const r = cells[firstDataRow + i];
      const v = new Float64Array(width);
      for (let j = 0; j < width; j++) {
        const x = r[numberColumns[j]];
        v[j] = typeof x === "number" ? x : 0;
        sums[j] += v[j];
      }
      memberList[i] = { name: r[nameColumn], figures: v };
      const row = { name: r[nameColumn], cases: measure(v, cases, targets.cases), money: measure(v, money, targets.money), rank: 0 };
      rows[i] = row;
      rates[i] = row.cases.rate;
    }
    const sorted = Float64Array.from(rates).sort();
    const rankOf = new Map();
    for (let k = members - 1; k >= 0; k--) if (!rankOf.has(sorted[k])) rankOf.set(sorted[k], members - k);
    for (let i = 0; i < members; i++) rows[i].rank = rankOf.get(rates[i]);
    sink({ memberList, rows, sums });
  };
}

function columnLetter(index) {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The baseline of 2b: builds a grid shaped as the report's sheet (same rows × columns, same values),
 * each cell a plain object, with a formula string made by one template literal where the sheet has one.
 */
function gridLoop(sheet) {
  const values = sheet.rows.map((cells) => cells.map((c) => c.value));
  const formulas = sheet.rows.map((cells) => cells.map((c) => c.formula !== undefined));
  const width = values[0].length;
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  return () => {
    const rows = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const f = formulas[i];
      const cells = new Array(width);
      for (let j = 0; j < width; j++) cells[j] = f[j] ? { value: v[j], formula: `=${letters[j]}${i + 1}` } : { value: v[j] };
      rows[i] = cells;
    }
    sink(rows);
  };
}

/** The grid every source enters the core as (core/grid.ts), for the bench's generated cells. */
const gridOf = (sheetName, cells) => ({ sheetName, origin: { row: 0, col: 0 }, cells, issues: [] });

/** What the step recognised, which must be the kind generated: a bench input that is not recognised is a broken bench. */
const recognized = (kind, found) => {
  if (found.kind !== kind) throw new Error(`not recognised as a ${kind}: ${JSON.stringify(found.reasons ?? found.kind)}`);
  return found;
};

/**
 * The figures as a chain of steps, each given the previous one's result; each step's time is kept
 * so the row's note can say where the time goes.
 */
function pipeline(steps) {
  const times = steps.map(() => []);
  const run = () => {
    let x;
    steps.forEach(([, step], i) => {
      const t0 = process.hrtime.bigint();
      x = step(x);
      times[i].push(Number(process.hrtime.bigint() - t0));
    });
    return x;
  };
  // Medians of the latest runs only: the warm-up runs come first.
  const note = () => steps.map(([label], i) => `${label} ${(median(times[i].slice(-20)) / 1e6).toFixed(2)} ms`).join(" · ");
  return { run, note };
}

/**
 * Functions repeated often enough for one sample to last sampleNs, judged by the first one's time
 * (the budgeted baseline); k is the repeat count.
 */
function batched(fns, sampleNs) {
  for (const fn of fns) fn();
  const k = Math.max(1, Math.ceil(sampleNs / Math.max(1, timeNsSync(fns[0]))));
  const times = (fn) => () => {
    for (let i = 0; i < k; i++) fn();
  };
  return { k, fns: fns.map(times) };
}

/**
 * Times subject against each of its baselines in the same rounds and makes one row per baseline
 * (times per single run); each baseline is { id, name, baseline, baselineName }.
 */
function timedRows({ subject, baselines, quick, note, timing }) {
  collectGarbage(); // what the rows before left behind
  const b = batched([...baselines.map((x) => x.baseline), subject], timing.sampleNs);
  const t = compareAll(b.fns, timing).map((x) => x.ns / b.k / 1e6);
  const figure = t[t.length - 1];
  return baselines.map((x, i) =>
    row({ id: x.id, name: x.name, figure, unit: "ms", baseline: t[i], baselineName: x.baselineName, budget: BUDGET,
      slack: quick ? 3 : 1, note: note() }));
}

/** 2b for figures already checked: the document, and its total row checked against the figures. */
function documentRow(find, { id, name, figures, quick }) {
  const reportDocument = find("core/report", "reportDocument");
  const doc = reportDocument(figures, OPTIONS);
  const sheet = doc.sheets[0];
  const { total } = figures.data;
  const totalCells = sheet.rows.find((cells) => cells[1].value === total.name);
  const eligible = totalCells && totalCells.find((c) => c.formula && c.formula.startsWith("=SUM("));
  if (!eligible || eligible.value !== total.cases.eligible) {
    return missing(id, name, `wrong document: the total row does not sum ${total.cases.eligible} eligible cases`, BUDGET);
  }
  // Every sheet of the document (a register's report has its statistics table too): the baseline builds them all.
  const cells = doc.sheets.reduce((n, s) => n + s.rows.length * s.rows[0].length, 0);
  const formulas = doc.sheets.reduce((n, s) => n + s.rows.reduce((k, r) => k + r.filter((c) => c.formula !== undefined).length, 0), 0);
  const loops = doc.sheets.map(gridLoop);
  return timedRows({ quick, timing: DOCUMENT_TIMING, subject: () => sink(reportDocument(figures, OPTIONS)),
    baselines: [{ id, name, baseline: () => loops.forEach((loop) => loop()), baselineName: "plain grid" }],
    note: () => `${cells.toLocaleString("en")} cells, ${formulas.toLocaleString("en")} formulas` })[0];
}

function statisticsRows(find, { quick, members }) {
  const id = "2a table ÷ floor";
  const name = `figures from a statistics table of ${members.toLocaleString("en")} rows, against the least code making the same objects`;
  const recognizeGrid = find("core", "recognizeGrid");
  const statisticsOf = find("core", "statisticsOf");
  const reportFigures = find("core/report", "reportFigures");
  const sheet = statisticsSheet(members);
  const grid = gridOf("Biểu 04", sheet.cells);
  const report = pipeline([
    ["recognize", () => recognized("table", recognizeGrid(grid))],
    ["extract", (found) => statisticsOf(found, { reportDate: REPORT_DATE }).table],
    ["figures", (table) => reportFigures(table, OPTIONS)],
  ]);
  const figures = report.run();
  // Eligible cases (column 3) summed here, against the report's total.
  let eligible = 0;
  for (let i = sheet.firstDataRow; i < sheet.firstDataRow + members; i++) eligible += sheet.cells[i][3];
  const got = figures.data.total.cases.eligible;
  if (figures.data.rows.length !== members || got !== eligible) {
    return [missing(id, name, `wrong report: ${figures.data.rows.length} rows, total eligible ${got}; expected ${members}, ${eligible}`, BUDGET)];
  }
  return [
    ...timedRows({ quick, timing: FIGURES_TIMING, subject: () => sink(report.run()), note: report.note, baselines: [
      { id, name, baselineName: "floor", baseline: floorLoop(sheet, OPTIONS.targets) },
    ] }),
    documentRow(find, { id: "2b table", name: `document of the ${members.toLocaleString("en")}-row table's report`, figures, quick }),
  ];
}

/** Completed + terminated cases accepted by the report date, counted here from the cells. */
function expectedDone(cells) {
  const last = serial(REPORT_DATE.year, REPORT_DATE.month, REPORT_DATE.day);
  const doneStatuses = new Set(["Xong", "Thi hành xong", "TH xong", "Đình chỉ", "ĐC"]);
  let done = 0;
  for (let i = 1; i < cells.length; i++) {
    let d = cells[i][2];
    if (typeof d === "string") {
      const [day, month, year] = d.split("/").map(Number);
      d = serial(year, month, day);
    }
    if (d <= last && doneStatuses.has(cells[i][6])) done++;
  }
  return done;
}

function registerRows(find, { quick, rows }) {
  const id = "2a register";
  const name = `figures from a register of ${rows.toLocaleString("en")} rows`;
  const recognizeGrid = find("core", "recognizeGrid");
  const statisticsOf = find("core", "statisticsOf");
  const reportFigures = find("core/report", "reportFigures");
  const reg = register(rows);
  const grid = gridOf("Sổ theo dõi", reg.cells);
  const report = pipeline([
    ["recognize", () => recognized("register", recognizeGrid(grid))],
    ["aggregate", (found) => statisticsOf(found, { reportDate: REPORT_DATE })],
    ["figures", ({ table, statuses }) => {
      const unclassified = statuses.filter((s) => s.category === null).length;
      if (unclassified) throw new Error(`${unclassified} unclassified statuses`);
      return reportFigures(table, OPTIONS);
    }],
  ]);
  const figures = report.run();
  const done = expectedDone(reg.cells);
  if (figures.data.total.cases.done !== done) {
    return [missing(id, name, `wrong report: total done ${figures.data.total.cases.done}, expected ${done}`, BUDGET)];
  }
  const members = figures.data.rows.length;
  return [
    ...timedRows({ quick, timing: FIGURES_TIMING, subject: () => sink(report.run()), note: report.note, baselines: [
      { id, name, baselineName: "sum loop", baseline: sumLoop(reg.cells, reg.firstDataRow, reg.usedColumns) },
    ] }),
    documentRow(find, { id: "2b register", name: `document of the register's report (${members} officers)`, figures, quick }),
  ];
}

/** opts: { quick, modules, members, rows } */
async function run(opts) {
  const quick = !!opts.quick;
  const find = opts.modules.core;
  const out = [];
  for (const [fn, size, label] of [
    // The full size in the quick run too: at 1,000 rows the floor takes 0.4 ms and the ratio swings with the load.
    [statisticsRows, { members: opts.members ?? 5000 }, "2 table"],
    [registerRows, { rows: opts.rows ?? (quick ? 50000 : 100000) }, "2 register"],
  ]) {
    try {
      out.push(...fn(find, { quick, ...size }));
    } catch (e) {
      out.push(missing(label, "core report", e.message, BUDGET));
    }
  }
  return out;
}

module.exports = { run, expectedDone, REPORT_DATE, OPTIONS };
