/**
 * Secrets at rest (issue #12, item 7, in part): TOTP secrets are stored encrypted
 * (AES-256-GCM, key outside the database), older plain rows are sealed at start, and backups
 * never hold the sessions table.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealLegacyTotpSecrets } from "../auth/secrets-at-rest";
import { users } from "../auth/tables";
import { loginRaw, userRow } from "../auth/test-support";
import { newTotpSecret, totpCode } from "../auth/totp";
import { backupTables } from "../backup";
import { openSecret, sealSecret } from "../secrets";
import { createTestApp, type TestApp } from "../test/app";
import { makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
});
afterAll(() => t?.close());

describe("TOTP secrets at rest", () => {
  it("enrolment stores the secret encrypted; sign-in with a code still works", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: "10.77.0.1" }));
    const { secret } = await (await api.post("/api/auth/mfa/setup")).json();
    const stored = (await userRow(t, user.id)).totpSecret ?? "";
    expect(stored.startsWith("enc1:")).toBe(true);
    expect(stored).not.toContain(secret);
    expect(openSecret(stored)).toBe(secret);
    expect(
      (await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) })).status,
    ).toBe(200);
    t.clock.advance(30_000);
    const res = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: await totpCode(secret, t.clock.now) },
      { "x-test-ip": "10.77.0.2" },
    );
    expect(res.status).toBe(200);
  });

  it("a tampered ciphertext is refused, not read", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP");
    const raw = Buffer.from(sealed.slice(5), "base64");
    raw[raw.length - 1] ^= 1;
    expect(() => openSecret(`enc1:${raw.toString("base64")}`)).toThrow();
  });

  it("rows written before encryption are sealed at start, and keep working", async () => {
    const { user, password } = await makeUser(t.database.db);
    const secret = newTotpSecret();
    await t.database.db
      .update(users)
      .set({ totpSecret: secret, totpEnabled: true })
      .where(eq(users.id, user.id));
    expect(await sealLegacyTotpSecrets(t.database.db)).toBeGreaterThanOrEqual(1);
    const stored = (await userRow(t, user.id)).totpSecret ?? "";
    expect(stored.startsWith("enc1:")).toBe(true);
    t.clock.advance(30_000);
    const res = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: await totpCode(secret, t.clock.now) },
      { "x-test-ip": "10.77.0.3" },
    );
    expect(res.status).toBe(200);
  });
});

describe("backups", () => {
  it("never hold the sessions table (nor rate-limit counters)", () => {
    const names = backupTables().map((x) => x.name);
    expect(names).not.toContain("sessions");
    expect(names).not.toContain("rate_limits");
    expect(names).toContain("audit_head");
  });
});
