import { describe, expect, it } from "vitest";
import { loadSurveyJson } from "./load-survey";

function server(answers: Response[]) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(url);
    return answers.shift() ?? new Response("gone", { status: 500 });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}
const waits: number[] = [];
const wait = async (ms: number) => void waits.push(ms);

describe("loadSurveyJson", () => {
  it("returns the questionnaire", async () => {
    const s = server([Response.json({ pages: [] })]);
    expect(await loadSurveyJson("/a", { fetch: s.fetch, wait })).toEqual({ pages: [] });
  });

  it("waits out a 404 with Retry-After (a rolling deploy) and a 503, capped at 10 s, then succeeds", async () => {
    waits.length = 0;
    const notYet = new Response("", { status: 404, headers: { "retry-after": "30" } });
    const s = server([notYet, new Response("", { status: 503, headers: { "retry-after": "1" } }), Response.json({ pages: [1] })]);
    expect(await loadSurveyJson("/a", { fetch: s.fetch, wait })).toEqual({ pages: [1] });
    expect(waits).toEqual([10_000, 1000]);
    expect(s.calls).toHaveLength(3);
  });

  it("gives up after its tries, on a 404 at once, and on anything but a JSON object", async () => {
    const busy = () => new Response("", { status: 503 });
    const s = server([busy(), busy()]);
    await expect(loadSurveyJson("/a", { fetch: s.fetch, wait, tries: 2 })).rejects.toThrow("survey 503");
    const nf = server([new Response("", { status: 404 })]);
    await expect(loadSurveyJson("/a", { fetch: nf.fetch, wait })).rejects.toThrow("survey 404");
    expect(nf.calls).toHaveLength(1);
    await expect(loadSurveyJson("/a", { fetch: server([Response.json([1])]).fetch, wait })).rejects.toThrow("not an object");
    await expect(loadSurveyJson("/a", { fetch: server([new Response("<html>")]).fetch, wait })).rejects.toThrow();
  });

  it("a dropped connection fails (the page offers to try again)", async () => {
    const fetch = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof globalThis.fetch;
    await expect(loadSurveyJson("/a", { fetch, wait })).rejects.toThrow("Failed to fetch");
  });
});
