"use strict";
/**
 * 3. Round trips of the Office.js writer and reader, against the Excel stand-in
 * (test/stubs/excel-standin.js), which records each context.sync with the JSON size of the writes
 * it sent and of the values it loaded. Counts, not times: these rows do not drift.
 *  - writing a report of 10, 1,000 and 5,000 members: at most 3 + ⌈payload in MB⌉ syncs;
 *  - reading a 100,000-row register: at most 1 + ⌈response in MB⌉ syncs (the first sync also
 *    learns the table's size), i.e. as few as 1 MB chunks need;
 *  - no single request or response above 1 MB.
 * MB here is 1,048,576 bytes, the unit of the stand-in's (and Excel on the web's) 5 MB limit.
 */
const { statisticsSheet, register } = require("../generate");
const { row, missing } = require("../harness");
const { OPTIONS } = require("./core");

const MB = 1024 * 1024;

/** A statistics table of n officers, made straight from generated figures (no recognition timed here). */
function statTable(n) {
  const sheet = statisticsSheet(n);
  const figures = (r, at) => ({ mustEnforce: r[at], eligible: r[at + 1], completed: r[at + 2], terminated: r[at + 3], notEligible: r[at + 4] });
  const members = sheet.cells.slice(sheet.firstDataRow, sheet.firstDataRow + n).map((r, i) => ({
    name: r[1],
    where: `B${sheet.firstDataRow + i + 1}`,
    cases: figures(r, 2),
    money: figures(r, 7),
  }));
  return { sheet, table: { memberKind: "officer", members, issues: [] } };
}

/** Syncs and payload figures since the last resetStats. */
function summary(standin) {
  const syncs = standin.stats.syncs;
  const sum = (k) => syncs.reduce((s, x) => s + x[k], 0);
  const largest = syncs.reduce((m, x) => Math.max(m, x.requestBytes, x.responseBytes), 0);
  return { syncs: syncs.length, requestBytes: sum("requestBytes"), responseBytes: sum("responseBytes"), largest };
}

const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;

function payloadRow(id, name, s) {
  return row({ id: `${id} largest`, name: `${name}: largest payload`, figure: s.largest / MB, unit: "MB", budget: { max: 1 } });
}

const letter = (col) => (col >= 26 ? letter(Math.floor(col / 26) - 1) : "") + String.fromCharCode(65 + (col % 26));

/** The first cell of the report sheet that does not hold what the document says, or "" when all do. */
function differences(standin, doc) {
  const rows = doc.sheets[0].rows;
  const names = standin.sheetNames();
  if (names.length !== 1 + doc.sheets.length) return `the workbook has sheets ${names.join(", ")}`;
  const written = standin.read(names[1], `A1:${letter(rows[0].length - 1)}${rows.length}`);
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < rows[i].length; j++) {
      const cell = rows[i][j];
      const want = cell.formula ?? (cell.value === null ? "" : cell.value);
      if (written[i][j] !== want) return `cell ${letter(j)}${i + 1} holds ${JSON.stringify(written[i][j])}, the document ${JSON.stringify(want)}`;
    }
  }
  return "";
}

async function writeRows(modules, sizes) {
  const writeReport = modules.excel("excel", "writeReport");
  const buildReport = modules.core("core/report", "buildReport");
  const standin = modules.standin();
  const out = [];
  for (const n of sizes) {
    const id = `3 write ${n}`;
    const name = `write a report of ${n.toLocaleString("en")} members`;
    const { sheet, table } = statTable(n);
    const doc = buildReport(table, OPTIONS);
    standin.reset();
    standin.addSheet("Bảng thống kê", sheet.cells);
    standin.resetStats();
    try {
      await writeReport(doc);
    } catch (e) {
      out.push(missing(id, name, `writeReport failed: ${e.message}`));
      continue;
    }
    const s = summary(standin);
    const wrong = differences(standin, doc);
    if (wrong) {
      out.push(missing(id, name, wrong));
      continue;
    }
    out.push(row({ id, name: `${name}: context.sync calls`, figure: s.syncs, unit: "", budget: { max: 3 + Math.ceil(s.requestBytes / MB) },
      note: `payload ${mb(s.requestBytes)}` }));
    out.push(payloadRow(id, name, s));
  }
  return out;
}

async function readRows(modules, rows) {
  const readActiveTable = modules.excel("excel", "readActiveTable");
  const standin = modules.standin();
  const id = "3 read";
  const name = `read a register of ${rows.toLocaleString("en")} rows`;
  const { cells } = register(rows);
  standin.reset();
  standin.addSheet("Sổ theo dõi", cells);
  standin.resetStats();
  let read;
  try {
    read = await readActiveTable();
  } catch (e) {
    return [missing(id, name, `readActiveTable failed: ${e.message}`)];
  }
  const last = read.cells[read.cells.length - 1];
  if (read.cells.length !== cells.length || JSON.stringify(last) !== JSON.stringify(cells[cells.length - 1])) {
    return [missing(id, name, `read ${read.cells.length} rows, the sheet has ${cells.length}, or the last row differs`)];
  }
  const s = summary(standin);
  return [
    row({ id, name: `${name}: context.sync calls`, figure: s.syncs, unit: "", budget: { max: 1 + Math.ceil(s.responseBytes / MB) },
      note: `response ${mb(s.responseBytes)}` }),
    payloadRow(id, name, s),
  ];
}

/** opts: { quick, modules, writeSizes, readRows } */
async function run(opts) {
  const quick = !!opts.quick;
  const sizes = opts.writeSizes ?? (quick ? [10, 1000] : [10, 1000, 5000]);
  const out = [];
  for (const [label, part] of [
    ["3 write", () => writeRows(opts.modules, sizes)],
    ["3 read", () => readRows(opts.modules, opts.readRows ?? (quick ? 20000 : 100000))],
  ]) {
    try {
      out.push(...(await part()));
    } catch (e) {
      out.push(missing(label, "Excel round trips", e.message));
    }
  }
  return out;
}

module.exports = { run, differences };
