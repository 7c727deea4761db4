import type { CompanyContext } from "@/lib/auth/access";
import type { GuestOffer } from "@/lib/guests/gates";
import { GuestOverview, type GuestAssessment } from "./guest-overview";

/** A workshop participant's home (issue 14 fills in the workshop: its title, consent, claiming the result). */
export async function WorkshopHome({ token, offers, assessments }: { ctx: CompanyContext; token: string; offers: GuestOffer[]; assessments: GuestAssessment[] }) {
  return <GuestOverview token={token} offers={offers} assessments={assessments} />;
}
