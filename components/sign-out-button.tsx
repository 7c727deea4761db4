"use client";

/**
 * Signs out the way next-auth's `signOut()` does (CSRF token from /api/auth/csrf, then a POST to
 * /api/auth/signout, which ends the session row too), without shipping next-auth/react and its
 * runtime helpers to every page. The label comes from the server (no translator on the client).
 */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={async () => {
        const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
        const res = await fetch("/api/auth/signout", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
        });
        const { url } = (await res.json().catch(() => ({}))) as { url?: string };
        const target = url ? new URL(url, window.location.href) : null;
        window.location.href = target && target.origin === window.location.origin ? target.pathname + target.search : "/";
      }}
      className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
