import { gapPhrase, summarySentence } from "../../src/core/summary";

describe("summarySentence", () => {
  it("reproduces the published 11-month sentence of DOMAIN.md", () => {
    expect(
      summarySentence({ months: 11, cases: { rate: 0.7714, target: 0.815 }, money: { rate: 0.4666, target: 0.48 } }),
    ).toBe(
      "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) " +
        "và đạt tỷ lệ 46,66%/48% về giá trị (còn thiếu 1,34%).",
    );
  });

  it("writes the same figures in English when asked, with English numbers", () => {
    const published = { months: 11, cases: { rate: 0.7714, target: 0.815 }, money: { rate: 0.4666, target: 0.48 } };
    expect(summarySentence(published, "en")).toBe(
      "Enforcement results over 11 months: 77.14%/81.5% by cases (4.36% short) and 46.66%/48% by value (1.34% short).",
    );
    expect(gapPhrase(0.85, 0.815, "en")).toBe("3.5% over");
    expect(gapPhrase(0.8, 0.8, "en")).toBe("target met");
    expect(gapPhrase(0.81499, 0.815, "en")).toBe("less than 0.01% short"); // both print 81.5
  });

  it("leaves the period out without months", () => {
    expect(summarySentence({ cases: { rate: 0.7714, target: 0.815 }, money: { rate: 0.4666, target: 0.48 } })).toBe(
      "Kết quả thi hành án đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) " +
        "và đạt tỷ lệ 46,66%/48% về giá trị (còn thiếu 1,34%).",
    );
  });

  it("says vượt where a target is exceeded and đạt chỉ tiêu where it is met exactly", () => {
    expect(summarySentence({ months: 6, cases: { rate: 0.85, target: 0.815 }, money: { rate: 0.48, target: 0.48 } })).toBe(
      "Kết quả thi hành án 6 tháng đã đạt tỷ lệ 85%/81,5% về việc (vượt 3,5%) " +
        "và đạt tỷ lệ 48%/48% về giá trị (đạt chỉ tiêu).",
    );
  });

  it("prints 100% and 12 months", () => {
    expect(summarySentence({ months: 12, cases: { rate: 1, target: 0.839 }, money: { rate: 0.5, target: 0.519 } })).toBe(
      "Kết quả thi hành án 12 tháng đã đạt tỷ lệ 100%/83,9% về việc (vượt 16,1%) " +
        "và đạt tỷ lệ 50%/51,9% về giá trị (còn thiếu 1,9%).",
    );
  });
});

describe("gapPhrase", () => {
  it.each([
    [0.7714, 0.815, "còn thiếu 4,36%"],
    [0.4666, 0.48, "còn thiếu 1,34%"],
    [0.85, 0.815, "vượt 3,5%"],
    [0.5, 0.48, "vượt 2%"],
    [0.815, 0.815, "đạt chỉ tiêu"],
    [0, 0, "đạt chỉ tiêu"],
    [0.1 + 0.2, 0.3, "đạt chỉ tiêu"],
    [0.81501, 0.815, "đạt chỉ tiêu"], // prints 81,5%/81,5% and the target is reached
    [0.81499, 0.815, "còn thiếu dưới 0,01%"], // prints 81,5%/81,5% but the target is not reached
    [0.8149, 0.815, "còn thiếu 0,01%"],
    [0.7201, 0.73, "còn thiếu 0,99%"],
    [0, 0.815, "còn thiếu 81,5%"],
  ])("rate %p, target %p → %p", (rate, target, phrase) => {
    expect(gapPhrase(rate, target)).toBe(phrase);
  });

  it("is the difference of the figures as printed, so the sentence adds up", () => {
    // 77,1449% prints 77,14%, 81,5051% prints 81,51%: 81,51 − 77,14 = 4,37
    // (the unrounded gap, 4,3602%, would print 4,36% and not add up).
    expect(summarySentence({ cases: { rate: 0.771449, target: 0.815051 }, money: { rate: 0.48, target: 0.4 } })).toBe(
      "Kết quả thi hành án đã đạt tỷ lệ 77,14%/81,51% về việc (còn thiếu 4,37%) " +
        "và đạt tỷ lệ 48%/40% về giá trị (vượt 8%).",
    );
  });
});
