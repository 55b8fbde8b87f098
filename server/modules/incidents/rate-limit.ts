import { PUBLIC_REPORT_PER_ADDRESS } from "../../limits";

/**
 * Per-address throttle of the public form: at most PUBLIC_REPORT_LIMIT posts per address in
 * PUBLIC_REPORT_WINDOW_MS, counted in the database (server/limits) so every instance shares it.
 * Residents report one event at a time; a flood is refused with 429.
 */
export const PUBLIC_REPORT_LIMIT = PUBLIC_REPORT_PER_ADDRESS.limit;
export const PUBLIC_REPORT_WINDOW_MS = PUBLIC_REPORT_PER_ADDRESS.windowMs;
