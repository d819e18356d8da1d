"use strict";
/**
 * 1. Custom functions through the shipped bundle.
 * (a) Scalar calls: median ns per call, budget 2 µs. The baseline is one number formatted by an
 *     Intl.NumberFormat built once (about 0.4 µs here): the least a function that returns text does,
 *     and a unit that scales with the machine. The quick test, which may not assert absolute
 *     times, holds the ratio to it instead: QUICK_RATIO.
 * (b) Whole-column references: RATE over three A:A-sized columns and COUNT over a status column,
 *     against loops that only sum the numbers or compare each cell with one fixed string.
 */
const { loadFunctions } = require("../load-functions");
const { scalarArgs, rateColumns, statusColumn } = require("../generate");
const { compare, row, missing, sink } = require("../harness");

const SCALAR_IDS = ["RATE", "GAP", "NEEDED", "PERIOD", "SUMMARY"];
const SCALAR_BUDGET_NS = 2000;
const EXCEL_ROWS = 1048576;

/**
 * 2 µs is about 5 formatted numbers on the machine the budgets were set on (a format took 390 ns);
 * the quick test allows three times that. Building a formatter per call costs about 55 formats.
 */
const QUICK_RATIO = 3 * (SCALAR_BUDGET_NS / 390);

const formatter = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const formatOne = (x) => formatter.format(x);

/** Calls fn once per argument list; the loop is written per arity so no spread is timed. */
function callLoop(fn, args) {
  const n = args.length;
  switch (args[0].length) {
    case 1:
      return () => { for (let i = 0; i < n; i++) sink(fn(args[i][0])); };
    case 2:
      return () => { for (let i = 0; i < n; i++) sink(fn(args[i][0], args[i][1])); };
    case 3:
      return () => { for (let i = 0; i < n; i++) sink(fn(args[i][0], args[i][1], args[i][2])); };
    case 4:
      return () => { for (let i = 0; i < n; i++) sink(fn(args[i][0], args[i][1], args[i][2], args[i][3])); };
    default:
      return () => { for (let i = 0; i < n; i++) sink(fn(args[i][0], args[i][1], args[i][2], args[i][3], args[i][4])); };
  }
}

const isExcelError = (x) => x instanceof Error || (x && typeof x === "object" && "code" in x);

function call(fn, args) {
  try {
    return fn(...args);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function scalarRows(fns, { quick, calls }) {
  const all = scalarArgs(calls);
  const rows = [];
  for (const id of SCALAR_IDS) {
    const name = `${id}: ${calls.toLocaleString("en")} scalar calls, per call`;
    const fn = fns.get(id);
    if (!fn) {
      rows.push(missing(`1a ${id}`, name, `THADS.${id} not associated by dist/functions.js`));
      continue;
    }
    const args = all[id];
    const sample = call(fn, args[0]);
    if (isExcelError(sample)) {
      rows.push(missing(`1a ${id}`, name, `THADS.${id}(${args[0].join(", ")}) failed: ${sample.message}`));
      continue;
    }
    const firsts = args.map((a) => [a[0]]);
    const t = compare(callLoop(fn, args), callLoop(formatOne, firsts), { repeats: quick ? 5 : 9, warmup: 2 });
    rows.push(
      row({
        id: `1a ${id}`,
        name,
        figure: t.subjectNs / calls,
        unit: "ns",
        baseline: t.baselineNs / calls,
        baselineName: "1 number format",
        budget: quick ? { ratio: QUICK_RATIO } : { max: SCALAR_BUDGET_NS },
      }),
    );
  }
  return rows;
}

function columnRows(fns, { quick, rows: n, filled }) {
  const out = [];
  const ms = 1e6;
  const slack = quick ? 3 : 1;

  const rate = fns.get("RATE");
  const rateName = `RATE over 3 columns of ${n.toLocaleString("en")} rows (${filled.toLocaleString("en")} filled)`;
  if (!rate) out.push(missing("1b RATE", rateName, "THADS.RATE not associated"));
  else {
    const { done, eligible, terminated } = rateColumns(n, filled);
    let d = 0, e = 0, t = 0;
    for (let i = 0; i < filled; i++) (d += done[i][0]), (e += eligible[i][0]), (t += terminated[i][0]);
    const expected = (d + t) / e;
    const got = call(rate, [done, eligible, terminated]);
    if (typeof got !== "number" || Math.abs(got - expected) > 1e-9) {
      out.push(missing("1b RATE", rateName, `wrong result ${got && got.message ? got.message : got}, expected ${expected}`));
    } else {
      const sum = (col) => {
        let s = 0;
        for (let i = 0; i < col.length; i++) {
          const v = col[i][0];
          if (typeof v === "number") s += v;
        }
        return s;
      };
      const baseline = () => sink((sum(done) + sum(terminated)) / sum(eligible));
      const t0 = compare(() => sink(rate(done, eligible, terminated)), baseline, { repeats: quick ? 5 : 7 });
      out.push(row({ id: "1b RATE", name: rateName, figure: t0.subjectNs / ms, unit: "ms", baseline: t0.baselineNs / ms,
        baselineName: "sum loop", budget: { ratio: 3 }, slack }));
    }
  }

  const count = fns.get("COUNT");
  const countName = `COUNT "xong" over a status column of ${n.toLocaleString("en")} rows (${filled.toLocaleString("en")} filled)`;
  if (!count) out.push(missing("1b COUNT", countName, "THADS.COUNT not associated (yet)"));
  else {
    const { column, byCategory } = statusColumn(n, filled);
    const got = call(count, [column, "xong"]);
    if (got !== byCategory.completed) {
      out.push(missing("1b COUNT", countName, `wrong result ${got && got.message ? got.message : got}, expected ${byCategory.completed}`));
    } else {
      const fixed = "Xong";
      const baseline = () => {
        let c = 0;
        for (let i = 0; i < column.length; i++) if (column[i][0] === fixed) c++;
        sink(c);
      };
      const t0 = compare(() => sink(count(column, "xong")), baseline, { repeats: quick ? 5 : 7 });
      out.push(row({ id: "1b COUNT", name: countName, figure: t0.subjectNs / ms, unit: "ms", baseline: t0.baselineNs / ms,
        baselineName: "compare loop", budget: { ratio: 10 }, slack }));
    }
  }
  return out;
}

/** opts: { quick, bundle (path), calls, rows, filled } */
async function run(opts = {}) {
  const quick = !!opts.quick;
  let fns;
  try {
    fns = loadFunctions(opts.bundle);
  } catch (e) {
    return [missing("1", "custom functions", `cannot load dist/functions.js: ${e.message}`)];
  }
  const calls = opts.calls ?? (quick ? 20000 : 100000);
  const rows = opts.rows ?? (quick ? 65536 : EXCEL_ROWS);
  const filled = opts.filled ?? (quick ? 10000 : 100000);
  return [...scalarRows(fns, { quick, calls }), ...columnRows(fns, { quick, rows, filled })];
}

module.exports = { run };
