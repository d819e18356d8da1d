/**
 * dist/functions.json, generated from the JSDoc of src/functions/functions.ts: what Excel shows
 * while the user types =THADS.… and how it passes the arguments.
 */
import { FUNCTION_IDS, FunctionMetadata, functionsMetadata } from "./dist";

/** The parameters of the function table, in order; optional ones end with "?". */
const SIGNATURES: Record<string, string[]> = {
  RATE: ["done", "eligible", "terminated?"],
  GAP: ["rate", "target"],
  NEEDED: ["done", "eligible", "target", "terminated?"],
  STATUS: ["rate", "target"],
  BACKLOG: ["mustEnforce", "done", "terminated?"],
  PERIOD: ["date"],
  FISCALYEAR: ["date"],
  PERIODLABEL: ["date"],
  SUMMARY: ["caseRate", "caseTarget", "moneyRate", "moneyTarget", "months?"],
  WORDS: ["amount", "inThousands?"],
  UNICODE: ["text", "encoding?"],
};

/** Counts and amounts accept a cell or a range (summed), so Excel must pass them as a matrix. */
const COUNT_PARAMS = new Set(["done", "eligible", "terminated", "mustEnforce", "amount"]);
/** A rate or target is a fraction or a number of percent: each description says so. */
const RATE_PARAMS = new Set(["rate", "target", "caseRate", "caseTarget", "moneyRate", "moneyTarget"]);

const functions = functionsMetadata();
const byId = new Map<string, FunctionMetadata>(functions.map((f) => [f.id, f]));

describe("dist/functions.json", () => {
  it("lists exactly the THADS ids, each once", () => {
    expect(functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it.each(FUNCTION_IDS)("%s: upper-case name equal to its id, described, every parameter described", (id) => {
    const f = byId.get(id)!;
    expect(f.name).toBe(id);
    expect(f.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
    expect(f.description?.trim()).toBeTruthy();
    // Vietnamese first, then a short English gloss after " · " (Excel shows one description only).
    const [vi, en] = (f.description ?? "").split(" · ");
    expect(vi).toMatch(/[àáảãạăâđêôơư]/i);
    expect(en).toMatch(/^[A-Z][\x20-\x7E–÷−]+\.$/);
    expect(f.parameters.length).toBeGreaterThan(0);
    for (const p of f.parameters) expect(`${id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S/);
  });

  it.each(Object.entries(SIGNATURES).map(([id, signature]) => [id, signature.join(", "), signature] as const))(
    "%s(%s): parameters in order, optional ones marked optional",
    (id, _shown, signature) => {
      const params = byId.get(id)!.parameters;
      expect(params.map((p) => (p.optional ? `${p.name}?` : p.name))).toEqual(signature);
    },
  );

  it("COUNT takes a status range and a category, neither optional", () => {
    const params = byId.get("COUNT")!.parameters;
    expect(params).toHaveLength(2);
    expect(params[0].dimensionality).toBe("matrix");
    expect(params.some((p) => p.optional)).toBe(false);
  });

  it("counts and amounts are matrix parameters (a cell or a range); rates, targets and dates are single values", () => {
    for (const f of functions) {
      for (const p of f.parameters) {
        if (COUNT_PARAMS.has(p.name)) expect(`${f.id}.${p.name}: ${p.dimensionality}`).toBe(`${f.id}.${p.name}: matrix`);
        if (RATE_PARAMS.has(p.name) || p.name === "date") {
          expect(`${f.id}.${p.name}: ${p.dimensionality ?? "scalar"}`).toBe(`${f.id}.${p.name}: scalar`);
        }
      }
    }
  });

  it("every rate and target description gives both forms: a fraction (0,…) and a percentage (…%)", () => {
    for (const f of functions) {
      for (const p of f.parameters.filter((p) => RATE_PARAMS.has(p.name))) {
        expect(`${f.id}.${p.name}: ${p.description}`).toMatch(/0,\d/);
        expect(`${f.id}.${p.name}: ${p.description}`).toMatch(/\d%/);
      }
    }
  });
});
