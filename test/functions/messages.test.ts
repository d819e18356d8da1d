/**
 * The custom functions render their problems from a few areas of the Vietnamese catalogue only
 * (src/i18n/vietnamese.ts), to keep functions.js small. Every problem code named in a module of the
 * functions bundle (src/functions/functions.ts and what it imports, followed here through the
 * source) must render there, exactly as the whole catalogue renders it.
 */
import * as fs from "fs";
import * as path from "path";
import { vi } from "../../src/i18n/vi";
import { renderProblem } from "../../src/i18n/problem";
import { renderVietnamese } from "../../src/i18n/vietnamese";
import { examples as functions } from "../i18n/examples/functions";
import { examples as encoding } from "../i18n/examples/encoding";
import { examples as register } from "../i18n/examples/register";
import { examples as common } from "../i18n/examples/common";
import { examples as table } from "../i18n/examples/table";

const SRC = path.join(__dirname, "..", "..", "src");
const EXAMPLES: Record<string, unknown> = { ...common, ...table, ...register, ...functions, ...encoding };

/** The source files a module imports (relative imports of values, not of types only), transitively. */
function importedFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    for (const [, spec] of text.matchAll(/^(?:import|export) (?!type )[^;]*?from "(\.[^"]+)"/gm)) {
      const base = path.resolve(path.dirname(file), spec);
      const found = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
      if (found) visit(found);
    }
  };
  visit(entry);
  return [...seen];
}

describe("the functions' messages", () => {
  const files = importedFiles(path.join(SRC, "functions", "functions.ts")).filter((f) => !f.includes(`${path.sep}i18n${path.sep}`));
  const codes = [...new Set(files.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/"([a-z]+[A-Z]\w+)"/g)].map((m) => m[1])))].filter(
    (code) => code in vi.problems,
  );

  it("are found in the bundle's modules (the rates', the arguments', a status category's, an encoding's)", () => {
    expect(files.map((f) => path.relative(SRC, f))).toEqual(expect.arrayContaining(["core/rates.ts", "core/coerce.ts", "core/register/status.ts"]));
    expect(codes).toEqual(expect.arrayContaining(["functionsDoneAboveEligible", "functionsNotAFraction", "registerUnknownCategory", "encodingUnknownName"]));
  });

  it("each render as the whole Vietnamese catalogue renders it", () => {
    const missing = codes.filter((code) => !(code in EXAMPLES));
    expect(missing).toEqual([]);
    for (const code of codes) {
      const p = { code, params: EXAMPLES[code] } as Parameters<typeof renderVietnamese>[0];
      expect([code, renderVietnamese(p)]).toEqual([code, renderProblem(p, "vi")]);
    }
  });
});
