import { userRoute } from "@/lib/http/handler";
import { requireWorkshop } from "@/lib/workshops/access";
import { joinQrSvg } from "@/lib/workshops/qr";
import { attachmentDisposition } from "@/lib/http/content-disposition";

/** The join link as a QR code (SVG) to put on a slide or a handout. */
export const GET = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const w = await requireWorkshop(user, params.workshopId);
  const svg = await joinQrSvg(w.joinCode);
  const download = req.nextUrl.searchParams.get("download") === "1";
  return new Response(svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "private, max-age=300", ...(download ? { "content-disposition": attachmentDisposition(`QR-${w.title}`, "svg") } : {}) },
  });
});
