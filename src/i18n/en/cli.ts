/** English texts of the cli area: the same keys as ../vi/cli.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/cli";

const num = FORMATS.en.number;

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {
  usage: `Usage:
  thads report FILE.xlsx [FILE.xlsx …] --target-cases 81.5 --target-money 48 [options]
  thads report NOW.xlsx [… ] --compare LAST-YEAR.xlsx [--compare …] --target-cases 81.5 --target-money 48 [options]
  thads trend BOOK.xlsx | T10.xlsx T11.xlsx … --target-cases 81.5 --target-money 48 [options]

Builds the civil judgment enforcement results report (completion rate against target) from the
statistics table or case register of .xlsx files, without Excel. Several files: a consolidated
report with one unit per file.

Options:
  --date DATE              report date: 2021-08-31 or 31/08/2021 (default: end of the period
                           the table's title names, else end of last month)
  --target-cases RATE      target by cases: 81.5, 81,5 or 0.815 (required)
  --target-money RATE      target by money: 48, 48% or 0.48 (required)
  --sheet NAME             the sheet holding the table (default: the first one recognised)
  --out FILE.xlsx          the report file (default: "Report 11 months 2021.xlsx" in this directory)
  --force                  overwrite the --out file if it exists
  --office NAME            office name for the title (default: read from the file)
  --exclude-terminated-money  leave terminated money out of the money rate
  --money-unit dong|thousand  the money unit of the table/register: dong or thousand dong (default: as the headers say)
  --compare FILE.xlsx      compare with the same period last year; repeat it for each file of last year (a
                           consolidation is compared with last year's files put together, units matched by name)
  --skip-hidden            leave hidden or filtered rows out (default: counted, as SUM counts them, and listed)
  --range A20:T40          read only this range of the sheet (when a sheet holds two tables)
  --json                   print the report as JSON instead of writing a file
  --lang vi|en             language of the report and messages (default: vi)
  -h, --help               show this help

Exit status: 0 report produced · 1 file or data errors (nothing written) · 2 wrong usage.

Example:
  thads report assets/samples/bang-chap-hanh-vien.xlsx --date 31/08/2021 --target-cases 81.5 --target-money 48
`,
  usageError: (what) => `Wrong usage: ${what}`,
  unknownCommand: (cmd) => `there is no command "${cmd}"; use "thads report …".`,
  noCommand: `missing command; use "thads report …".`,
  noFiles: "missing the .xlsx file(s) to read.",
  unknownOption: (o) => `there is no option ${o}.`,
  optionNeedsValue: (o) => `option ${o} needs a value.`,
  optionTakesNoValue: (o) => `option ${o} takes no value.`,
  missingTarget: (flag) => `missing ${flag} (a target such as 81.5).`,
  badTarget: (flag, v) => `${flag} "${v}" is not a rate between 0 and 100% (type 81.5, 81,5 or 0.815).`,
  badDate: (v) => `--date "${v}" is not a valid date (type 2021-08-31 or 31/08/2021).`,
  badRange: (v) => `--range "${v}" is not a range of cells; write it as A20:T40.`,
  badMoneyUnit: (v) => `--money-unit "${v}" is not available; use dong or thousand.`,
  notesHeading: "Notes:",
  badLang: (v) => `--lang "${v}" is not available; use vi or en.`,
  jsonWithOut: "--json prints the report and cannot be used with --out.",
  notRecognised: (file, reasons) =>
    `"${file}": no statistics table or case register found.` + reasons.map((r) => `\n    ${r}`).join(""),
  opening: (file) => `Opening ${file}`,
  reading: (file) => `Reading ${file}`,
  aggregating: (file) => `Aggregating the register ${file}`,
  errorsHeading: (n) => `The data has ${num(n)} error(s); no report written:`,
  warningsHeading: (n) => `${num(n)} warning(s):`,
  moreWarnings: (n) => `… and ${num(n)} more warning(s) (see --json).`,
  written: (file) => `Report written: ${file}`,
  unclassified: (text, count) => `Status "${text}" (${num(count)} row${count === 1 ? "" : "s"}) is not classified.`,
  unexpected: (m) => `Unexpected error: ${m}`,
};
