/**
 * The THADS functions inside a real spreadsheet engine: HyperFormula evaluates formulas over ranges
 * of cells (blanks, text, numbers stored as text), and the plugin below hands each function its
 * arguments the way Excel does, as read from the same metadata Excel reads (functions.json generated
 * from the JSDoc of src/functions/functions.ts):
 * - a "matrix" parameter gets a 2-D array of cell values (a single value becomes [[value]]),
 *   blank cells as "";
 * - a scalar parameter gets the value (a blank cell as null); a range given to it is spread over
 *   the result by the engine, as Excel does;
 * - an omitted optional argument is null;
 * - a thrown CustomFunctions.Error becomes the engine's error of the same code, with its message.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  ArraySize,
} from "hyperformula";
import * as thads from "../../src/functions/functions";

interface ParameterMetadata {
  name: string;
  dimensionality?: "matrix";
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
  result?: { dimensionality?: "matrix" };
}

const EXCEL_TO_ENGINE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

/** One cell value as Excel hands it to a custom function. */
function excelCell(v: unknown, blank: "" | null): unknown {
  if (v === EmptyValue || v === undefined) return blank;
  if (v instanceof CellError) throw v;
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number") {
    return (v as { val: number }).val; // the engine's dates, percents and currencies are plain numbers in Excel
  }
  return v;
}

function excelArgument(v: unknown, matrix: boolean): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map((cell) => excelCell(cell, "")));
  return matrix ? [[excelCell(v, "")]] : excelCell(v, null);
}

/** A HyperFormula plugin with one method per THADS function, built from functions.json. */
function thadsPlugin(metadata: FunctionMetadata[], implementations: Record<string, Function>) {
  class ThadsPlugin extends FunctionPlugin {}
  const plugin = ThadsPlugin as unknown as {
    implementedFunctions: Record<string, unknown>;
    prototype: Record<string, unknown>;
  };
  plugin.implementedFunctions = {};
  const names: Record<string, string> = {};
  for (const f of metadata) {
    const id = `THADS.${f.id}`;
    const method = `thads${f.id}`;
    names[id] = id;
    // A function returning a range (THADS.UNICODE) spills the shape of its first argument.
    const spills = f.result?.dimensionality === "matrix";
    plugin.implementedFunctions[id] = {
      method,
      ...(spills ? { sizeOfResultArrayMethod: `${method}Size`, vectorizationForbidden: true } : {}),
      parameters: f.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
        optionalArg: p.optional === true,
      })),
    };
    const implementation = implementations[f.id];
    plugin.prototype[method] = function (this: any, ast: any, state: any) {
      return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) => {
        try {
          const excelArgs = f.parameters.map((p, i) =>
            args[i] === undefined ? null : excelArgument(args[i], p.dimensionality === "matrix"),
          );
          const result = implementation(...excelArgs);
          return spills ? SimpleRangeValue.onlyValues(result) : result;
        } catch (e) {
          if (e instanceof CellError) return e;
          if (e instanceof CustomFunctions.Error) return new CellError(EXCEL_TO_ENGINE[e.code], e.message);
          throw e; // a raw exception fails the test
        }
      });
    };
    plugin.prototype[`${method}Size`] = function (this: any, ast: any, state: any) {
      if (ast.args.length === 0) return ArraySize.error();
      const { width, height } = this.arraySizeForAst(ast.args[0], state);
      return new ArraySize(width, height);
    };
  }
  return { plugin: ThadsPlugin, translations: { enGB: names } };
}

let registered: { plugin: typeof FunctionPlugin; ids: string[] } | undefined;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(["src/functions/functions.ts"], true);
  expect(generated.errors).toEqual([]);
  const metadata: FunctionMetadata[] = JSON.parse(generated.metadataJson).functions;
  const implementations: Record<string, Function> = {};
  for (const a of generated.associate) implementations[a.id] = (thads as Record<string, Function>)[a.functionName];
  const { plugin, translations } = thadsPlugin(metadata, implementations);
  HyperFormula.registerFunctionPlugin(plugin as any, translations);
  registered = { plugin: plugin as any, ids: metadata.map((f) => f.id) };
});

afterAll(() => {
  if (registered) HyperFormula.unregisterFunctionPlugin(registered.plugin as any);
});

/** Builds a sheet and reads back the value of every formula by its address. */
function evaluate(sheet: unknown[][], formulas: Record<string, string>): Record<string, unknown> {
  const cells = sheet.map((row) => [...row]);
  const addresses = Object.keys(formulas);
  addresses.forEach((address, i) => {
    // formulas go in column K, one per row, so that they never fall inside the data ranges
    cells[i] = cells[i] ?? [];
    cells[i][10] = formulas[address];
  });
  const hf = HyperFormula.buildFromArray(cells as any, { licenseKey: "gpl-v3" });
  const out: Record<string, unknown> = {};
  addresses.forEach((address, i) => {
    out[address] = hf.getCellValue({ sheet: 0, col: 10, row: i });
  });
  hf.destroy();
  return out;
}

