import type { ComponentType } from "react";
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { renderDocument, stampProps } from "./render-document";
import { brand, line, muted } from "./plan/styles";
import { keepAbbreviationsTogether, mapStrings } from "@/lib/text/typography";

/**
 * What the short documents (the cooperation agreement outline, the workshop's group PDF) share:
 * the footer on every page (the document's name, "Seite n / m") and their rendering with the
 * typography pass and the page label.
 */
const s = StyleSheet.create({
  footer: { position: "absolute", bottom: 26, left: 48, right: 48, fontSize: 7.5, color: muted, flexDirection: "row", justifyContent: "space-between", borderTopWidth: 0.5, borderColor: line, paddingTop: 6 },
});

export function PageFooter({ text }: { text: string }) {
  return (
    <View style={s.footer} fixed>
      <Text style={{ color: brand }}>{text}</Text>
      <Text style={{ width: 90, textAlign: "right" }} {...stampProps("page")} />
    </View>
  );
}

/** Renders a short document in the calling thread (the server calls it only inside the worker pool). */
export function renderShortDocument<T extends { labels: { page: string } }>(Doc: ComponentType<T>, input: T, root?: string): Promise<Buffer> {
  const x = mapStrings(input, keepAbbreviationsTogether);
  return renderDocument(<Doc {...x} />, { root, pageLabel: (page, total) => `${x.labels.page} ${page} / ${total}` });
}
