/**
 * clean's arithmetic shortcuts (magnitudes told by comparison, ties left to toPrecision) against its
 * definition, Number(x.toPrecision(12)) for every fraction, over the values where a shortcut could
 * slip: the neighbours of powers of ten, of twelve-digit ties, and the quotients and differences a
 * report works out. And its idempotence, which the report relies on to clean a rate only once.
 */
import { clean } from "../../src/core/numbers";

/** The doubles k steps of one unit in the last place away from x (same sign), k = -n … n. */
function neighbours(x: number, n: number): number[] {
  const f = new Float64Array(1);
  const bits = new BigInt64Array(f.buffer);
  f[0] = x;
  const at = bits[0];
  const out: number[] = [];
  for (let k = -n; k <= n; k++) {
    bits[0] = at + BigInt(k);
    out.push(f[0]);
  }
  return out;
}

/** A fixed pseudo-random sequence in [0, 1). */
function sequence(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function edgeValues(): number[] {
  const values: number[] = [];
  for (let e = -14; e <= 14; e++) {
    values.push(...neighbours(Number(`1e${e}`), 40));
    // Ties of the twelfth digit (1.000000000005e…, 7.123456789015e…) and around them.
    values.push(...neighbours(Number(`1.000000000005e${e}`), 8), ...neighbours(Number(`7.123456789015e${e}`), 8));
    values.push(...neighbours(Number(`9.999999999995e${e}`), 8), ...neighbours(Number(`9.9999999999995e${e}`), 8));
  }
  const next = sequence(2021);
  for (let i = 0; i < 20000; i++) {
    // Rates and gaps as a report makes them: done ÷ eligible, target − rate.
    const eligible = 1 + Math.floor(next() * 10 ** (1 + Math.floor(next() * 9)));
    const rate = Math.floor(next() * (eligible + 1)) / eligible;
    values.push(rate, 0.815 - rate, 0.48 - rate, rate * 100, (rate * eligible) / 7);
    // Any magnitude, either sign.
    values.push((next() - 0.5) * 10 ** Math.floor(next() * 34 - 17));
  }
  return values.flatMap((x) => [x, -x]).filter((x) => Number.isFinite(x) && !Number.isInteger(x));
}

describe("clean", () => {
  const values = edgeValues();

  test("gives Number(x.toPrecision(12)) for every fraction, near powers of ten and ties included", () => {
    const wrong = values.filter((x) => !Object.is(clean(x), Number(x.toPrecision(12))));
    expect(wrong.map((x) => `${x} → ${clean(x)}, not ${Number(x.toPrecision(12))}`)).toEqual([]);
    expect(values.length).toBeGreaterThan(100000);
  });

  test("is idempotent: a clean value is clean already", () => {
    const moved = values.filter((x) => !Object.is(clean(clean(x)), clean(x)));
    expect(moved).toEqual([]);
  });

  test("keeps whole numbers, zeros and non-finite values as they are", () => {
    for (const x of [0, -0, 7, -7, 2 ** 53, 1e21, 1e300, Infinity, -Infinity]) expect(Object.is(clean(x), x)).toBe(true);
    expect(clean(NaN)).toBeNaN();
  });
});