function expectError(v: unknown, type: ErrorType, ...parts: string[]) {
  expect(v).toBeInstanceOf(DetailedCellError);
  const e = v as DetailedCellError;
  expect(e.type).toBe(type);
  for (const part of parts) expect(e.message).toContain(part);
}

// A small statistics block with the blanks and text of real workbooks. A text cell is written with a
// leading apostrophe so that the engine keeps it as text (a number stored as text, as Excel shows it).
//            A done        B eligible  C terminated  D blank  E text     F status         G date
const SHEET: unknown[][] = [
  [40, 1000, null, null, 5, "Xong", "31/08/2021"],
  [null, "'500", 75, null, "abc", "Đình chỉ", "'29/02/2021"],
  ["'1.000", null, "-", null, 6, "", "'01/10/2020"],
  [10, "", null, null, null, "TH xong", 44469],
  [null, null, null, null, null, "Đang thi hành", null],
  [null, null, null, null, null, "Chưa có ĐK", null],
];
// done = 40 + 1.000 + 10 = 1.050; eligible = 1.000 + 500 = 1.500; terminated = 75 ("-" is empty)

describe("THADS functions in HyperFormula", () => {
  it("registers exactly the functions of the metadata", () => {
    expect(registered?.ids.sort()).toEqual(
      ["BACKLOG", "COUNT", "FISCALYEAR", "GAP", "NEEDED", "PERIOD", "PERIODLABEL", "RATE", "STATUS", "SUMMARY", "UNICODE", "WORDS"].sort(),
    );
  });

  it("computes rates, gaps and needs over ranges with blanks and text", () => {
    const v = evaluate(SHEET, {
      rate: "=THADS.RATE(A1:A6,B1:B6,C1:C6)", // (1.050 + 75) ÷ 1.500
      rateNoTerminated: "=THADS.RATE(A1:A6,B1:B6)", // 1.050 ÷ 1.500
      rateEmptyOptional: "=THADS.RATE(A1:A6,B1:B6,)",
      rateTimes100: "=THADS.RATE(A1:A6,B1:B6,C1:C6)*100",
      scalars: "=THADS.RATE(7714,10000)",
      gap: "=THADS.GAP(THADS.RATE(A1:A6,B1:B6,C1:C6),81.5)", // 0,815 − 0,75
      gapPercent: "=THADS.GAP(77.14%,81.5%)", // DOMAIN.md
      gapText: '=THADS.GAP("46,66%","48")',
      needed: "=THADS.NEEDED(A1:A6,B1:B6,81.5%,C1:C6)", // 0,815 × 1.500 = 1.222,5 → 1.223 − 1.125
      needed7: "=THADS.NEEDED(0,100,7%)",
      status: '=THADS.STATUS(THADS.RATE(A1:A6,B1:B6,C1:C6),"81,5%")',
      statusMet: "=THADS.STATUS(0.75,75)",
      backlog: "=THADS.BACKLOG(2000,A1:A6,C1:C6)", // 2.000 − 1.125
    });
    expect(v.rate).toBeCloseTo(0.75, 12);
    expect(v.rateNoTerminated).toBeCloseTo(0.7, 12);
    expect(v.rateEmptyOptional).toBeCloseTo(0.7, 12);
    expect(v.rateTimes100).toBeCloseTo(75, 10);
    expect(v.scalars).toBeCloseTo(0.7714, 12);
    expect(v.gap).toBeCloseTo(0.065, 12);
    expect(v.gapPercent).toBeCloseTo(0.0436, 12);
    expect(v.gapText).toBeCloseTo(0.0134, 12);
    expect(v.needed).toBe(98);
    expect(v.needed7).toBe(7);
    expect(v.status).toBe("Chưa đạt");
    expect(v.statusMet).toBe("Đạt");
    expect(v.backlog).toBe(875);
  });

  it("turns bad input into #VALUE! with the Vietnamese message, and eligible 0 into #DIV/0!", () => {
    const v = evaluate(SHEET, {
      textInRange: "=THADS.RATE(E1:E3,B1:B6)",
      blankEligible: "=THADS.RATE(D1:D6,D1:D6)", // nothing done of nothing eligible
      tooMany: "=THADS.RATE(A1:A6,100)",
      badTarget: "=THADS.NEEDED(A1:A6,B1:B6,150)",
      negative: "=THADS.BACKLOG(100,-5)",
      badDate: "=THADS.PERIOD(G2)",
    });
    expectError(v.textInRange, ErrorType.VALUE, "done", '"abc"', "dòng 2 cột 1");
    expectError(v.blankEligible, ErrorType.DIV_BY_ZERO);
    expectError(v.tooMany, ErrorType.VALUE, "(1.050)", "(100)");
    expectError(v.badTarget, ErrorType.VALUE, "target", "150", "0..100%");
    expectError(v.negative, ErrorType.VALUE, "done", "-5", "âm");
    expectError(v.badDate, ErrorType.VALUE, "date", "29/02/2021");
  });

  it("reads date cells, text dates and serials", () => {
    const v = evaluate(SHEET, {
      dateCell: "=THADS.PERIOD(G1)", // the engine stores 31/08/2021 as a date, i.e. serial 44439
      textDate: "=THADS.PERIOD(G3)",
      serialCell: "=THADS.FISCALYEAR(G4)", // 44469 = 30/09/2021
      nextYear: "=THADS.FISCALYEAR(G4+1)",
      label: "=THADS.PERIODLABEL(G1)",
      labelText: '=THADS.PERIODLABEL("31/03/2021")',
      blank: "=THADS.PERIOD(G5)",
    });
    expect(v.dateCell).toBe(11);
    expect(v.textDate).toBe(1);
    expect(v.serialCell).toBe(2021);
    expect(v.nextYear).toBe(2022);
    expect(v.label).toBe("11 tháng năm 2021 (01/10/2020 – 31/08/2021)");
    expect(v.labelText).toBe("6 tháng năm 2021 (01/10/2020 – 31/03/2021)");
    expectError(v.blank, ErrorType.VALUE, "date", "trống");
  });

  it("writes the summary sentence and money in words", () => {
    const v = evaluate(SHEET, {
      summary: '=THADS.SUMMARY(0.7714,81.5%,"46,66%",48,11)',
      summaryNoMonths: "=THADS.SUMMARY(0.85,0.815,0.48,0.48)",
      words: "=THADS.WORDS(1005,TRUE())",
      wordsRange: "=THADS.WORDS(A1:A6)", // 1.050 đồng
      wordsDong: "=THADS.WORDS(1005000)",
    });
    expect(v.summary).toBe(
      "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) " +
        "và đạt tỷ lệ 46,66%/48% về giá trị (còn thiếu 1,34%).",
    );
    expect(v.summaryNoMonths).toBe(
      "Kết quả thi hành án đã đạt tỷ lệ 85%/81,5% về việc (vượt 3,5%) và đạt tỷ lệ 48%/48% về giá trị (đạt chỉ tiêu).",
    );
    expect(v.words).toBe("Một triệu không trăm linh năm nghìn đồng");
    expect(v.wordsRange).toBe("Một nghìn không trăm năm mươi đồng");
    expect(v.wordsDong).toBe("Một triệu không trăm linh năm nghìn đồng");
  });

  it("counts a register's status column over a bounded range, and over a whole column (desktop Excel)", () => {
    const v = evaluate(SHEET, {
      done: '=THADS.COUNT(F1:F6,"xong")', // Xong, TH xong
      eligible: '=THADS.COUNT(F:F,"có điều kiện")', // Xong, Đình chỉ, TH xong, Đang thi hành
      // the register formula of README, bounded as Excel on the web needs (arguments ≤ 5 MB)
      rate: '=THADS.RATE(THADS.COUNT(F1:F5000,"xong")+THADS.COUNT(F1:F5000,"đình chỉ"),THADS.COUNT(F1:F5000,"có điều kiện"))',
      unknown: '=THADS.COUNT(F:F,"không rõ")',
    });
    expect(v.done).toBe(2);
    expect(v.eligible).toBe(4);
    expect(v.rate).toBeCloseTo(0.75, 12);
    expectError(v.unknown, ErrorType.VALUE, "không rõ");
  });
  it("reads a range typed in TCVN3 and VNI in Unicode, spilling the range's shape", () => {
    const sheet = [
      ["Cã ®iÒu kiÖn thi hµnh", "Coù ñieàu kieän thi haønh", 12, "=THADS.UNICODE(A1:C3)", null, null, '=THADS.UNICODE(A1:B1,"VNI")'],
      ["NguyÔn V¨n An", "Nguyeãn Vaên An", null, null, null, null, '=THADS.UNICODE(A1,"ABC")'],
      ["Thi hành xong", "Total", "§×nh chØ", null, null, null, '=THADS.UNICODE("Cã","TCVN3")'],
    ];
    const hf = HyperFormula.buildFromArray(sheet as any, { licenseKey: "gpl-v3" });
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const block = [0, 1, 2].map((r) => [3, 4, 5].map((c) => at(r, c)));
    const spilledVni = [at(0, 6), at(0, 7)];
    const badName = at(1, 6);
    const forced = at(2, 6);
    hf.destroy();
    // Each cell detected on its own; Unicode, English and numbers come back unchanged; blank is "".
    expect(block).toEqual([
      ["Có điều kiện thi hành", "Có điều kiện thi hành", 12],
      ["Nguyễn Văn An", "Nguyễn Văn An", ""],
      ["Thi hành xong", "Total", "Đình chỉ"],
    ]);
    // With the encoding named: a TCVN3 cell that VNI would spoil stays as typed; "Cã" alone is not
    // clear enough to detect, but read as TCVN3 when TCVN3 is named.
    expect(spilledVni).toEqual(["Cã ®iÒu kiÖn thi hµnh", "Có điều kiện thi hành"]);
    expect(forced).toBe("Có");
    expectError(badName, ErrorType.VALUE, "encoding", '"ABC"', "TCVN3", "VNI");
  });
});
