import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { de, en } from "@/messages";
import type { RoadmapItem } from "@/lib/report/company-view";
import { PlanItemCard } from "./plan-item-card";

const item = {
  measureId: "erp_introduction",
  rank: 1,
  title: "ERP-System einführen",
  description: "",
  quadrant: "strategic",
  quadrantLabel: "Strategisches Projekt",
  enabler: false,
  effort: 3.5,
  benefit: 4.5,
  ownerRole: "Geschäftsführung",
  firstSteps: ["Anfangen"],
  kpi: "",
  reviewDate: "2027-06-01",
  status: "open",
  statusLabel: "offen",
  phase: "3-12",
  startMonth: 3,
  endMonth: 12,
  prerequisites: [],
  prerequisiteConflict: false,
  overridden: { effort: false, benefit: false, phase: false, ownerRole: false, dueDate: false },
  why: [],
  triggeredBy: [],
  kept: false,
  chosen: false,
} satisfies RoadmapItem as RoadmapItem;

const render = (locale: "de" | "en") =>
  renderToStaticMarkup(
    <IntlProvider locale={locale} messages={locale === "de" ? de : en} timeZone="Europe/Berlin">
      <PlanItemCard
        item={item}
        companyId="c1"
        canRemove
        state={{ effort: 3.5, benefit: 4.5, phase: "3-12", status: "open", ownerRole: "Geschäftsführung", dueDate: "2027-06-01" }}
        save={undefined}
        quadrant="Strategisches Projekt"
        computedEffort={3.5}
        computedBenefit={4.5}
        phases={[{ id: "3-12", label: "Als Nächstes" }]}
        reviewDate="1. Juni 2027"
        onFocus={() => undefined}
        onChange={() => undefined}
      />
    </IntlProvider>,
  );

describe("plan item card numbers", () => {
  it("shows effort and benefit in the German number format in German (4,5) and in the English one in English", () => {
    const html = render("de");
    expect(html).toContain('Nutzen (1 = gering, 5 = hoch): <span class="font-semibold">4,5</span>');
    expect(html).toContain('Aufwand (1 = gering, 5 = hoch): <span class="font-semibold">3,5</span>');
    expect(html).not.toMatch(/[34]\.5/);
    expect(render("en")).toContain('<span class="font-semibold">4.5</span>');
  });
});
