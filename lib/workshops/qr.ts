import "server-only";
import QRCode from "qrcode";
import { appUrl } from "../people/links";

/** The public join link of a workshop. */
export function joinUrl(code: string): string {
  return appUrl(`/join/${code}`);
}

/** The join link as an SVG QR code, rendered on the server (no script, no third party); prints sharp at any size. */
export function joinQrSvg(code: string): Promise<string> {
  return QRCode.toString(joinUrl(code), { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#0f172a", light: "#ffffff" } });
}
