/**
 * One request's questions about who is asking, read together. The session check (is the session
 * neither revoked nor past its lifetime, does its user hold an advisor grant) and the memberships
 * that access checks ask for in the same turn of the event loop go to the database as one read
 * (`read`, lib/auth/sessions.ts readPrincipal). A page's header asks for the session and the page
 * for its company at once, so a company page checks both with one statement; a question asked
 * after that read went out gets a read of its own. Answers are kept for the loader's life (one
 * request). Pure: the read is passed in.
 */
export type MemberRow = { role: string; companyName: string };
export type PrincipalRead = { session: { advisor: boolean } | null; members: ReadonlyMap<string, MemberRow> };

export type PrincipalLoader = {
  /** null when the session has ended */
  session(): Promise<{ advisor: boolean } | null>;
  /** the membership of the session's user in the company; null when none (or the session has ended) */
  member(companyId: string): Promise<MemberRow | null>;
};

export function createPrincipalLoader(read: (companyIds: string[]) => Promise<PrincipalRead>): PrincipalLoader {
  let open: { companies: Set<string>; result: Promise<PrincipalRead> } | undefined;
  let session: Promise<{ advisor: boolean } | null> | undefined;
  const members = new Map<string, Promise<MemberRow | null>>();
  // the read of this turn: questions asked before it goes out (setImmediate, after the microtasks) join it
  const batch = () => {
    if (open) return open;
    const b = { companies: new Set<string>(), result: undefined as unknown as Promise<PrincipalRead> };
    b.result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      if (open === b) open = undefined;
      return read([...b.companies]);
    });
    open = b;
    return b;
  };
  return {
    session: () => (session ??= batch().result.then((r) => r.session)),
    member(companyId) {
      let m = members.get(companyId);
      if (!m) {
        const b = batch();
        b.companies.add(companyId);
        m = b.result.then((r) => (r.session ? (r.members.get(companyId) ?? null) : null));
        members.set(companyId, m);
      }
      return m;
    },
  };
}
