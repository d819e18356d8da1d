/**
 * The Vietnamese catalogue: every user-facing text, one file per area. `problems` are what the
 * core reports (codes with parameters), flat so that a code names its message directly; `words`
 * are the texts of each front end and of the report.
 */
import * as cli from "./cli";
import * as common from "./common";
import * as encoding from "./encoding";
import * as excel from "./excel";
import * as files from "./files";
import * as functions from "./functions";
import * as pane from "./pane";
import * as register from "./register";
import * as report from "./report";
import * as table from "./table";
import * as statistics from "./statistics";
import * as web from "./web";
import * as year from "./year";

export const AREAS = { common, table, register, functions, files, report, pane, cli, excel, encoding, year, statistics, web };

export const vi = {
  problems: {
    ...common.problems,
    ...table.problems,
    ...register.problems,
    ...functions.problems,
    ...files.problems,
    ...report.problems,
    ...pane.problems,
    ...cli.problems,
    ...excel.problems,
    ...encoding.problems,
    ...year.problems,
    ...statistics.problems,
    ...web.problems,
  },
  words: {
    common: common.words,
    table: table.words,
    register: register.words,
    functions: functions.words,
    files: files.words,
    report: report.words,
    pane: pane.words,
    cli: cli.words,
    excel: excel.words,
    encoding: encoding.words,
    year: year.words,
    statistics: statistics.words,
    web: web.words,
  },
};

export type Catalogue = typeof vi;
