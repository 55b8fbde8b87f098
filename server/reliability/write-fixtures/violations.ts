/** Write fixtures of 違反 (violations): the rules are described in ./index.ts. */

import { person, personOfB, violation } from "../matrix-world";
import type { WriteFixture } from "./shared";

export const VIOLATIONS_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/violations": {
    allow: ["managerA", "csirt"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "violations.create: the CSIRT or a holder of the notify duty (manage_department_security) or rights duty",
    async prepare(w) {
      const target = await person(w);
      return {
        url: "/api/violations",
        body: { personId: target, description: "私物USBメモリの無断使用" },
        watch: [["violations"]],
      };
    },
  },
  "POST /api/violations/{id}/notify-manager": {
    allow: ["managerA", "csirt"],
    rule: "violation.update: the CSIRT, the notify duty over the person's unit, or the rights duty",
    async prepare(w) {
      const v = await violation(w);
      return { url: `/api/violations/${v.id}/notify-manager`, body: {}, watch: [["violations", v.id]] };
    },
  },
  "POST /api/violations/{id}/measures": {
    allow: ["managerA", "csirt"],
    rule: "violation.update",
    async prepare(w) {
      const v = await violation(w);
      return {
        url: `/api/violations/${v.id}/measures`,
        body: { measures: "指導を実施" },
        watch: [["violations", v.id]],
      };
    },
  },
  "POST /api/violations/{id}/rights": {
    allow: [],
    witness: "netAdmin",
    rule: "violation.suspendRights: the profile's rights duty (manage_network, organization) only (8.6(2)③)",
    async prepare(w) {
      const v = await violation(w);
      return {
        url: `/api/violations/${v.id}/rights`,
        body: { action: "suspend", reason: "指導後も改善されない" },
        watch: [
          ["violations", v.id],
          ["users", v.target.userId],
        ],
      };
    },
  },
  // ── 委託・外部サービス (suppliers): the 課長 (manage_department_security over the 課) keeps ──
};
