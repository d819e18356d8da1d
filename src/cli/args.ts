/**
 * The command line of `thads`: parsed and checked before any file is opened, so that wrong usage
 * (exit status 2) is told apart from problems in the files (exit status 1).
 */
import { parseArgs } from "util";
import { readFraction } from "../core/coerce";
import { parseRange, type CellRange } from "../core/address";
import { isError } from "../core/errors";
import { clean } from "../core/numbers";
import { CivilDate, lastCompleteMonthEnd, parseDateText } from "../core/periods";
import type { ReportOptions } from "../core/report/options";
import type { MoneyUnit } from "../core/table/model";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";

export interface ReportCommand {
  /** "trend": the year month by month (cli/trend.ts), from the same options but the date */
  command: "report" | "trend";
  files: string[];
  reportDate: CivilDate;
  /** --date given: else a table's title period decides the date (cli/source.ts), the last month's end otherwise */
  dateGiven: boolean;
  targets: { cases: number; money: number };
  sheet?: string;
  out?: string;
  office?: string;
  force: boolean;
  json: boolean;
  lang: Lang;
  countTerminatedMoney: boolean;
  /** --money-unit: the unit of the sources' money over the one recognised */
  moneyUnit?: MoneyUnit;
  /** the file(s) of the same period last year, put together as `files` are (cli/compare.ts); --compare repeated */
  compare?: string[];
  /** --skip-hidden: hidden and filtered rows left out (else counted, as SUM counts them) */
  skipHidden: boolean;
  /** --range A20:T40: only this range of the sheet is read (its second table) */
  range?: CellRange;
  /** the day the command runs on (THADS_TODAY in tests): dates long ago or ahead are warned about */
  today: CivilDate;
}

export type Command = ReportCommand | { command: "help"; lang: Lang };

/** Wrong usage: the message and the language the usage text should be shown in. */
export class UsageError extends Error {
  constructor(message: string, readonly lang: Lang) {
    super(message);
  }
}

const OPTIONS = {
  date: { type: "string" },
  "target-cases": { type: "string" },
  "target-money": { type: "string" },
  sheet: { type: "string" },
  out: { type: "string", short: "o" },
  office: { type: "string" },
  force: { type: "boolean" },
  json: { type: "boolean" },
  lang: { type: "string" },
  "exclude-terminated-money": { type: "boolean" },
  compare: { type: "string", multiple: true },
  "money-unit": { type: "string" },
  "skip-hidden": { type: "boolean" },
  range: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The language asked for, looked up before full parsing so that even usage errors use it. */
function langAsked(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "vi";
  const value = argv[i].includes("=") ? argv[i].slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "vi";
}

export function parseCommand(argv: string[], today: CivilDate): Command {
  const lang = langAsked(argv);
  const t = words(lang).cli;
  const fail = (what: string): never => {
    throw new UsageError(t.usageError(what), lang);
  };
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // Node names the option in its (English) message: "Unknown option '--x'", "Option '--date <value>' argument missing".
    const code = (err as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(String((err as Error).message))?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return fail(t.unknownOption(option));
    const known = OPTIONS[option.replace(/^--/, "") as keyof typeof OPTIONS];
    return fail(known?.type === "boolean" ? t.optionTakesNoValue(option) : t.optionNeedsValue(option));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", lang };
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en") fail(t.badLang(values.lang));
  const [command, ...files] = positionals;
  if (command === undefined) return fail(t.noCommand);
  if (command !== "report" && command !== "trend") return fail(t.unknownCommand(command));
  if (files.length === 0) fail(t.noFiles);

  const target = (flag: "target-cases" | "target-money"): number => {
    const text = values[flag];
    if (text === undefined) return fail(t.missingTarget(`--${flag}`));
    // The core's one reader of rates: 81,5 · 81.5 · 81,5% · 0,815 · 0.815 are all 81,5%.
    const fraction = readFraction(text, `--${flag}`);
    return isError(fraction) ? fail(t.badTarget(`--${flag}`, text)) : clean(fraction);
  };
  const targets = { cases: target("target-cases"), money: target("target-money") };

  let reportDate = lastCompleteMonthEnd(today);
  if (values.date !== undefined) {
    const d = parseDateText(values.date);
    if (!d) fail(t.badDate(values.date));
    reportDate = d!;
  }
  if (values.json && values.out !== undefined) fail(t.jsonWithOut);
  const moneyUnit = values["money-unit"];
  if (moneyUnit !== undefined && moneyUnit !== "dong" && moneyUnit !== "thousand") fail(t.badMoneyUnit(moneyUnit));
  const year = words(lang).year;
  if (values.compare !== undefined && command !== "report") fail(year.compareNotTrend);

  const result: ReportCommand = {
    command,
    files,
    reportDate,
    dateGiven: values.date !== undefined,
    targets,
    force: values.force ?? false,
    json: values.json ?? false,
    lang,
    countTerminatedMoney: !values["exclude-terminated-money"],
    skipHidden: values["skip-hidden"] ?? false,
    today,
  };
  if (values.sheet !== undefined) result.sheet = values.sheet;
  if (values.out !== undefined) result.out = values.out;
  if (values.office !== undefined) result.office = values.office;
  if (values.compare !== undefined) result.compare = values.compare;
  if (values.range !== undefined) result.range = parseRange(values.range) ?? fail(t.badRange(values.range));
  if (moneyUnit !== undefined) result.moneyUnit = moneyUnit as MoneyUnit;
  return result;
}

/** The report options the command asks for. */
export function reportOptionsOf(cmd: ReportCommand): ReportOptions {
  const { reportDate, targets, lang, countTerminatedMoney, today } = cmd;
  return { reportDate, targets, lang, countTerminatedMoney, today, ...(cmd.office !== undefined ? { office: cmd.office } : {}) };
}
