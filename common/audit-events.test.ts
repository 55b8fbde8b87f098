import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_EVENT_LABELS, AUDIT_EVENT_TYPES, auditEventLabel, isAuditEventType } from "./audit-events";

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sources(full);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) yield full;
  }
}

describe("audit event types", () => {
  it("every type has a Japanese and an English label, distinct per language", () => {
    for (const type of AUDIT_EVENT_TYPES) {
      const label = AUDIT_EVENT_LABELS[type];
      expect(label.ja, type).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(label.en, type).toMatch(/^[A-Z]/);
    }
    const ja = AUDIT_EVENT_TYPES.map((t) => AUDIT_EVENT_LABELS[t].ja);
    expect(new Set(ja).size).toBe(ja.length);
  });

  it("every type the server names in its source is in the list (the compiler checks the calls)", () => {
    const named = new Set<string>();
    for (const file of sources(join(__dirname, "..", "server"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(
        /["'`]((?:asset|asset_inventory|asset_view|auth|sessions|org|request|register|incident|emergency_plan|violation|settings|demo|notification|mail|vulnerability|software|assurance)\.[a-z_.]+)["'`]/g,
      ))
        named.add(m[1]);
    }
    const eventLike = [...named].filter(
      (n) => isAuditEventType(n) || /\.(created|updated|changed|added|removed|reported|applied)$/.test(n),
    );
    for (const n of eventLike) expect(isAuditEventType(n), n).toBe(true);
  });

  it("an unknown stored type is shown as its code", () => {
    expect(auditEventLabel("asset.created")).toEqual({ ja: "情報資産の登録", en: "Asset registered" });
    expect(auditEventLabel("legacy.thing")).toEqual({ ja: "legacy.thing", en: "legacy.thing" });
  });
});
