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

describe("the argument tables of src/functions/functions.ts and functions.json", () => {
  // Loading the functions registers each one's argument table (test/setup.ts stands in for CustomFunctions).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../../src/functions/functions");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SIGNATURES } = require("../../src/functions/arguments") as typeof import("../../src/functions/arguments");
  /** Kinds read from a range (summed or scanned): Excel must pass them as a matrix. */
  const MATRIX_KINDS = new Set(["count", "amount", "range"]);

  it.each(FUNCTION_IDS)("%s: the same arguments in the same order, optional alike, matrix where the kind reads a range", (id) => {
    const table = SIGNATURES.get(id);
    expect(table).toBeDefined();
    const params = byId.get(id)!.parameters;
    const shown = (name: string, optional: boolean | undefined, matrix: boolean) => `${name}${optional ? "?" : ""}${matrix ? "[]" : ""}`;
    expect(params.map((p) => shown(p.name, p.optional, p.dimensionality === "matrix"))).toEqual(
      table!.map((a) => shown(a.name, a.optional, MATRIX_KINDS.has(a.kind))),
    );
  });
});

describe("what the descriptions tell", () => {
  const described = functions.flatMap((f) => [
    [f.id, f.description ?? ""],
    ...f.parameters.map((p) => [`${f.id}.${p.name}`, p.description ?? ""]),
  ]);

  it("RATE and NEEDED say that eligible 0 gives #DIV/0!", () => {
    for (const id of ["RATE", "NEEDED"]) {
      const eligible = byId.get(id)!.parameters.find((p) => p.name === "eligible");
      expect(`${id}: ${eligible?.description}`).toMatch(/Bằng 0 thì kết quả là #DIV\/0!/);
    }
  });

  it("COUNT's range is a bounded range or a table column, and says why not a whole column", () => {
    const range = byId.get("COUNT")!.parameters[0].description ?? "";
    expect(range).toContain("F7:F5000");
    expect(range).toContain("Bảng1[Trạng thái]");
    expect(range).toMatch(/không dùng cả cột F:F \(Excel trên web từ chối đối số trên 5 MB\)/);
  });

  it("no description offers a whole-column range as an example", () => {
    const offers = described.filter(([, text]) => /ví dụ [A-Z]+:[A-Z]+\b/.test(text));
    expect(offers).toEqual([]);
  });
});
