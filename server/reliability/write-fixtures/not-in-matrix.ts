/** State-changing routes left out of the matrix, with the reason. */
export const NOT_IN_MATRIX: Record<string, string> = {
  "POST /api/auth/login":
    "public: it is how a session begins (login.test.ts covers lockout, MFA and rate limit)",
  "POST /api/auth/logout": "ends the caller's own session and nothing else; no record, no id to aim at",
  "POST /api/audit/head":
    "administrators only (server/audit/access.ts); the signed-head export is exercised by routes-walk and attacks-audit.test.ts — not yet in the eight-persona matrix",
  "POST /api/software/products":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "PATCH /api/software/products/{id}":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/software/installations":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "DELETE /api/software/installations/{id}":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/software/licences":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/vulnerabilities/imports":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/vulnerabilities/match-runs":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/vulnerabilities/matches/{id}/decision":
    "software module, new on 2026-12-06: who may call it is tested per role in server/modules/software/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/items/sync":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "PATCH /api/assurance/items/{id}":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/campaigns":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/campaigns/{id}/close":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "PUT /api/assurance/sheets/{id}/answers":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/sheets/{id}/submit":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/answers/{id}/files":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/findings":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "PATCH /api/assurance/findings/{id}":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/findings/{id}/lateral":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/findings/{id}/files":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/approve":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/start":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/close":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/report":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
  "POST /api/assurance/audits/{id}/papers":
    "assurance module, new on 2026-12-06: who may call it is tested per role in server/modules/assurance/*.test.ts; not yet in the eight-persona matrix",
};
