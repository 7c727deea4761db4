import type { CompanyContext } from "@/lib/auth/access";
import type { GuestOffer } from "@/lib/guests/gates";
import { GuestOverview, type GuestAssessment } from "./guest-overview";

/** A cooperation partner's home (issue 15 fills in the cooperation: who invited, the comparison, withdrawing). */
export async function PartnerHome({ token, offers, assessments }: { ctx: CompanyContext; token: string; offers: GuestOffer[]; assessments: GuestAssessment[] }) {
  return <GuestOverview token={token} offers={offers} assessments={assessments} />;
}
