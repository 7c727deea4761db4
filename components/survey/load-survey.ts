/**
 * Fetches a questionnaire asset. A 503 (an instance of an older deployment during a rolling deploy,
 * or a busy server) is tried again after its Retry-After, at most `tries` times in all; anything
 * else that is not a JSON object fails.
 */
export async function loadSurveyJson(url: string, opts: { tries?: number; fetch?: typeof fetch; wait?: (ms: number) => Promise<void> } = {}): Promise<Record<string, unknown>> {
  const get = opts.fetch ?? fetch;
  const wait = opts.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const tries = opts.tries ?? 4;
  for (let attempt = 1; ; attempt++) {
    const res = await get(url, { credentials: "same-origin" });
    if (res.status === 503 && attempt < tries) {
      await wait(Math.min(10, Number(res.headers.get("retry-after")) || 2) * 1000);
      continue;
    }
    if (!res.ok) throw new Error(`survey ${res.status}`);
    const json: unknown = await res.json();
    if (!json || typeof json !== "object" || Array.isArray(json)) throw new Error("survey: not an object");
    return json as Record<string, unknown>;
  }
}
