import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./limit";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("concurrencyLimit", () => {
  it("runs at most max at once, the others in the order they came", async () => {
    const limited = concurrencyLimit(2);
    let now = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        limited(async () => {
          started.push(i);
          most = Math.max(most, ++now);
          await tick();
          now--;
          return i * 10;
        }),
      ),
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("frees the place of a call that fails, and passes its error on", async () => {
    const limited = concurrencyLimit(1);
    await expect(limited(async () => Promise.reject(new Error("kaputt")))).rejects.toThrow("kaputt");
    expect(
      await limited(async () => {
        throw new Error("wieder");
      }).catch((e: Error) => e.message),
    ).toBe("wieder");
    expect(await limited(async () => "weiter")).toBe("weiter");
  });

  it("refuses a limit that is not a positive whole number", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => concurrencyLimit(bad)).toThrow(RangeError);
  });
});
