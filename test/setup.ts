// CustomFunctions exists only inside Excel; tests that load the functions code get a recording stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createCustomFunctions } = require("./stubs/custom-functions.js");
(globalThis as any).CustomFunctions = createCustomFunctions();
