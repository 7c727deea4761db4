import { describe, it, expect } from "vitest";
import { AppError } from "../errors";
import { guardToken, limits } from "./rate-limit";

describe("one-time link guard", () => {
  it("counts only failed tries, then refuses every key that used them up", async () => {
    const keys = [`user:${Math.random()}`, `ip:${Math.random()}`];
    // working links cost nothing
    for (let i = 0; i < limits.tokenUse.points + 5; i++) expect(await guardToken(keys, async () => i)).toBe(i);
    const bad = () => guardToken(keys, async () => { throw new AppError("not_found", "linkInvalid"); });
    for (let i = 0; i < limits.tokenUse.points; i++) await expect(bad()).rejects.toMatchObject({ messageKey: "linkInvalid" });
    await expect(guardToken(keys, async () => 1)).rejects.toMatchObject({ code: "too_many_requests" });
    // another user from another address is not affected
    expect(await guardToken([`user:${Math.random()}`, `ip:${Math.random()}`], async () => "ok")).toBe("ok");
  });
  it("other errors (a link for another account) do not count as guessing", async () => {
    const keys = [`user:${Math.random()}`];
    for (let i = 0; i < limits.tokenUse.points + 2; i++) {
      await expect(guardToken(keys, async () => { throw new AppError("forbidden", "invitationForOther"); })).rejects.toMatchObject({ messageKey: "invitationForOther" });
    }
    expect(await guardToken(keys, async () => "ok")).toBe("ok");
  });
});
