"use strict";
/**
 * 3. Round trips of the Office.js writer and reader, against the Excel stand-in
 * (test/stubs/excel-standin.js), which records each context.sync with the JSON size of the writes
 * it sent and of the values it loaded. Counts, not times: these rows do not drift.
 *  - writing a report of 10, 1,000 and 5,000 members: at most 3 + ⌈payload in MB⌉ syncs;
 *  - reading a 100,000-row register: at most 1 + ⌈response ÷ 1,000,000 bytes⌉ syncs (the header
 *    block, then the reader's blocks of about 1 MB), i.e. as few as those blocks need; and, read as the pane reads it
 *    (the recognised columns only below the header block), at most 1.2× the bytes of those
 *    columns' values alone ("3 read bytes");
 *  - no single request or response above 1 MB.
 * MB here is 1,048,576 bytes, the unit of the stand-in's (and Excel on the web's) 5 MB limit.
 */
const { statisticsSheet, register } = require("../generate");
const { row, missing } = require("../harness");
const { OPTIONS } = require("./core");

const MB = 1024 * 1024;
/** The reader's block size (src/excel/payload.ts PAYLOAD_BUDGET). */
const BLOCK_BYTES = 1_000_000;

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

/** The register's cells of the columns recognition found, "" elsewhere: what the pane needs read. */
function recognisedOnly(cells, columns) {
  return cells.map((r) => r.map((v, c) => (columns.includes(c) ? v : "")));
}

/**
 * Reads the register as the pane does (its columnsNeeded: the recognised columns only, below the
 * header block). "3 read bytes" holds the bytes Excel sent to the bytes of the recognised columns'
 * values alone, as one grid of those columns (JSON, UTF-8): ≤ 1.2×.
 */
async function readRows(modules, rows) {
  const readActiveTable = modules.excel("excel", "readActiveTable");
  const columnsNeeded = modules.excel("taskpane", "columnsNeeded");
  const recognizeGrid = modules.core("core", "recognizeGrid");
  const standin = modules.standin();
  const id = "3 read";
  const name = `read a register of ${rows.toLocaleString("en")} rows`;
  const { cells } = register(rows);
  const found = recognizeGrid({ cells, sheetName: "Sổ theo dõi", origin: { row: 0, col: 0 }, issues: [] });
  if (found.kind !== "register") return [missing(id, name, `the register is not recognised as one (${found.kind})`)];
  const columns = Object.values(found.layout.columns).filter((c) => typeof c === "number");
  standin.reset();
  standin.addSheet("Sổ theo dõi", cells);
  standin.resetStats();
  let read;
  try {
    read = await readActiveTable({ columnsNeeded });
  } catch (e) {
    return [missing(id, name, `readActiveTable failed: ${e.message}`)];
  }
  const want = recognisedOnly(cells, columns);
  const got = recognisedOnly(read.cells, columns);
  const wrong = got.length !== want.length ? -1 : want.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(got[i]));
  if (wrong !== -1) return [missing(id, name, `row ${wrong} of the recognised columns differs from the sheet (or the row count: ${got.length} of ${want.length})`)];
  const s = summary(standin);
  const valuesAlone = Buffer.byteLength(JSON.stringify(cells.map((r) => columns.map((c) => r[c]))), "utf8");
  return [
    // The header block, then blocks of the reader's ~1 MB (1,000,000 bytes): as few as those need.
    row({ id, name: `${name}: context.sync calls`, figure: s.syncs, unit: "", budget: { max: 1 + Math.ceil(s.responseBytes / BLOCK_BYTES) },
      note: `response ${mb(s.responseBytes)}` }),
    payloadRow(id, name, s),
    row({ id: `${id} bytes`, name: `${name}: bytes read from Excel`, figure: s.responseBytes / MB, unit: "MB", baseline: valuesAlone / MB,
      baselineName: `recognised columns' values (${columns.length} of ${cells[0].length})`, budget: { ratio: 1.2 } }),
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
