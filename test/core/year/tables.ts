/**
 * Generated statistics tables for the year tests: this year, the same period last year, and a month by
 * month series. A member's figures are [eligible, completed, terminated] for cases and for money
 * (nghìn đồng); every expected value in the tests is worked out by hand from these numbers.
 */
import type { Member, StatTable } from "../../../src/core/table/model";

export type Triple = [eligible: number, completed: number, terminated: number];
export interface MemberFigures {
  name: string;
  cases: Triple;
  money: Triple;
}

const figures = ([eligible, completed, terminated]: Triple) => ({ eligible, completed, terminated });

export function statTable(members: MemberFigures[], office = "CHI CỤC THADS HUYỆN KIM BẢNG"): StatTable {
  return {
    memberKind: "officer",
    office,
    issues: [],
    members: members.map((m, i): Member => ({ name: m.name, where: `Sheet1!B${7 + i}`, cases: figures(m.cases), money: figures(m.money) })),
  };
}

/**
 * The grid of a statistics table as an office keeps it: office and title lines, a two-level header
 * (Về việc / Về tiền over Có điều kiện thi hành, Thi hành xong, Đình chỉ), one row per officer, Tổng cộng.
 * Members start on grid row 6 (Excel row 7).
 */
export function tableGrid(titles: string[], members: MemberFigures[], office = "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN KIM BẢNG"): unknown[][] {
  const width = 8;
  const line = (text: string) => [text, ...new Array(width - 1).fill("")];
  const sum = (k: "cases" | "money", i: number) => members.reduce((s, m) => s + m[k][i], 0);
  return [
    line(office),
    ...titles.map(line),
    ...new Array(Math.max(0, 3 - titles.length)).fill(null).map(() => line("")),
    ["STT", "Chấp hành viên", "Về việc", "", "", "Về tiền", "", ""],
    ["", "", "Có điều kiện thi hành", "Thi hành xong", "Đình chỉ", "Có điều kiện thi hành", "Thi hành xong", "Đình chỉ"],
    ...members.map((m, i) => [i + 1, m.name, ...m.cases, ...m.money]),
    ["", "Tổng cộng", sum("cases", 0), sum("cases", 1), sum("cases", 2), sum("money", 0), sum("money", 1), sum("money", 2)],
  ];
}

/** This year (11 tháng năm 2021): An, Bình, and Cường who is new this year. */
export const THIS_YEAR: MemberFigures[] = [
  { name: "Nguyễn Văn An", cases: [200, 160, 5], money: [9000, 4000, 200] },
  { name: "Trần Thị Bình", cases: [180, 140, 4], money: [8000, 3000, 234] },
  { name: "Lê Hoàng Cường", cases: [170, 125, 3], money: [7000, 2800, 264] },
];

/** The same period last year (11 tháng năm 2020): An written without diacritics, Bình, and Dung who has left. */
export const LAST_YEAR: MemberFigures[] = [
  { name: "NGUYEN VAN  AN", cases: [190, 150, 2], money: [8500, 3900, 100] },
  { name: "Trần Thị Bình", cases: [175, 120, 6], money: [7600, 2900, 300] },
  { name: "Phạm Thu Dung", cases: [160, 100, 0], money: [6000, 3500, 0] },
];

/**
 * The month by month series of the trend tests: k = 1 (October 2020) … 11 (August 2021), cumulative.
 *   An:   cases eligible 300 + 10k, done 20k (completed, no terminated); money eligible 10000 + 500k, done 300k
 *   Bình: cases eligible 200 + 10k, done 15k + 5·max(0, k − 8);          money eligible 8000 + 400k, done 250k
 * Totals: cases eligible 500 + 20k, done 35k + 5·max(0, k − 8); money eligible 18000 + 900k, done 550k.
 */
export function monthMembers(k: number): MemberFigures[] {
  return [
    { name: "Nguyễn Văn An", cases: [300 + 10 * k, 20 * k, 0], money: [10000 + 500 * k, 300 * k, 0] },
    { name: "Trần Thị Bình", cases: [200 + 10 * k, 15 * k + 5 * Math.max(0, k - 8), 0], money: [8000 + 400 * k, 250 * k, 0] },
  ];
}

/** Calendar month and year of month k of statistical year 2021. */
export const monthOf = (k: number) => ({ month: k <= 3 ? k + 9 : k - 3, year: k <= 3 ? 2020 : 2021 });
