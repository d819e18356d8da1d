import { clean } from "./numbers";
import { Result, div0Error, valueError } from "./errors";
import { formatNumberVi } from "./format";

/** Tỷ lệ thi hành xong: (Thi hành xong + Đình chỉ) ÷ Có điều kiện. Inputs are checked, non-negative. */
export function completionRate(done: number, eligible: number, terminated = 0): Result<number> {
  if (done + terminated > eligible) {
    return valueError(
      `Số thi hành xong + đình chỉ (${formatNumberVi(done + terminated)}) lớn hơn số có điều kiện (${formatNumberVi(eligible)}).`,
    );
  }
  if (eligible === 0) return div0Error("Số có điều kiện thi hành bằng 0: không tính được tỷ lệ.");
  return clean((done + terminated) / eligible);
}

/** Còn thiếu (positive) or vượt (negative): target − rate, as a fraction. */
export function shortfall(rate: number, target: number): number {
  return clean(target - rate);
}

/** Whether a rate reaches its target, ignoring binary noise in either figure. */
export function meetsTarget(rate: number, target: number): boolean {
  return clean(rate) >= clean(target);
}

/** Cần thêm: smallest whole n ≥ 0 with (done + terminated + n) ÷ eligible ≥ target. */
export function neededToTarget(done: number, eligible: number, target: number, terminated = 0): number {
  const required = Math.ceil(clean(target * eligible));
  return Math.max(0, clean(required - done - terminated));
}

/** Đạt / Chưa đạt */
export function statusWord(rate: number, target: number): "Đạt" | "Chưa đạt" {
  return meetsTarget(rate, target) ? "Đạt" : "Chưa đạt";
}

/** Chuyển kỳ sau = Tổng số phải thi hành − (Thi hành xong + Đình chỉ). */
export function backlog(mustEnforce: number, done: number, terminated = 0): Result<number> {
  if (done + terminated > mustEnforce) {
    return valueError(
      `Số thi hành xong + đình chỉ (${formatNumberVi(done + terminated)}) lớn hơn tổng số phải thi hành (${formatNumberVi(mustEnforce)}).`,
    );
  }
  return clean(mustEnforce - done - terminated);
}

/** Cần thêm mỗi tháng còn lại: the remainder spread over the months left in the statistical year. */
export function neededPerMonth(needed: number, monthsRemaining: number): number {
  if (monthsRemaining <= 0) return needed;
  return Math.ceil(clean(needed / monthsRemaining));
}
