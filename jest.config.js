/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/test/setup.ts"],
  moduleNameMapper: {
    // office-addin-manifest pulls an ESM-only dependency that jest cannot import.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts",
  },
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: { warnOnly: false }, isolatedModules: true }] },
  testTimeout: 120000,
};
