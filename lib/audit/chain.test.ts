import { describe, it, expect } from "vitest";
import { canonicalJson, entryHash, verifyChain, type ChainFields } from "./chain";

function build(n: number) {
  const out: (ChainFields & { prevHash: string; hash: string })[] = [];
  let prev = "";
  for (let i = 1; i <= n; i++) {
    const e: ChainFields = { chain: "c1", seq: i, companyId: "c1", userId: "u1", actor: "a@b.de", via: "grant:g1", action: "read.results", target: `t${i}`, meta: { b: 1, a: [i, "x"] }, createdAt: new Date(Date.UTC(2026, 11, 1, 0, i)) };
    const hash = entryHash(prev, e);
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("access log hash chain", () => {
  it("canonical JSON sorts keys at every level, so jsonb's reordering does not matter", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });
  it("an untouched chain verifies", () => {
    expect(verifyChain(build(5))).toEqual({ ok: true, entries: 5, legacy: 0 });
  });
  it("an edited entry breaks the chain at that entry", () => {
    const c = build(5);
    c[2] = { ...c[2], target: "something else" };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenAt: 3, reason: "hash" });
  });
  it("a removed entry is a gap; a re-hashed entry breaks the next link", () => {
    const c = build(5);
    expect(verifyChain([...c.slice(0, 2), ...c.slice(3)])).toMatchObject({ ok: false, brokenAt: 4, reason: "gap" });
    const forged = { ...c[1], action: "nothing" };
    forged.hash = entryHash(forged.prevHash, forged);
    expect(verifyChain([c[0], forged, ...c.slice(2)])).toMatchObject({ ok: false, brokenAt: 3, reason: "link" });
  });
  it("legacy entries (no hash) are counted before the first sealed one, and refused after it", () => {
    const legacy = [1, 2].map((seq) => ({ ...build(1)[0], seq, prevHash: "", hash: "" }));
    const sealed = build(3).map((e) => ({ ...e, seq: e.seq + 2 }));
    // re-seal from seq 3 on with the right seqs
    let prev = "";
    for (const e of sealed) { e.prevHash = prev; e.hash = entryHash(prev, e); prev = e.hash; }
    expect(verifyChain([...legacy, ...sealed])).toEqual({ ok: true, entries: 5, legacy: 2 });
    const blanked = [...legacy, sealed[0], { ...sealed[1], hash: "" }, sealed[2]];
    expect(verifyChain(blanked)).toMatchObject({ ok: false, reason: "unsealed", brokenAt: 4 });
  });
});
