import { describe, expect, it } from "vitest";
import { APP_POLICIES, type AppPolicy } from "../../common/app-policies";
import { DUTIES } from "../../common/duties";
import type { MeUser } from "./contract";
import { NAV } from "./nav";

/** A signed-in user as GET /api/auth/me describes them: duties and the server's app policies. */
function me(duties: string[], allowed: AppPolicy[]): MeUser {
  const policies = Object.fromEntries(APP_POLICIES.map((p) => [p, allowed.includes(p)]));
  return { duties, grants: [], policies } as unknown as MeUser;
}
const visible = (user: MeUser) =>
  NAV.flatMap((g) => g.items)
    .filter((i) => i.visible(user))
    .map((i) => i.key);

describe("navigation follows the server's app policies, never duty lists", () => {
  it("the audits item shows for a named auditor without any audit duty (policy readAudits)", () => {
    expect(visible(me([], ["readAudits"]))).toContain("audits");
    expect(visible(me([], []))).not.toContain("audits");
  });

  it("holding every duty shows nothing more than holding none, under the same policies", () => {
    const all = Object.keys(DUTIES);
    expect(visible(me(all, []))).toEqual(visible(me([], [])));
    expect(visible(me(all, [...APP_POLICIES]))).toEqual(visible(me([], [...APP_POLICIES])));
  });
});
