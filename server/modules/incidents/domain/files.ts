/** Attachments and evidence: what may be uploaded (type by content, not by name) and how big. */
export { ALLOWED_TYPES, type AllowedType, sha256Hex, sniffType } from "../../../http/files";
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The public form: at most this many attachments, each at most this big (same types by content). */
export const PUBLIC_MAX_FILES = 3;
export const PUBLIC_MAX_FILE_BYTES = 5 * 1024 * 1024;
