/**
 * One request's questions about who is asking, read together where they can be. Every read checks
 * the session (neither revoked nor past its lifetime; does its user hold an advisor grant) and
 * reads the memberships asked for (`read`, lib/auth/sessions.ts readPrincipal), so a company page
 * that asks for its company first and for the session after (its header) needs one statement: the
 * session is answered by any read already made, a membership by a read that asked for it. Reads go
 * out at once, not batched after a delay: a delay put the statement behind the rest of the render
 * (measured: 2.6 ms later on the landing page). Answers are kept for the loader's life (one
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
  let first: Promise<PrincipalRead> | undefined;
  const members = new Map<string, Promise<MemberRow | null>>();
  const readNow = (companyIds: string[]) => {
    const r = read(companyIds);
    first ??= r;
    return r;
  };
  return {
    session: () => (first ?? readNow([])).then((r) => r.session),
    member(companyId) {
      let m = members.get(companyId);
      if (!m) {
        m = readNow([companyId]).then((r) => (r.session ? (r.members.get(companyId) ?? null) : null));
        members.set(companyId, m);
      }
      return m;
    },
  };
}
