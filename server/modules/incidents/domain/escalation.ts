/** The escalation chain of the profile — pure. */

export interface ChainStep {
  step: number;
  duty: string;
  scope: string;
  text: { ja: string; en: string };
  clause: string;
  acknowledge_within_minutes?: number;
}

export function sortedChain<T extends { step: number }>(chain: T[]): T[] {
  return [...chain].sort((a, b) => a.step - b.step);
}

/** The step after `current` (null = the first step), or null when the chain ends. */
export function nextStep<T extends { step: number }>(chain: T[], current: number | null): T | null {
  return sortedChain(chain).find((s) => current == null || s.step > current) ?? null;
}

/** When an unacknowledged step escalates: its own minutes, else the profile's default. */
export function escalationDueAt(
  step: { acknowledge_within_minutes?: number },
  defaultMinutes: number,
  now: Date,
) {
  return new Date(now.getTime() + (step.acknowledge_within_minutes ?? defaultMinutes) * 60_000);
}

export interface Holder {
  personId: string;
  name: string;
  /** The principal's person id when this is a deputy acting now. */
  actingForPersonId: string | null;
}

/**
 * Who is told at a step: every holder of the duty; a holder with a deputy (代行) in force now is
 * absent, so the deputy is told too and acts for them. Each person once.
 */
export function stepTargets(
  holders: Array<{ personId: string; name: string }>,
  deputiesNow: Array<{ principalPersonId: string; deputyPersonId: string; deputyName: string }>,
): Holder[] {
  const out: Holder[] = [];
  const seen = new Set<string>();
  for (const h of holders) {
    if (!seen.has(h.personId)) {
      seen.add(h.personId);
      out.push({ personId: h.personId, name: h.name, actingForPersonId: null });
    }
    for (const d of deputiesNow.filter((x) => x.principalPersonId === h.personId)) {
      if (seen.has(d.deputyPersonId)) continue;
      seen.add(d.deputyPersonId);
      out.push({ personId: d.deputyPersonId, name: d.deputyName, actingForPersonId: h.personId });
    }
  }
  return out;
}

/**
 * The chain a case follows: a report from outside (the public form) follows the profile's
 * `public_escalation` when the text gives one (西原村 6.3(2)①–③: 窓口 → 情報セキュリティ・システム管理者
 * → ネットワーク管理者 …); every other report, `escalation` (6.3(1)).
 */
export function escalationChain<T extends ChainStep>(
  profile: { incidents: { escalation: T[]; public_escalation?: T[] } },
  incident: { source: string },
): T[] {
  return (
    (incident.source === "public" && profile.incidents.public_escalation) || profile.incidents.escalation
  );
}
