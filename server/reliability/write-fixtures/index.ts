/**
 * WRITE_FIXTURES: for every state-changing route of /api/openapi.json, how to make department A's
 * record it acts on (anew: `prepare` runs again after every call that succeeded), a body that
 * succeeds for a persona who is allowed (built from what the module tests send), and who is
 * allowed — derived from the access rules of the module (`access.ts`) and the nishihara profile:
 *
 *   staffA   住民課 staff, no role                  managerA  security_system_manager of 住民課
 *   staffB   税務課 staff, no role                  ciso      ciso (approve_exception, view_all_departments, …)
 *   csirt    csirt (triage_incident, report_outside, view_all_departments, receive_incident_reports)
 *   auditor  auditor (perform_audit only)          admin     system_staff (administer_system,
 *                                                             manage_organization, view_audit_log)
 *
 * Every persona not in `allow` must be refused (401 anonymous; 403/404 signed in), write nothing
 * (audit event count and the watched rows unchanged) and never get a 5xx.
 */

import { ACCOUNTS_FIXTURES } from "./accounts";
import { ASSETS_FIXTURES } from "./assets";
import { ASSURANCE_FIXTURES } from "./assurance";
import { ASSURANCE_AUDIT_FIXTURES } from "./assurance-audits";
import { ASSURANCE_CAMPAIGN_FIXTURES } from "./assurance-campaigns";
import { AUDIT_FIXTURES } from "./audit";
import { AUTH_FIXTURES } from "./auth";
import { DIRECTORY_FIXTURES } from "./directory";
import { DIRECTORY_SYNC_FIXTURES } from "./directory-sync";
import { DOCUMENTS_FIXTURES } from "./documents";
import { INCIDENTS_FIXTURES } from "./incidents";
import { REGISTERS_FIXTURES } from "./registers";
import { REPORTS_FIXTURES } from "./reports";
import { REQUESTS_FIXTURES } from "./requests";
import type { WriteFixture } from "./shared";
import { SOFTWARE_FIXTURES } from "./software";
import { SUPPLIERS_FIXTURES } from "./suppliers";
import { TRAINING_FIXTURES } from "./training";
import { TRANSFERS_FIXTURES } from "./transfers";
import { VIOLATIONS_FIXTURES } from "./violations";

export { NOT_IN_MATRIX } from "./not-in-matrix";
export type { BodyIdRule, Prepared, WriteFixture } from "./shared";

/** One module's fixtures per file; a route named twice is a mistake, not an override. */
function merged(...parts: Array<Record<string, WriteFixture>>): Record<string, WriteFixture> {
  const all: Record<string, WriteFixture> = {};
  for (const part of parts)
    for (const [route, fixture] of Object.entries(part)) {
      if (route in all) throw new Error(`write fixture for ${route} is defined twice`);
      all[route] = fixture;
    }
  return all;
}

export const WRITE_FIXTURES: Record<string, WriteFixture> = merged(
  ASSURANCE_FIXTURES,
  ACCOUNTS_FIXTURES,
  AUTH_FIXTURES,
  DIRECTORY_FIXTURES,
  DIRECTORY_SYNC_FIXTURES,
  TRANSFERS_FIXTURES,
  ASSETS_FIXTURES,
  REQUESTS_FIXTURES,
  REGISTERS_FIXTURES,
  INCIDENTS_FIXTURES,
  VIOLATIONS_FIXTURES,
  SUPPLIERS_FIXTURES,
  DOCUMENTS_FIXTURES,
  TRAINING_FIXTURES,
  SOFTWARE_FIXTURES,
  ASSURANCE_CAMPAIGN_FIXTURES,
  ASSURANCE_AUDIT_FIXTURES,
  AUDIT_FIXTURES,
  REPORTS_FIXTURES,
);
