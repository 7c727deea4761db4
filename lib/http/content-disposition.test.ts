import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

/** Decodes filename* as a browser does. */
const utf8Name = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(header)![1]);
const asciiName = (header: string) => /filename="([^"]*)"/.exec(header)![1];

describe("attachmentDisposition", () => {
  it("keeps umlauts in filename* and gives an ASCII fallback with ae/oe/ue/ss", () => {
    const h = attachmentDisposition("Maßnahmenplan-Müller Metallbau GmbH", "pdf");
    expect(utf8Name(h)).toBe("Maßnahmenplan-Müller-Metallbau-GmbH.pdf");
    expect(asciiName(h)).toBe("Massnahmenplan-Mueller-Metallbau-GmbH.pdf");
    expect(h.startsWith("attachment; ")).toBe(true);
  });
  it("keeps the name in one piece when it is composed differently (NFD input)", () => {
    expect(utf8Name(attachmentDisposition("Mu\u0308ller", "pdf"))).toBe("Müller.pdf");
  });
  it("drops path separators, quotes and control characters and never yields an empty name", () => {
    const h = attachmentDisposition('../"evil"\r\n;name=x', "pdf");
    expect(h).not.toMatch(/[\r\n]/);
    expect(asciiName(h)).not.toMatch(/[/"\\]/);
    expect(utf8Name(h)).not.toContain("/");
    expect(asciiName(attachmentDisposition("Ελληνικά", "pdf"))).toBe("download.pdf");
    expect(utf8Name(attachmentDisposition("Ελληνικά 🚀", "pdf"))).toBe("Ελληνικά-🚀.pdf");
    expect(utf8Name(attachmentDisposition("", "json"))).toBe("download.json");
  });
});
