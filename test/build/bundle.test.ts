/**
 * The shipped dist/functions.js, loaded the way Excel loads it: the script runs once in a fresh
 * JavaScript realm that offers nothing but `CustomFunctions`, and the functions are whatever it hands
 * to `CustomFunctions.associate(id, fn)`. Each function is then called by its id with arguments shaped
 * as Excel shapes them from functions.json: a matrix parameter gets a 2-D array (one cell is [[x]]),
 * an omitted optional argument is null, and the arrays belong to the script's realm.
 * Expected values are worked out by hand in the comments.
 */
import * as vm from "vm";
import * as zlib from "zlib";
import { FUNCTION_IDS, distFile, distText, functionsMetadata } from "./dist";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createCustomFunctions, CustomFunctionsError } = require("../stubs/custom-functions.js") as {
  createCustomFunctions: () => { associated: string[]; associations: Map<string, Function> };
  CustomFunctionsError: new (code: string, message?: string) => Error & { code: string };
};

interface Loaded {
  associated: string[];
  functions: Map<string, Function>;
  /** JSON.parse of the bundle's realm: arguments built with it are that realm's own arrays. */
  parseInRealm: (json: string) => unknown;
}

function loadBundle(): Loaded {
  const CustomFunctions = createCustomFunctions();
  const realm = vm.createContext({ CustomFunctions });
  vm.runInContext(distText("functions.js"), realm, { filename: "dist/functions.js" });
  const { associated, associations: functions } = CustomFunctions;
  return { associated, functions, parseInRealm: vm.runInContext("JSON.parse", realm) };
}

type Outcome = { value: unknown } | { error: string; message: string };

let bundle: Loaded;
const parameters = new Map(functionsMetadata().map((f) => [f.id, f.parameters]));

beforeAll(() => {
  bundle = loadBundle();
});

/** THADS.<id>(...args) as Excel evaluates it: the value, or the Excel error thrown or returned. */
async function call(id: string, ...args: unknown[]): Promise<Outcome> {
  const fn = bundle.functions.get(id);
  const params = parameters.get(id);
  if (!fn || !params) throw new Error(`THADS.${id} is not in the bundle or in functions.json`);
  if (args.length > params.length) throw new Error(`THADS.${id} takes ${params.length} arguments`);
  const shaped = params.map((p, i) => {
    const arg = args[i] === undefined ? null : args[i];
    return p.dimensionality === "matrix" && arg !== null && !Array.isArray(arg) ? [[arg]] : arg;
  });
  const realmArgs = bundle.parseInRealm(JSON.stringify(shaped)) as unknown[];
  try {
    const value = await fn(...realmArgs);
    if (value instanceof CustomFunctionsError) return { error: value.code, message: value.message };
    return { value };
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { error: e.code, message: e.message };
    throw e;
  }
}

async function value(id: string, ...args: unknown[]): Promise<unknown> {
  const outcome = await call(id, ...args);
  if ("error" in outcome) throw new Error(`THADS.${id} gave ${outcome.error}: ${outcome.message}`);
  return outcome.value;
}

describe("dist/functions.js in a realm with only CustomFunctions", () => {
  it("associates every THADS id exactly once, each with a function", () => {
    expect([...bundle.associated].sort()).toEqual([...FUNCTION_IDS].sort());
    for (const id of FUNCTION_IDS) expect(typeof bundle.functions.get(id)).toBe("function");
  });

  it("stays within 20 KB gzipped", () => {
    expect(zlib.gzipSync(distFile("functions.js")).length).toBeLessThanOrEqual(20 * 1024);
  });
});

describe("RATE", () => {
  it("(done + terminated) ÷ eligible as a fraction", async () => {
    expect(await value("RATE", 70, 100, 7)).toBeCloseTo(0.77, 12); // (70 + 7) / 100
    expect(await value("RATE", 7714, 10000)).toBeCloseTo(0.7714, 12); // DOMAIN.md: 77,14%
  });

  it("sums ranges, blanks as 0", async () => {
    // (30 + 40) / (60 + 40) = 0,7
    expect(await value("RATE", [[30], [null], [40]], [[60, 40]])).toBeCloseTo(0.7, 12);
  });

  it("gives #DIV/0! for eligible 0 and #VALUE! naming the argument and the value for text", async () => {
    expect(await call("RATE", 0, 0)).toEqual({ error: "#DIV/0!", message: "" }); // Excel shows no message on #DIV/0!
    const bad = await call("RATE", "abc", 100);
    expect(bad).toMatchObject({ error: "#VALUE!" });
    expect((bad as { message: string }).message).toMatch(/done/);
    expect((bad as { message: string }).message).toMatch(/abc/);
  });

  it("refuses done + terminated above eligible", async () => {
    expect(await call("RATE", 80, 100, 30)).toMatchObject({ error: "#VALUE!" }); // 110 > 100
  });
});

describe("GAP", () => {
  it("target − rate, fractions or percent numbers", async () => {
    expect(await value("GAP", 0.7714, 0.815)).toBeCloseTo(0.0436, 10); // 81,5% − 77,14%
    expect(await value("GAP", 77.14, 81.5)).toBeCloseTo(0.0436, 10);
    expect(await value("GAP", 0.9, 0.8)).toBeCloseTo(-0.1, 10); // exceeded: negative
  });
});

