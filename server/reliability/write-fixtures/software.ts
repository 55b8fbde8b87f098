/** Write fixtures of ソフトウェア・脆弱性 (software, vulnerabilities): the rules are described in ./index.ts. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { ok, rowsOf, type World } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

/** The NVD sample the software module's own tests import (Log4j 2.14.1 among others). */
const nvdSample = () =>
  new Uint8Array(
    readFileSync(join(import.meta.dirname, "../../modules/software/feeds/fixtures/nvd-sample.json")),
  );

const LOG4J_CPE = "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*";

/** A device of department A kept by staffA (its custodian: the owner of what is installed on it). */
async function deviceOf(w: World, departmentId = A(w), custodian: string | null = w.members.staffA.personId) {
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id)
        values (${`DEV-${w.seq()}`}, ${`窓口端末 ${w.seq()}`}, 'device', ${departmentId}::uuid, ${custodian}::uuid) returning id`,
  );
  return row.id;
}

/** A device of department B: department A's manager may not keep its inventory nor see it. */
export const deviceOfB = (w: World) => deviceOf(w, w.deptB.id, null);

/** A product of the shared catalog, registered by department A's manager. */
async function product(w: World, over: Record<string, unknown> = {}) {
  return (
    await ok<{ id: string }>(
      w.clients.managerA.post("/api/software/products", {
        vendor: "行列ソフト",
        product: `窓口支援 ${w.seq()}`,
        version: "1.0",
        endOfSupport: "2031-03-31",
        ...over,
      }),
      "software product",
    )
  ).id;
}

export async function installation(w: World, productId?: string) {
  const data = await ok<{ installation: { id: string } }>(
    w.clients.managerA.post("/api/software/installations", {
      productId: productId ?? (await product(w)),
      assetId: await deviceOf(w),
    }),
    "installation",
  );
  return data.installation.id;
}

const advisoriesOf = new WeakMap<World, string>();
/** Log4j 2.14.1 in the catalog and the NVD sample imported (once per world): installing it matches. */
async function vulnerableProduct(w: World) {
  const known = advisoriesOf.get(w);
  if (known) return known;
  const res = await w.clients.admin.request(
    "POST",
    "/api/vulnerabilities/imports?name=nvd-sample.json",
    new Blob([nvdSample()]),
    { "content-type": "application/octet-stream" },
  );
  if (res.status !== 201) throw new Error(`nvd import: ${res.status} ${await res.text()}`);
  const id = await product(w, {
    vendor: "Apache",
    product: `Log4j 行列${w.seq()}`,
    version: "2.14.1",
    cpe: LOG4J_CPE,
  });
  advisoriesOf.set(w, id);
  return id;
}

/** An unconfirmed match of a Log4j installation on a device of department A kept by staffA. */
export async function match(w: World) {
  const inst = await installation(w, await vulnerableProduct(w));
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`select id from vuln_matches where installation_id = ${inst}::uuid limit 1`,
  );
  if (!row) throw new Error("world: the Log4j installation matched no advisory");
  return row.id;
}

const KEEPERS = "a keeper of an inventory (own_assets, manage_department_security or manage_network)";
const CATALOG_OPEN = {
  open: "the product catalog is shared: every signed-in person reads it (software.read of products)",
};
const UNITS_OPEN = {
  open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
};

export const SOFTWARE_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/software/products": {
    allow: ["managerA"],
    witness: "netAdmin",
    rule: `software product catalog: ${KEEPERS}, anywhere (software/access.ts canKeepCatalog)`,
    async prepare(w) {
      return {
        url: "/api/software/products",
        body: {
          vendor: "行列ソフト",
          product: `帳票 ${w.seq()}`,
          version: "2.0",
          endOfSupport: "2031-03-31",
        },
        watch: [["software_products"]],
      };
    },
  },
  "PATCH /api/software/products/{id}": {
    allow: ["managerA"],
    witness: "netAdmin",
    rule: `software product catalog: ${KEEPERS}, anywhere, for a product installed nowhere outside what they keep (else the organization-wide manage_network)`,
    async prepare(w) {
      const id = await product(w);
      return {
        url: `/api/software/products/${id}`,
        body: { endOfSupport: "2032-03-31" },
        watch: [["software_products", id]],
      };
    },
  },
  "POST /api/software/installations": {
    allow: ["managerA"],
    witness: "netAdmin",
    bodyIds: { productId: CATALOG_OPEN, assetId: { hidden: deviceOfB } },
    refusal: {
      statuses: [400],
      why: "a host in a department the caller may not see is answered exactly like an unknown asset (assetId), so existence does not leak",
    },
    rule: "software.write over the host's department: own_assets / manage_department_security over it, or manage_network",
    async prepare(w) {
      return {
        url: "/api/software/installations",
        body: { productId: await product(w), assetId: await deviceOf(w) },
        watch: [["software_installations"]],
      };
    },
  },
  "DELETE /api/software/installations/{id}": {
    allow: ["managerA"],
    witness: "netAdmin",
    rule: "software.write over the installation's department (read first: others get 404)",
    async prepare(w) {
      const id = await installation(w);
      return { url: `/api/software/installations/${id}`, watch: [["software_installations", id]] };
    },
  },
  "POST /api/software/installations/import": {
    allow: ["managerA"],
    witness: "netAdmin",
    refusal: {
      statuses: [400],
      why: "a keeper of another 課 passes the route's check, but a row naming a host outside their 課 (or one they may not see) is a located error, and a file with an error imports nothing",
    },
    rule: "software_inventory.import: a keeper of an inventory; then software.write over each row's host department",
    async prepare(w) {
      const number = `DEV-IMP-${w.seq()}`;
      await rowsOf(
        w,
        sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id)
            values (${number}, ${`取込端末 ${number}`}, 'device', ${A(w)}::uuid, ${w.members.staffA.personId}::uuid) returning id`,
      );
      return {
        url: "/api/software/installations/import",
        form: () => {
          const f = new FormData();
          f.append(
            "file",
            new File(
              [`ベンダー,製品名,バージョン,資産番号\r\n行列ソフト,取込 ${number},1.0,${number}\r\n`],
              "台帳.csv",
              {
                type: "text/csv",
              },
            ),
          );
          f.append("dryRun", "false");
          return f;
        },
        watch: [["software_installations"]],
      };
    },
  },
  "POST /api/software/licences": {
    allow: ["managerA"],
    witness: "netAdmin",
    bodyIds: { productId: CATALOG_OPEN, departmentId: UNITS_OPEN },
    rule: "software.write over the licence's department",
    async prepare(w) {
      return {
        url: "/api/software/licences",
        body: { productId: await product(w), departmentId: A(w), licenceType: "volume", seats: 10 },
        watch: [["software_licences"]],
      };
    },
  },
  "POST /api/vulnerabilities/imports": {
    allow: ["admin"],
    witness: "netAdmin",
    rule: "vuln_advisory.import: manage_network at organization scope or administer_system",
    async prepare() {
      return {
        url: "/api/vulnerabilities/imports?name=nvd-sample.json",
        raw: { bytes: nvdSample, type: "application/octet-stream" },
        watch: [["vuln_imports"], ["vuln_advisories"]],
      };
    },
  },
  "POST /api/vulnerabilities/advisories/{id}/staff-notices": {
    allow: [],
    witness: "netAdmin",
    rule: "vuln_advisory.notify_staff: the profile's software.vulnerabilities.staff_notice duties held organization-wide (西原村 7.6(2): manage_network)",
    async prepare(w) {
      await vulnerableProduct(w);
      const [row] = await rowsOf<{ id: string }>(w, sql`select id from vuln_advisories order by key limit 1`);
      return {
        url: `/api/vulnerabilities/advisories/${row.id}/staff-notices`,
        body: { kind: "urgent", message: "至急、更新を適用してください。" },
        watch: [["notifications"]],
      };
    },
  },
  "POST /api/vulnerabilities/match-runs": {
    allow: ["admin"],
    witness: "netAdmin",
    rule: "vuln_advisory.import: manage_network at organization scope or administer_system",
    async prepare() {
      return { url: "/api/vulnerabilities/match-runs", watch: [["vuln_matches"]] };
    },
  },
  "POST /api/vulnerabilities/matches/{id}/decision": {
    allow: ["staffA", "managerA"],
    witness: "netAdmin",
    rule: "vuln_match.decide: the installation's owner (the host's custodian), its department's keepers or manage_network",
    async prepare(w) {
      const id = await match(w);
      return {
        url: `/api/vulnerabilities/matches/${id}/decision`,
        body: { state: "not_affected", reason: "該当機能を使用していない" },
        watch: [["vuln_matches", id]],
      };
    },
  },
};
