import { StyleSheet } from "@react-pdf/renderer";
import { fontFamilies } from "../fonts";

export const brand = "#0f6b5c";
export const brandDark = "#08463c";
export const brandLight = "#e7f2ef";
export const ink = "#1c2430";
export const muted = "#55606e";
export const line = "#d5dde4";
export const gapColor = "#b45309";
export const quadrantColor = { "quick-win": brand, strategic: "#2563a8", "fill-in": "#7c8a99", later: "#a8b3bf" } as const;

export const s = StyleSheet.create({
  page: { fontFamily: fontFamilies, fontSize: 9.5, paddingTop: 52, paddingBottom: 60, paddingHorizontal: 52, color: ink },
  cover: { fontFamily: fontFamilies, fontSize: 10, color: ink, padding: 0 },
  h1: { fontSize: 20, fontWeight: 700, color: brandDark, marginBottom: 6 },
  h2: { fontSize: 13, fontWeight: 700, color: brandDark, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 10.5, fontWeight: 700, color: ink, marginTop: 10, marginBottom: 4 },
  kicker: { fontSize: 8, color: brand, fontWeight: 700, letterSpacing: 1, textTransform: "uppercase", marginBottom: 4 },
  lead: { fontSize: 10.5, color: muted, marginBottom: 10 },
  p: { marginBottom: 6 },
  small: { fontSize: 8, color: muted },
  box: { backgroundColor: brandLight, borderRadius: 4, padding: 12, marginBottom: 10 },
  row: { flexDirection: "row" },
  tag: { fontSize: 7, fontWeight: 700, color: "#ffffff", paddingHorizontal: 4, paddingVertical: 1, borderRadius: 2, marginRight: 6 },
  footer: { position: "absolute", bottom: 26, left: 52, right: 52, fontSize: 7.5, color: muted, flexDirection: "row", justifyContent: "space-between", borderTopWidth: 0.5, borderColor: line, paddingTop: 6 },
  th: { fontSize: 7.5, fontWeight: 700, color: muted, textTransform: "uppercase" },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: line, paddingVertical: 5 },
});