describe("NEEDED", () => {
  it("the smallest whole number that reaches the target", async () => {
    expect(await value("NEEDED", 0, 100, 0.07)).toBe(7); // 7/100 = 7%, exactly: not 8
    expect(await value("NEEDED", 70, 100, 81.5)).toBe(12); // 70 + 11,5 → 12
    expect(await value("NEEDED", 70, 100, 0.815, 7)).toBe(5); // 77 + 4,5 → 5
    expect(await value("NEEDED", 90, 100, 0.8)).toBe(0); // already there
  });
});

describe("STATUS", () => {
  it("Đạt at or above the target, else Chưa đạt", async () => {
    expect(await value("STATUS", 0.815, 0.815)).toBe("Đạt");
    expect(await value("STATUS", 81.5, 0.815)).toBe("Đạt"); // 81,5 is 81,5%
    expect(await value("STATUS", 0.8, 81.5)).toBe("Chưa đạt");
  });
});

describe("BACKLOG", () => {
  it("mustEnforce − done − terminated", async () => {
    expect(await value("BACKLOG", 100, 70, 7)).toBe(23);
    expect(await value("BACKLOG", 100, 70)).toBe(30);
    expect(await value("BACKLOG", [[60], [40]], [[50], [20]])).toBe(30); // 100 − 70
  });
});

describe("PERIOD, FISCALYEAR, PERIODLABEL", () => {
  // Serials (1900 system): 44105 = 01/10/2020, 44104 = 30/09/2020, 44439 = 31/08/2021, 44469 = 30/09/2021.
  it("PERIOD counts months from October", async () => {
    expect(await value("PERIOD", 44439)).toBe(11);
    expect(await value("PERIOD", 44105)).toBe(1);
    expect(await value("PERIOD", 44104)).toBe(12);
    expect(await value("PERIOD", "31/08/2021")).toBe(11); // text, day first
  });

  it("FISCALYEAR runs from 1 October to 30 September", async () => {
    expect(await value("FISCALYEAR", 44105)).toBe(2021);
    expect(await value("FISCALYEAR", 44469)).toBe(2021);
    expect(await value("FISCALYEAR", 44104)).toBe(2020);
  });

  it("PERIODLABEL names the period ending with the date's month", async () => {
    const label = "11 tháng năm 2021 (01/10/2020 – 31/08/2021)";
    expect(await value("PERIODLABEL", 44439)).toBe(label);
    expect(await value("PERIODLABEL", 44430)).toBe(label); // 22/08/2021: same month
  });

  it("an unreadable date is #VALUE!", async () => {
    expect(await call("PERIOD", "không phải ngày")).toMatchObject({ error: "#VALUE!" });
  });
});

describe("SUMMARY", () => {
  it("writes the sentence of the published report", async () => {
    expect(await value("SUMMARY", 0.7714, 0.815, 0.4666, 0.48, 11)).toBe(
      "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) " +
        "và đạt tỷ lệ 46,66%/48% về giá trị (còn thiếu 1,34%).",
    );
  });

  it('says "vượt" where a target is exceeded', async () => {
    const sentence = (await value("SUMMARY", 0.85, 0.815, 0.5, 0.48, 12)) as string;
    expect(sentence).toContain("85%/81,5%");
    expect(sentence).toContain("vượt 3,5%"); // 85 − 81,5
    expect(sentence).toContain("vượt 2%"); // 50 − 48
  });
});

describe("WORDS", () => {
  it("the amount in Vietnamese words, in đồng or in nghìn đồng", async () => {
    const words = "Một triệu không trăm linh năm nghìn đồng";
    expect(await value("WORDS", 1005000)).toBe(words);
    expect(await value("WORDS", 1005, true)).toBe(words);
  });
});

describe("COUNT", () => {
  it("counts the status cells of one category", async () => {
    const statuses = [["Thi hành xong"], ["Đình chỉ"], ["Xong"], [null], ["Đang thi hành"]];
    expect(await value("COUNT", statuses, "xong")).toBe(2);
    expect(await value("COUNT", statuses, "đình chỉ")).toBe(1);
  });
});

describe("UNICODE", () => {
  it("reads TCVN3 and VNI cells of a range in Unicode, the same shape back", async () => {
    const range = [
      ["Cã ®iÒu kiÖn thi hµnh", "Ñình chæ"],
      ["Thi hành xong", 42],
      [null, "Nguyeãn Vaên An"],
    ];
    expect(await value("UNICODE", range)).toEqual([
      ["Có điều kiện thi hành", "Đình chỉ"],
      ["Thi hành xong", 42],
      ["", "Nguyễn Văn An"],
    ]);
    expect(await value("UNICODE", "§×nh chØ", "TCVN3")).toEqual([["Đình chỉ"]]);
    expect(await value("UNICODE", "Cã", "tcvn3")).toEqual([["Có"]]);
  });

  it("gives #VALUE! naming the encoding argument for an unknown encoding", async () => {
    const bad = await call("UNICODE", "Cã", "ABC");
    expect(bad).toMatchObject({ error: "#VALUE!" });
    expect((bad as { message: string }).message).toBe('Đối số encoding (bảng mã): "ABC" không phải là "TCVN3" hoặc "VNI".');
  });
});
