/**
 * Fetches a questionnaire asset. An answer that says when to ask again (a 404 with Retry-After from
 * an instance of an older deployment during a rolling deploy, or a 503 of a busy server) is tried
 * again after it, at most `tries` times in all; anything else that is not a JSON object fails.
 */
export async function loadSurveyJson(url: string, opts: { tries?: number; fetch?: typeof fetch; wait?: (ms: number) => Promise<void> } = {}): Promise<Record<string, unknown>> {
  const get = opts.fetch ?? fetch;
  const wait = opts.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const tries = opts.tries ?? 4;
  for (let attempt = 1; ; attempt++) {
    const res = await get(url, { credentials: "same-origin" });
    const later = res.status === 503 || (res.status === 404 && res.headers.has("retry-after"));
    if (later && attempt < tries) {
      await wait(Math.min(10, Number(res.headers.get("retry-after")) || 2) * 1000);
      continue;
    }
    if (!res.ok) throw new Error(`survey ${res.status}`);
    const json: unknown = await res.json();
    if (!json || typeof json !== "object" || Array.isArray(json)) throw new Error("survey: not an object");
    return json as Record<string, unknown>;
  }
}
