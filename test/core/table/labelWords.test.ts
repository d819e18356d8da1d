/**
 * What extraction relies on to read labels fast: TOTAL_OR_IN_WHICH_FIRST_WORDS names the first
 * folded word of every total and "Trong đó" label, and normalizeLabel leaves a normalised label as it
 * is (so a label normalised once need not be folded again).
 */
import { isInWhichLabel, normalizeLabel, TOTAL_OR_IN_WHICH_FIRST_WORDS, totalRank } from "../../../src/core/table/labels";
import { foldText } from "../../../src/core/text";

const firstFoldedWord = (text: string) => foldText(text).split(" ")[0];

describe("TOTAL_OR_IN_WHICH_FIRST_WORDS", () => {
  test("holds the first word of each total and Trong đó spelling, TS included", () => {
    const labels = ["Tổng cộng", "TỔNG CỘNG TOÀN TỈNH", "Tổng số", "TS", "Tổng", "Toàn tỉnh", "Toàn đơn vị", "Cộng", "Trong đó:", "Trong số đó"];
    for (const label of labels) {
      expect(totalRank(label) > 0 || isInWhichLabel(label)).toBe(true);
      expect(TOTAL_OR_IN_WHICH_FIRST_WORDS).toContain(firstFoldedWord(label));
    }
    expect([...TOTAL_OR_IN_WHICH_FIRST_WORDS].sort()).toEqual(["cong", "toan", "tong", "trong", "ts"]);
  });

  test("a label starting with any other word is neither a total nor a Trong đó row", () => {
    const words = ["Nguyễn", "Trần", "Tống", "Công", "Đội", "Chi", "Tòa", "Thi", "Trọng", "Tổ", "Cục", "I.", "Phòng"];
    const tails = ["", " cộng", " số", " đó", " tỉnh", " Văn An", " thành phố"];
    for (const word of words) {
      for (const tail of tails) {
        const label = word + tail;
        if (TOTAL_OR_IN_WHICH_FIRST_WORDS.includes(firstFoldedWord(label))) continue;
        expect([label, totalRank(label), isInWhichLabel(label)]).toEqual([label, 0, false]);
      }
    }
  });
});

describe("normalizeLabel of a normalised label", () => {
  test("is the label itself, whatever was folded or spelled out to make it", () => {
    const texts = ["Có ĐK\nthi hành", "  TS phải THA ", "CHI CỤC THADS", "Chỉ tiêu (%)", "Về tiền (1.000 đ)", "tp Hồ Chí Minh", "dk", "co dieu kien", ""];
    for (const text of texts) {
      const label = normalizeLabel(text);
      expect(normalizeLabel(label)).toBe(label);
    }
  });

  test("still spells out abbreviations typed in lower case, and folds what needs folding", () => {
    expect(normalizeLabel("co dk")).toBe("co dieu kien");
    expect(normalizeLabel("ts")).toBe("tong so");
    expect(normalizeLabel("co  dieu kien")).toBe("co dieu kien");
    expect(normalizeLabel("Co dieu kien")).toBe("co dieu kien");
  });

  test("takes a header word that names an object property for a word: constructor is no abbreviation", () => {
    expect(normalizeLabel("Constructor")).toBe("constructor");
  });
});
