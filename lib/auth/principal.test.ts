import { describe, it, expect } from "vitest";
import { createPrincipalLoader, type PrincipalRead } from "./principal";

function loader(session: { advisor: boolean } | null, members: Record<string, { role: string; companyName: string }> = {}) {
  const reads: string[][] = [];
  const l = createPrincipalLoader(async (ids) => {
    reads.push(ids);
    const r: PrincipalRead = { session, members: new Map(Object.entries(members).filter(([id]) => ids.includes(id))) };
    return r;
  });
  return { l, reads };
}

describe("createPrincipalLoader", () => {
  it("answers the session from the read a company page made for its membership", async () => {
    const { l, reads } = loader({ advisor: false }, { c1: { role: "owner", companyName: "Werk GmbH" } });
    const m = l.member("c1");
    const [s, again] = await Promise.all([l.session(), l.member("c1")]);
    expect(s).toEqual({ advisor: false });
    expect(await m).toEqual({ role: "owner", companyName: "Werk GmbH" });
    expect(await again).toEqual(await m);
    expect(await l.session()).toEqual({ advisor: false });
    expect(reads).toEqual([["c1"]]);
  });

  it("reads the session alone when no company is asked for, once", async () => {
    const { l, reads } = loader({ advisor: true });
    expect(await Promise.all([l.session(), l.session()])).toEqual([{ advisor: true }, { advisor: true }]);
    expect(reads).toEqual([[]]);
  });

  it("reads again for a company asked after the session, and keeps each answer for the request", async () => {
    const { l, reads } = loader({ advisor: false }, { c1: { role: "member", companyName: "A" }, c2: { role: "owner", companyName: "B" } });
    await l.session();
    expect(await l.member("c1")).toEqual({ role: "member", companyName: "A" });
    expect(await l.member("c2")).toEqual({ role: "owner", companyName: "B" });
    await l.member("c1");
    expect(reads).toEqual([[], ["c1"], ["c2"]]);
  });

  it("answers no membership when the session has ended", async () => {
    const { l } = loader(null, { c1: { role: "owner", companyName: "A" } });
    expect(await Promise.all([l.member("c1"), l.session()])).toEqual([null, null]);
  });

  it("hands a failed read to every question that waits for it", async () => {
    const l = createPrincipalLoader(async () => {
      throw new Error("database gone");
    });
    const m = l.member("c1");
    await expect(l.session()).rejects.toThrow("database gone");
    await expect(m).rejects.toThrow("database gone");
  });
});
