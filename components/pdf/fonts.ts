import path from "node:path";
import { Font } from "@react-pdf/renderer";

let registered = false;

/** Noto Sans TTFs (embedded into every PDF; react-pdf cannot use WOFF2). */
export function registerPdfFonts(root = process.cwd()): void {
  if (registered) return;
  const dir = path.join(/*turbopackIgnore: true*/ root, "node_modules", "@expo-google-fonts", "noto-sans");
  Font.register({
    family: "Noto Sans",
    fonts: [
      { src: path.join(dir, "400Regular", "NotoSans_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(dir, "700Bold", "NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
