"use strict";
/**
 * Loads the shipped custom-functions bundle the way Excel does: the script is evaluated once with
 * a `CustomFunctions` object in scope, and the functions are whatever it hands to
 * `CustomFunctions.associate(id, fn)`. The script runs in this realm (through Node's vm) so that
 * the arrays the bench passes are the runtime's own arrays, as Excel's are.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const { createCustomFunctions, CustomFunctionsError } = require("../test/stubs/custom-functions.js");

/** Map of upper-case id → function, as associated by the bundle at `file`. */
function loadFunctions(file = path.join(__dirname, "..", "dist", "functions.js")) {
  const code = fs.readFileSync(file, "utf8");
  const CustomFunctions = createCustomFunctions();
  // The shared runtime also offers Office; the functions code may wait for it to be ready.
  const Office = { onReady: (cb) => Promise.resolve({ host: "Excel" }).then(cb), actions: { associate() {} } };
  const wrapped = `(function (CustomFunctions, Office, self, window) {\n${code}\n})`;
  const run = vm.runInThisContext(wrapped, { filename: file });
  run.call(globalThis, CustomFunctions, Office, globalThis, globalThis);
  return CustomFunctions.associations;
}

module.exports = { loadFunctions, CustomFunctionsError };
