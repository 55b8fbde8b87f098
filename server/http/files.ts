import { createHash } from "node:crypto";

/**
 * Uploaded files of every module (incident evidence, self-inspection evidence): the type is
 * judged by the bytes, never the name, and each file is kept with its SHA-256.
 */
export const ALLOWED_TYPES = ["application/pdf", "image/png", "image/jpeg", "text/plain"] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

/** The type the bytes really are, when allowed; null otherwise (a renamed .exe is refused). */
export function sniffType(bytes: Uint8Array): AllowedType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "text/plain";
  } catch {
    return null;
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// File names: server/http/attachment-name.ts (attachmentName, contentDisposition).
