/**
 * The samples of the year in view (issue 16), written by make-samples.js into assets/samples/nam/:
 * - theo-thang-2021.xlsx: the officer table of bang-chap-hanh-vien.xlsx month by month, one sheet per
 *   month "T10-2020" … "T8-2021", each cumulative from 1/10/2020 and titled with its period; August
 *   holds exactly the figures of bang-chap-hanh-vien.xlsx.
 * - cung-ky-2020.xlsx: the same office's table of the same period last year (11 tháng năm 2020):
 *   Đặng Thị Lan is not in it (new this year), Bùi Quang Minh is (gone this year).
 * Month k's figures come from August's by fixed shares (below), rounded: deterministic.
 */

const CATEGORIES = ["carriedOver", "newlyAccepted", "notEligible", "completed", "terminated"];
/** Share of August's figure reached at month k of 11: accepted grow evenly, completions speed up. */
const SHARE = {
  carriedOver: () => 1,
  newlyAccepted: (k) => k / 11,
  notEligible: (k) => 0.5 + (0.5 * k) / 11,
  completed: (k) => Math.pow(k / 11, 1.15),
  terminated: (k) => k / 11,
};

const pad = (n) => String(n).padStart(2, "0");
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Month k (1 = October 2020) of statistical year 2021: its calendar month, year and period text. */
function monthOf(k) {
  const month = k <= 3 ? k + 9 : k - 3;
  const year = k <= 3 ? 2020 : 2021;
  const end = `${pad(daysIn(year, month))}/${pad(month)}/${year}`;
  return { month, year, sheet: `T${month}-${year}`, periodText: `${k} tháng năm 2021 (từ ngày 01/10/2020 đến ngày ${end})` };
}

function scaled(figures, k) {
  const out = {};
  for (const c of CATEGORIES) out[c] = Math.round(figures[c] * SHARE[c](k));
  return out;
}

/** The same period last year: this year's officers but Lan, with other figures, and Bùi Quang Minh. */
function lastYearMembers(members, m) {
  const before = members
    .filter((x) => x.name !== "Đặng Thị Lan")
    .map((x, i) => ({
      name: x.name,
      cases: { ...x.cases, newlyAccepted: x.cases.newlyAccepted - 6 + i, completed: x.cases.completed - 9 + 2 * i },
      money: { ...x.money, completed: Math.round(x.money.completed * (0.9 + 0.03 * i)) },
    }));
  return [...before, m("Bùi Quang Minh", [40, 110, 35, 82, 5], [11200000, 8100000, 8900000, 4300000, 150000])];
}

/** Writes the year's samples with make-samples.js's helpers; `save(workbook, relativePath)`. */
async function makeYearSamples(save, { OFFICER_TABLE, m, newWorkbook, writeStatTable }) {
  const book = newWorkbook();
  for (let k = 1; k <= 11; k++) {
    const { sheet, periodText } = monthOf(k);
    const members = OFFICER_TABLE.members.map((x) => ({ name: x.name, cases: scaled(x.cases, k), money: scaled(x.money, k) }));
    writeStatTable(book.addWorksheet(sheet), { ...OFFICER_TABLE, periodText, members, textCells: [] }, { numbering: "(n)" });
  }
  await save(book, "nam/theo-thang-2021.xlsx");
  const previous = newWorkbook();
  const spec = {
    ...OFFICER_TABLE,
    periodText: "11 tháng năm 2020 (từ ngày 01/10/2019 đến ngày 31/08/2020)",
    members: lastYearMembers(OFFICER_TABLE.members, m),
    textCells: [],
  };
  writeStatTable(previous.addWorksheet("Biểu 04"), spec, { numbering: "(n)" });
  await save(previous, "nam/cung-ky-2020.xlsx");
}

module.exports = { makeYearSamples, monthOf, SHARE };
