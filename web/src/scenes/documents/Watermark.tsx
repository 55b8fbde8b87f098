import { Box, Paper } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A restricted document's text under the viewer's name and the time, repeated across the page
 * — on screen and in print (the overlay is not `no-print`), so a photo or a printout says who
 * looked at it.
 */
export function Watermarked({ mark, children }: { mark: { text: string } | null; children: ReactNode }) {
  return (
    <Paper withBorder p="md" pos="relative" style={{ overflow: "hidden" }} data-testid="document-text-box">
      {children}
      {mark && (
        <Box
          aria-hidden="true"
          data-testid="watermark"
          pos="absolute"
          inset={0}
          style={{
            pointerEvents: "none",
            display: "flex",
            flexWrap: "wrap",
            alignContent: "space-around",
            justifyContent: "space-around",
            transform: "rotate(-20deg)",
            opacity: 0.18,
            fontSize: 18,
            fontWeight: 700,
            lineHeight: 3,
          }}
        >
          {Array.from({ length: 12 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical repeated marks
            <span key={i} style={{ padding: "0 2em", whiteSpace: "nowrap" }}>
              {mark.text}
            </span>
          ))}
        </Box>
      )}
    </Paper>
  );
}

/** The text of a version, line by line as written. */
export function DocumentText({ text }: { text: string }) {
  return (
    <Box
      component="pre"
      data-testid="document-text"
      style={{ whiteSpace: "pre-wrap", fontFamily: "inherit", margin: 0 }}
    >
      {text}
    </Box>
  );
}
