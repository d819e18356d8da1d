/**
 * What the build tests share: where the built add-in is, and reading its files. These tests check
 * dist/ as `npm run build` (production) leaves it; `npm test` builds first.
 */
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** The development address of manifest.xml, which the production build replaces. */
export const DEV_URL = "https://localhost:3000/";

/** A file of dist/, or a clear failure when the build has not run. */
export function distFile(name: string): Buffer {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`dist/${name} is missing: run \`npm run build\` first.`);
  return fs.readFileSync(file);
}

export function distText(name: string): string {
  return distFile(name).toString("utf8");
}

/** The production address the build must have used: ADDIN_URL, else package.json config.addinUrl. */
export function productionUrl(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const url: string = process.env.ADDIN_URL || pkg.config.addinUrl;
  return url.endsWith("/") ? url : `${url}/`;
}

/** The custom-function metadata of dist/functions.json (the subset these tests read). */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result?: { type?: string; dimensionality?: string };
}

export function functionsMetadata(): FunctionMetadata[] {
  return JSON.parse(distText("functions.json")).functions;
}

/** Every function id, as the issue fixes them (permanent once shipped). */
export const FUNCTION_IDS = [
  "RATE",
  "GAP",
  "NEEDED",
  "STATUS",
  "BACKLOG",
  "PERIOD",
  "FISCALYEAR",
  "PERIODLABEL",
  "SUMMARY",
  "WORDS",
  "COUNT",
  "UNICODE",
];
