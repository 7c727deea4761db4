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
  it("reads the session and the companies asked for in one turn together", async () => {
    const { l, reads } = loader({ advisor: false }, { c1: { role: "owner", companyName: "Werk GmbH" } });
    const [s, m, again] = await Promise.all([l.session(), l.member("c1"), l.member("c1")]);
    expect(s).toEqual({ advisor: false });
    expect(m).toEqual({ role: "owner", companyName: "Werk GmbH" });
    expect(again).toBe(m);
    expect(reads).toEqual([["c1"]]);
  });

  it("joins questions asked in later microtasks of the same turn", async () => {
    const { l, reads } = loader({ advisor: true });
    const s = l.session();
    await Promise.resolve();
    await Promise.resolve();
    const m = l.member("c2");
    expect(await s).toEqual({ advisor: true });
    expect(await m).toBeNull();
    expect(reads).toEqual([["c2"]]);
  });

  it("keeps answers for the request and reads again only for a company asked later", async () => {
    const { l, reads } = loader({ advisor: false }, { c1: { role: "member", companyName: "A" }, c2: { role: "owner", companyName: "B" } });
    await l.session();
    expect(await l.member("c1")).toEqual({ role: "member", companyName: "A" });
    await l.session();
    await l.member("c1");
    expect(await l.member("c2")).toEqual({ role: "owner", companyName: "B" });
    expect(reads).toEqual([[], ["c1"], ["c2"]]);
  });

  it("answers no membership when the session has ended", async () => {
    const { l } = loader(null, { c1: { role: "owner", companyName: "A" } });
    expect(await Promise.all([l.session(), l.member("c1")])).toEqual([null, null]);
  });

  it("hands a failed read to every question of its turn", async () => {
    const l = createPrincipalLoader(async () => {
      throw new Error("database gone");
    });
    await expect(Promise.all([l.session(), l.member("c1")])).rejects.toThrow("database gone");
    await expect(l.member("c1")).rejects.toThrow("database gone");
  });
});
