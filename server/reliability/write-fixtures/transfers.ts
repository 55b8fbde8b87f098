import { makePerson } from "../../test/factories";
import { csvFile, ok, transfer, transferBody, type World } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

/** A planned retirement of a new person of department A, made through the route. */
async function separation(w: World, effectiveDate: string): Promise<string> {
  const p = await makePerson(w.t.database.db, { departmentId: A(w), name: `退職 対象${w.seq()}` });
  return (
    await ok<{ id: string }>(
      w.clients.admin.post("/api/separations", { personId: p.id, kind: "retirement", effectiveDate }),
      "separation",
    )
  ).id;
}

export const TRANSFERS_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/transfers": {
    allow: ["admin"],
    bodyIds: {
      "items[].personId": {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
      "items[].toDepartmentId": {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "transfer.create: manage_organization (organization)",
    async prepare(w) {
      return { url: "/api/transfers", body: await transferBody(w), watch: [["transfer_batches"]] };
    },
  },
  "POST /api/transfers/import": {
    allow: ["admin"],
    rule: "transfer.create: manage_organization (organization)",
    async prepare(w) {
      const n = w.seq();
      const p = await makePerson(w.t.database.db, {
        departmentId: A(w),
        name: `異動 対象${n}`,
        employeeNumber: `WM${n}`,
      });
      return {
        url: "/api/transfers/import",
        form: () => {
          const f = csvFile("異動.csv", [
            ["職員番号", "氏名", "異動先所属", "新職名", "発令日"],
            [`WM${n}`, p.name, w.deptB.name, "", "2026/4/10"],
          ]);
          f.append("dryRun", "false");
          f.append("title", `4月異動 ${n}`);
          return f;
        },
        watch: [["transfer_batches"]],
      };
    },
  },
  "POST /api/transfers/{id}/apply": {
    allow: ["admin"],
    rule: "transfer.apply: manage_organization (organization), planned batch",
    async prepare(w) {
      const id = await transfer(w, "2026-04-01");
      return { url: `/api/transfers/${id}/apply`, watch: [["transfer_batches", id]] };
    },
  },
  "POST /api/transfers/{id}/cancel": {
    allow: ["admin"],
    rule: "transfer.cancel: manage_organization (organization), planned batch",
    async prepare(w) {
      const id = await transfer(w);
      return { url: `/api/transfers/${id}/cancel`, watch: [["transfer_batches", id]] };
    },
  },

  // ── 休職・退職 (separations): the same people as transfers ─────────────────────────────────
  "POST /api/separations": {
    allow: ["admin"],
    bodyIds: {
      personId: {
        open: "manage_organization at organization scope: the administrator sees every person",
      },
    },
    rule: "separation.create: manage_organization (organization)",
    async prepare(w) {
      const p = await makePerson(w.t.database.db, { departmentId: A(w), name: `休職 対象${w.seq()}` });
      return {
        url: "/api/separations",
        body: { personId: p.id, kind: "leave", effectiveDate: "2026-04-10", expectedReturn: "2026-10-01" },
        watch: [["separations"]],
      };
    },
  },
  "POST /api/separations/{id}/apply": {
    allow: ["admin"],
    rule: "separation.apply: manage_organization (organization), planned, on or after its date",
    async prepare(w) {
      const id = await separation(w, "2026-04-01");
      return { url: `/api/separations/${id}/apply`, watch: [["separations", id]] };
    },
  },
  "POST /api/separations/{id}/cancel": {
    allow: ["admin"],
    rule: "separation.cancel: manage_organization (organization), planned",
    async prepare(w) {
      const id = await separation(w, "2026-04-10");
      return { url: `/api/separations/${id}/cancel`, watch: [["separations", id]] };
    },
  },

  // ── assets: members of department A write; classification and inventory are the manager's ────
};
