import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { CompanyContext } from "@/lib/auth/access";
import type { Permission } from "@/lib/auth/policy";

type Tab = "overview" | "dashboard" | "cooperations" | "people" | "log" | "settings";

const tabs: { id: Tab; path: string; permission: Permission; label: string }[] = [
  { id: "overview", path: "", permission: "company.read", label: "people.nav.overview" },
  { id: "dashboard", path: "/dashboard", permission: "results.read", label: "people.nav.dashboard" },
  { id: "cooperations", path: "/cooperations", permission: "results.read", label: "people.nav.cooperations" },
  { id: "people", path: "/people", permission: "people.read", label: "people.nav.people" },
  { id: "log", path: "/access-log", permission: "audit.read", label: "people.nav.log" },
  { id: "settings", path: "/settings", permission: "company.manage", label: "people.nav.settings" },
];

/** The company's sections, each shown only to those who may open it. */
export async function CompanyNav({ companyId, ctx, current }: { companyId: string; ctx: CompanyContext; current: Tab }) {
  const { t } = await getT();
  return (
    <nav aria-label={t("people.nav.label")} className="mt-3 flex flex-wrap gap-1 border-b border-slate-200">
      {tabs
        .filter((tab) => ctx.can(tab.permission))
        .map((tab) => (
          <Link
            key={tab.id}
            href={`/companies/${companyId}${tab.path}`}
            aria-current={tab.id === current ? "page" : undefined}
            className={`-mb-px rounded-t px-3 py-2 text-sm font-medium ${tab.id === current ? "border-b-2 border-brand-700 text-brand-800" : "text-slate-700 hover:bg-slate-50"}`}
          >
            {t(tab.label as never)}
          </Link>
        ))}
    </nav>
  );
}
