"use strict";
/**
 * Where the bench finds the code it measures. `npm run bench` measures the compiled output
 * (lib/ from tsconfig.cli.json, lib-bench/ from tsconfig.bench.json); the quick test inside jest
 * requires the TypeScript sources, which ts-jest compiles. Exports are looked up by name in a
 * folder, so the bench does not depend on how a module's files are split.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");

function finder(base, ext) {
  /** The export `name` of the first module in `dir` (relative to src/) that has it. */
  return function find(dir, name) {
    const folder = path.join(base, dir);
    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith(ext) && !f.endsWith(".d.ts")) : [];
    for (const f of files.sort()) {
      const mod = require(path.join(folder, f));
      if (mod && typeof mod[name] === "function") return mod[name];
    }
    throw new Error(`${name} not found in ${path.relative(ROOT, folder)}/*${ext}`);
  };
}

/** The Excel stand-in's test controls; loading it defines the globals Excel and Office, as office.js would. */
function standin() {
  require(path.join(ROOT, "test", "stubs", "excel-standin.js"));
  return globalThis.ExcelStandin;
}

function compiledModules() {
  return {
    core: finder(path.join(ROOT, "lib"), ".js"),
    excel: finder(path.join(ROOT, "lib-bench"), ".js"),
    standin,
  };
}

function sourceModules() {
  const find = finder(path.join(ROOT, "src"), ".ts");
  return { core: find, excel: find, standin };
}

module.exports = { ROOT, compiledModules, sourceModules };
