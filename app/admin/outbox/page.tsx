import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { requireAdmin } from "@/lib/auth/admin";
import { orNotFound } from "@/lib/http/page-errors";
import { listOutbox, mailConfigured } from "@/lib/mail/send";
import { dateFormat } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("outbox.title") };
}

/** The instance's outgoing mail (without SMTP the only way mails reach people: an admin passes them on). */
export default async function OutboxPage() {
  const user = await requirePageUser("/admin/outbox");
  await orNotFound(Promise.resolve().then(() => requireAdmin(user)));
  const { t, locale } = await getT();
  const mails = await listOutbox();
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("outbox.title")}</h1>
      <p role="note" className={`rounded-md border p-3 text-sm ${mailConfigured() ? "border-green-200 bg-green-50" : "border-amber-300 bg-amber-50 text-amber-950"}`}>
        {mailConfigured() ? t("outbox.smtp") : t("outbox.noSmtp")}
      </p>
      {mails.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-slate-700">{t("outbox.empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="outbox">
          {mails.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mail" data-to={m.to}>
              <p className="text-sm text-slate-600">
                {when.format(m.createdAt)} · {t("outbox.to")} <span className="break-all font-medium text-slate-900">{m.to}</span> · {m.sentAt ? t("outbox.sent") : m.error ? t("outbox.failed", { error: m.error }) : t("outbox.waiting")}
              </p>
              <h2 className="mt-1 font-semibold">{m.subject}</h2>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
