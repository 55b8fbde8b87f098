/**
 * Who of the profile's named recipients is told (all of them for 及び, the first reachable for
 * 又は), and — when that reaches nobody (no holder assigned for the 課, a vacancy) — the profile's
 * fallback office, the first reachable in order. A report is never silently dropped: what was not
 * reached is returned for the audit event and the answer.
 */
export interface Reach {
  personIds: string[];
}

export async function chooseRecipients<T extends Reach, F>(
  named: T[],
  mode: "all" | "any",
  fallback: F[],
  resolve: (f: F) => Promise<T>,
): Promise<{ told: T[]; unreached: T[]; fellBack: boolean }> {
  const reached = named.filter((r) => r.personIds.length);
  const told = mode === "all" ? reached : reached.slice(0, 1);
  const unreached = mode === "all" || !reached.length ? named.filter((r) => !r.personIds.length) : [];
  if (told.length) return { told, unreached, fellBack: false };
  for (const f of fallback) {
    const r = await resolve(f);
    if (r.personIds.length) return { told: [r], unreached, fellBack: true };
    unreached.push(r);
  }
  return { told: [], unreached, fellBack: false };
}
