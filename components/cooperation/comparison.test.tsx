import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Comparison } from "./comparison";
import { translator } from "@/lib/i18n/server";
import { contentRegistry } from "@/lib/content";
import type { TrustState } from "@/lib/cooperations/trust";

const version = contentRegistry().latest("trust")!.version;
const pillar = (id: "competence" | "integrity" | "benevolence", partnerSelf: number | null) => ({ id, usSelf: 75, partnerViewOfUs: 50, gapUs: -25, partnerSelf, usViewOfPartner: 60, gapPartner: partnerSelf === null ? null : 60 - partnerSelf });
const state = (pillars: ReturnType<typeof pillar>[]): Extract<TrustState, { state: "ready" }> => ({ state: "ready", version, comparison: { pillars, largestGaps: [] }, suggestions: [] });

describe("trust comparison", () => {
  it("explains a dash when a side answered nothing on a pillar, and says the difference runs from -100 to +100", () => {
    const html = renderToStaticMarkup(<Comparison state={state([pillar("competence", null), pillar("integrity", 75), pillar("benevolence", 75)])} t={translator("de")} locale="de" />);
    expect(html).toContain("data-testid=\"compare-missing\"");
    expect(html).toContain("Zu dieser Säule hat eine Seite keine Aussage beantwortet");
    expect(html).toContain("−100 bis +100");
  });
  it("has no such note when every pillar has both values", () => {
    const html = renderToStaticMarkup(<Comparison state={state([pillar("competence", 50), pillar("integrity", 75), pillar("benevolence", 75)])} t={translator("de")} locale="de" />);
    expect(html).not.toContain("compare-missing");
  });
});
