/**
 * The shape of every audit event type's `data`, as zod schemas: the one place it is declared.
 * The server's writer (server/audit/record.ts) takes only `AuditDataOf<T>` for an event of type
 * T, a test parses what the routes store against these schemas (server/audit/data.test.ts), and
 * the web's event detail reads `data` through the same types. The labels are in
 * common/audit-events.ts, keyed by the same types.
 *
 * `data` never holds secrets. A change is `{ field: { from, to } }`. `via` says how a change
 * was made outside a request ("job", "cli"); the writer adds it to any event. Each schema names
 * every field its writers store (optional where some writers leave it out) and no other: the
 * writer's object literals are checked against it by TypeScript, and the stored events by the
 * route tests (server/test/audit-data.ts), which count a field the schema does not declare as
 * a problem.
 */
import { z } from "zod";

/** One field's change: what it was and what it became. */
const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value });
export const Changes = z.record(z.string(), change(z.unknown()));
const Via = z.object({ via: z.string().optional() });
const WithChanges = z.object({ changes: Changes, ...Via.shape });
const LoginRef = z.object({ loginId: z.string(), ...Via.shape });
const AssetRef = z.object({ assetNumber: z.string(), ...Via.shape });
const IncidentStep = z.object({ step: z.number(), duty: z.string() });
const VulnImport = z.object({
  file: z.string(),
  sha256: z.string(),
  format: z.unknown(),
  advisories: z.number(),
  error: z.unknown(),
});
const RequestMove = z.object({ kind: z.string(), from: z.string(), to: z.string(), ...Via.shape });
const I18n = z.object({ ja: z.string(), en: z.string() });
const Clause = z.string().nullable();
/** The provider's answer an OIDC sign-in was refused on: who it said the person is. */
const Provider = z.object({
  issuer: z.string(),
  subject: z.string(),
  claim: z.string(),
  value: z.string().nullable(),
});
/** A request's decision at one step (approve, reject, return), and the override's reason where one was given. */
const RequestDecision = z.object({
  ...RequestMove.shape,
  ...IncidentStep.shape,
  comment: z.string().nullable(),
  override: z.literal(true).optional(),
  overrideReason: z.string().optional(),
  clause: z.string().optional(),
});
/** A register entry (appended, or a correction of an earlier one). */
const RegisterEntry = z.object({
  register: z.string(),
  entryType: z.string(),
  correctsId: z.string().nullable(),
  closesId: z.string().nullable(),
  sourceRequestId: z.string().nullable(),
});
/** The escalation of an incident to one step's holders (none: the step was skipped). */
const EscalationStep = z.object({
  ...IncidentStep.shape,
  targets: z.array(z.object({ personId: z.string(), actingForPersonId: z.string().nullable() })),
  dueAt: z.string(),
  clause: z.string().nullable(),
  ...Via.shape,
});
/** A violator's rights suspended, withdrawn or restored: the login's disabled flag before and after. */
const RightsChange = z.object({
  personId: z.string(),
  userId: z.string().nullable(),
  disabled: change(z.boolean().nullable()),
  reason: z.string().nullable(),
  clause: Clause,
});
/** A role assignment a transfer or a leaving ended (the day before the effective date). */
const EndedRole = z.object({
  id: z.string(),
  roleKey: z.string(),
  roleTitle: I18n,
  scopeDepartmentId: z.string().nullable(),
  validTo: z.string(),
});
/**
 * What a transfer or leaving hands over: a role ended or to review, a deputy arrangement. The org
 * module's API answers the same shape (server/modules/org/schema.ts names it for the OpenAPI
 * document); `as` is set for deputy arrangements: whether the person was the principal or the deputy.
 */
export const HandoverEntry = z.object({
  kind: z.enum(["role_assignment", "deputy"]),
  action: z.enum(["ended", "review"]),
  id: z.string(),
  roleKey: z.string().nullable(),
  roleTitle: I18n.nullable(),
  scope: z.string().nullable(),
  scopeDepartmentId: z.string().nullable(),
  scopeDepartmentName: z.string().nullable(),
  as: z.enum(["principal", "deputy"]).nullable(),
  otherPersonId: z.string().nullable(),
  otherPersonName: z.string().nullable(),
});
/** A login administered (unlocked, reset, disabled, enabled): the login and how many sessions ended. */
const AdministeredLogin = z.object({ ...LoginRef.shape, sessionsRevoked: z.number() });
/** An account review's item decided, or its task done. */
const ReviewItem = z.object({
  reviewId: z.string(),
  itemId: z.string(),
  loginName: z.string(),
  decision: z.string(),
});
/** A list exported as a file: format, the list's filters, the rows it held (audit log: undefined, streamed). */
const ListExported = z.object({ format: z.string(), filter: z.unknown(), rows: z.number().optional() });

/** What bringing the check items in line with the catalog did (assurance). */
const ItemCounts = z.object({
  added: z.number(),
  textChanged: z.number(),
  retired: z.number(),
  restored: z.number(),
  unchanged: z.number(),
});
/** A file as stored (evidence, an attachment): its id, name, type, size and digest. */
const AddedFile = z.object({
  fileId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
});
/** The facts of a new finding, whatever it came from (assurance). */
const NewFinding = z.object({ clauseId: z.string(), severity: z.string(), dueDate: z.string() });
/**
 * An audit's step (approve, start, report, close): its status before and after; starting and
 * closing say whose read access to which units and period begins or ends, reporting names the
 * auditors from audited units (やむを得ない場合).
 */
const AuditStep = z.object({
  from: z.string(),
  to: z.string(),
  readGrant: z
    .object({
      auditors: z.array(z.string()),
      units: z.array(z.string()),
      from: z.string(),
      to: z.string(),
      active: z.boolean(),
    })
    .optional(),
  unavoidableExceptions: z
    .array(z.object({ personId: z.string(), reason: z.string().nullable() }))
    .optional(),
});

/** A training plan's step (submit, return, approve, put in effect): its status before and after. */
const PlanStep = z.object({
  from: z.string(),
  to: z.string(),
  note: z.string().nullable(),
  clause: z.string(),
  /** Why the approver approved a plan they drafted or submitted (where the rules allow it, with a reason). */
  overrideReason: z.string().optional(),
});
/** Attendance of a session, entered or imported: the people (up to 200 named) and how it was taken. */
const Attendance = z.object({
  courseId: z.string(),
  method: z.string(),
  count: z.number(),
  personIds: z.array(z.string()).optional(),
});

export const AUDIT_DATA = {
  // 情報資産 (assets)
  "asset.created": z.object({
    ...AssetRef.shape,
    name: z.string(),
    kind: z.string().optional(),
    levels: z.unknown().optional(),
    origin: z.unknown().optional(),
    classificationPending: z.boolean().optional(),
    decideBy: z.string().nullable().optional(),
    rule: z.unknown().optional(),
    clause: z.string().optional(),
  }),
  "asset.updated": z.object({ ...AssetRef.shape, changes: Changes, bulk: z.boolean().optional() }),
  "asset.reclassified": z.object({
    ...AssetRef.shape,
    from: z.unknown(),
    to: z.unknown(),
    reason: z.string(),
    clause: z.string(),
    decided: z.boolean().optional(),
  }),
  "asset.status_changed": z.object({
    ...AssetRef.shape,
    from: z.string(),
    to: z.string(),
    date: z.string(),
    note: z.string().nullable(),
    requestId: z.string().nullable().optional(),
    requestKind: z.string().nullable().optional(),
  }),
  "asset.relation_added": z.object({
    relationId: z.string(),
    type: z.string(),
    fromAssetId: z.string(),
    toAssetId: z.string(),
    other: z.string(),
  }),
  "asset.relation_removed": z.object({
    relationId: z.string(),
    type: z.string(),
    fromAssetId: z.string(),
    toAssetId: z.string(),
  }),
  "asset.named_person_added": z.object({ ...AssetRef.shape, personId: z.string() }),
  "asset.named_person_removed": z.object({ ...AssetRef.shape, personId: z.string() }),
  "asset.exported": z.object({ format: z.string(), filter: z.unknown(), rows: z.number().optional() }),
  /** An import that wrote rows: the file (its name as cleaned), the mode and what it counted. */
  "asset.imported": z.object({
    importId: z.string(),
    file: z.string().nullable(),
    format: z.string(),
    mode: z.string(),
    rows: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    skippedWithErrors: z.number(),
    batches: z.number(),
  }),
  /** One batch of an import: the assets it created ([id, number]) and updated ([id, number, fields]). */
  "asset.import_batch": z.object({
    importId: z.string(),
    batch: z.number(),
    created: z.array(z.tuple([z.string(), z.string()])),
    updated: z.array(z.tuple([z.string(), z.string(), z.array(z.string())])),
  }),
  "asset.inventoried": z.object({
    campaignId: z.string(),
    fiscalYear: z.number(),
    result: z.string(),
    from: z.string().nullable().optional(),
    to: z.string().nullable().optional(),
    followUpTaskId: z.string().optional(),
    note: z.string().nullable().optional(),
  }),
  "asset_inventory.started": z.object({
    fiscalYear: z.number(),
    deadline: z.string().nullable(),
    clause: z.string().optional(),
  }),
  "asset_inventory.completed": z.object({ fiscalYear: z.number(), late: z.boolean() }),
  "asset_view.created": z.object({ name: z.string() }),
  "asset_view.updated": z.object({ name: z.string() }),
  "asset_view.deleted": z.object({ name: z.string() }),

  // サインイン・利用者 (auth)
  "auth.login": z.object({ ...LoginRef.shape, method: z.string(), privileged: z.boolean() }),
  /** The count of failures after this one where the login exists; the provider's identity for OIDC. */
  "auth.login_failed": z.object({
    ...LoginRef.shape,
    reason: z.string(),
    failedAttempts: z.number().optional(),
    provider: Provider.optional(),
  }),
  "auth.login_refused": z.object({
    ...LoginRef.shape,
    reason: z.string(),
    until: z.string().optional(),
    provider: z.unknown().optional(),
  }),
  "auth.login_mfa_pending": z.object({ ...LoginRef.shape, method: z.string().optional() }),
  "auth.account_locked": z.object({ ...LoginRef.shape, until: z.string(), failedAttempts: z.number() }),
  "auth.logout": LoginRef,
  "auth.password_changed": z.object({ wasTemporary: z.boolean(), otherSessionsRevoked: z.number() }),
  "auth.mfa_setup_started": Via,
  "auth.mfa_enabled": z.object({ recoveryCodes: z.number() }),
  "auth.mfa_disabled": Via,
  "auth.recovery_code_used": z.object({ remaining: z.number() }),
  "auth.user_created": z.object({ ...LoginRef.shape, personId: z.string(), roles: z.array(z.string()) }),
  "auth.administrator_created": z.object({
    ...LoginRef.shape,
    personId: z.string(),
    roleKey: z.string(),
    roleAssignmentId: z.string(),
    passwordSource: z.string(),
  }),
  "auth.user_unlocked": z.object({
    ...LoginRef.shape,
    wasLockedUntil: z.string().nullable(),
    failedAttempts: z.number(),
  }),
  /** Someone tried to grant themselves power (#12 item 4); refused, reported. */
  "access.self_grant_refused": z.object({
    change: z.string(),
    /** The refused change's facts, as the place that refused it names them. */
    detail: z.object({
      /** The department before and after: a unit's id, or the directory's code (a sync's plan). */
      to: z.unknown().optional(),
      from: z.unknown().optional(),
      runId: z.string().optional(),
      roleKey: z.string().optional(),
      principalPersonId: z.string().optional(),
      personId: z.string().optional(),
      toDepartmentId: z.string().optional(),
      newTitle: z.string().nullable().optional(),
      roleChanges: z.array(z.unknown()).optional(),
      assetId: z.string().optional(),
      assetNumber: z.string().optional(),
      systemId: z.string().optional(),
      accountId: z.string().optional(),
      loginName: z.string().optional(),
      rows: z.array(z.number()).optional(),
      requestNumber: z.number().optional(),
      ...Via.shape,
    }),
    singleAdministrator: z.boolean(),
  }),
  "auth.password_reset": AdministeredLogin,
  /** By an administrator (sessions revoked), or by the directory sync for a leaver (sessions ended). */
  "auth.user_disabled": z.object({
    ...LoginRef.shape,
    sessionsRevoked: z.number().optional(),
    reason: z.literal("directory_sync").optional(),
    sessionsEnded: z.number().optional(),
  }),
  "auth.user_enabled": LoginRef,
  "auth.mfa_reset": z.object({ ...AdministeredLogin.shape, wasEnabled: z.boolean() }),
  "sessions.purged": z.object({ count: z.number(), ...Via.shape }),
  "auth.reauth_refused": z.object({ ...LoginRef.shape, step: z.unknown(), reason: z.string() }),
  "auth.reauth_failed": z.object({
    ...LoginRef.shape,
    step: z.enum(["password_change", "mfa_disable", "mfa_enable"]),
    failedAttempts: z.number(),
  }),
  "auth.lock_cleared_by_owner": z.object({
    ...LoginRef.shape,
    wasLockedUntil: z.string().optional(),
    method: z.string(),
  }),

  // 組織・職員 (org / directory)
  "org.department.created": WithChanges,
  "org.department.updated": WithChanges,
  "org.department.moved": WithChanges,
  "org.department.deactivated": WithChanges,
  "org.person.created": WithChanges,
  "org.person.updated": WithChanges,
  "org.person.login_created": z.object({
    ...WithChanges.shape,
    userId: z.string(),
    mustChangePassword: z.boolean(),
    totpEnrolled: z.boolean().optional(),
  }),
  "org.role_assignment.created": z.object({
    ...WithChanges.shape,
    personId: z.string(),
    roleTitle: z.unknown(),
  }),
  "org.role_assignment.ended": z.object({
    ...WithChanges.shape,
    personId: z.string(),
    roleKey: z.string(),
    roleTitle: z.unknown(),
    endedDeputies: z.unknown(),
  }),
  "org.deputy.created": WithChanges,
  "org.deputy.ended": z.object({
    ...WithChanges.shape,
    principalPersonId: z.string(),
    deputyPersonId: z.string(),
  }),
  "org.transfer.created": z.object({
    ...WithChanges.shape,
    source: z.string(),
    file: z.string().nullable(),
    itemCount: z.number(),
  }),
  /** One person moved: the roles ended and added, the deputy arrangements to hand over, who was told. */
  "org.transfer.applied": z.object({
    ...WithChanges.shape,
    batchId: z.string(),
    itemId: z.string(),
    effectiveDate: z.string(),
    fromDepartmentId: z.string().nullable(),
    toDepartmentId: z.string(),
    endedRoleAssignments: z.array(EndedRole),
    addedRoleAssignments: z.array(
      z.object({
        id: z.string(),
        roleKey: z.string(),
        scopeDepartmentId: z.string().nullable(),
        validFrom: z.string().nullable(),
      }),
    ),
    deputies: z.array(HandoverEntry),
    notified: z.array(z.string()),
  }),
  "org.transfer.batch_applied": z.object({ ...WithChanges.shape, itemCount: z.number() }),
  "org.transfer.cancelled": WithChanges,
  "org.directory_sync.previewed": z.object({ counts: z.record(z.string(), z.number()), ...Via.shape }),
  "org.directory_sync.applied": z.object({
    counts: z.record(z.string(), z.number()),
    confirmedMassDisable: z.boolean(),
  }),
  "org.directory_sync.failed": z.object({ reason: z.string(), ...Via.shape }),
  "org.separation.created": z.object({ ...WithChanges.shape, kind: z.string(), personId: z.string() }),
  /** A leaving took effect: the roles and deputy arrangements ended, sessions ended, who was told, IDs flagged. */
  "org.separation.applied": z.object({
    ...WithChanges.shape,
    separationId: z.string(),
    kind: z.string(),
    effectiveDate: z.string(),
    fromDepartmentId: z.string().nullable(),
    endedRoleAssignments: z.array(EndedRole),
    endedDeputies: z.array(z.string()),
    sessionsEnded: z.number(),
    notified: z.array(z.string()),
    idsFlagged: z.number(),
    clause: Clause,
  }),
  "org.separation.cancelled": z.object({ ...WithChanges.shape, kind: z.string(), personId: z.string() }),

  // 申請・承認 (requests)
  /** A request made (drafted, or filed by another module): the assets it names and the clauses it rests on. */
  "request.created": z.object({
    kind: z.string(),
    number: z.union([z.string(), z.number()]),
    assetIds: z.array(z.string()),
    approvalRequired: z.boolean(),
    basis: z.array(z.string()),
  }),
  "request.updated": z.object({
    number: z.union([z.string(), z.number()]),
    changedFields: z.array(z.string()),
    assetIdsBefore: z.array(z.string()),
    assetIds: z.array(z.string()),
    approvalRequiredBefore: z.boolean(),
    approvalRequired: z.boolean(),
    basis: z.array(z.string()),
  }),
  /** Submitted: the approvers resolved for each step (the people who may decide it). */
  "request.submitted": z.object({
    ...RequestMove.shape,
    approvalRequired: z.boolean(),
    emergency: z.boolean(),
    basis: z.array(z.string()),
    approvers: z.array(z.object({ step: z.number(), duty: z.string(), people: z.array(z.string()) })),
  }),
  "request.approved": RequestDecision,
  "request.approval_notified": z.object({ kind: z.string(), to: z.array(z.string()), clause: z.string() }),
  "request.rejected": RequestDecision,
  "request.returned": RequestDecision,
  "request.cancelled": z.object({ ...RequestMove.shape, reason: z.string().nullable() }),
  "request.started": z.object({ ...RequestMove.shape, at: z.string() }),
  "request.completed": z.object({ ...RequestMove.shape, completion: z.unknown() }),
  "request.expired": z.object({ ...RequestMove.shape, endsAt: z.string() }),
  "request.return_reported": z.object({
    kind: z.string(),
    returnedAt: z.string(),
    overdue: z.boolean(),
    reportDueAt: z.string().nullable(),
    reportLate: z.boolean(),
    note: z.string().nullable(),
  }),
  "request.return_overdue_reminded": z.object({ dueAt: z.unknown(), notices: z.number(), ...Via.shape }),
  "request.return_overdue_escalated": z.object({ dueAt: z.unknown(), notices: z.number(), ...Via.shape }),
  "request.post_reported": z.object({ kind: z.string(), late: z.boolean(), dueAt: z.string().nullable() }),
  "request.post_report_overdue": z.object({ dueAt: z.string(), ...Via.shape }),
  "request.notification_read": z.object({ requestId: z.string().nullable() }),

  // 記録簿 (registers)
  "register.appended": RegisterEntry,
  "register.corrected": RegisterEntry,

  // インシデント (incidents)
  /** A staff report keeps its summary; a public one only that it arrived (the words stay in the case). */
  "incident.reported": z.object({
    source: z.enum(["staff", "public"]),
    receiptNumber: z.string(),
    summary: z.string().optional(),
    personalInfo: z.boolean().optional(),
    personCount: z.number().nullable().optional(),
  }),
  "incident.triaged": z.object({
    decision: z.string(),
    reason: z.string().nullable(),
    duplicateOf: z.string().nullable(),
    severity: z.string().nullable(),
    category: z.string().nullable(),
    stage: change(z.string()),
  }),
  "incident.stage_changed": z.object({ stage: change(z.string()), note: z.unknown() }),
  "incident.closed": z.object({
    stage: change(z.string()),
    cause: z.string(),
    measures: z.string(),
    preventionActions: z.array(
      z.object({ id: z.string(), title: z.string(), dueDate: z.string().nullable() }),
    ),
  }),
  "incident.acknowledged": z.object({
    ...IncidentStep.shape,
    note: z.string().nullable(),
    stage: z.string(),
  }),
  "incident.escalated": z.object({ ...IncidentStep.shape, dueAt: z.string(), ...Via.shape }),
  "incident.escalation_notified": EscalationStep,
  "incident.escalation_skipped": EscalationStep,
  "incident.deputy_post_report": z.object({ step: z.number(), report: z.unknown() }),
  "incident.asset_linked": z.object({
    assetId: z.string(),
    assetNumber: z.string(),
    assetName: z.string(),
    note: z
      .string()
      .nullable()
      .optional() /** Present when the linker may not open the asset: the need-to-know grant for this case. */,
    needToKnowReason: z.string().optional(),
  }),
  "incident.evidence_added": AddedFile,
  "incident.attachment_added": AddedFile,
  "incident.custody_recorded": z.object({
    fileId: z.string(),
    sha256: z.string(),
    handedFrom: z.string(),
    handedTo: z.string(),
    handedAt: z.string(),
  }),
  "incident.timeline_added": z.object({
    entryId: z.string(),
    kind: z.string(),
    occurredAt: z.string(),
    text: z.string(),
  }),
  "incident.task_added": z.object({
    taskId: z.string(),
    title: z.string(),
    assigneePersonId: z.string().nullable(),
    dueDate: z.string().nullable(),
  }),
  "incident.task_updated": z.object({ taskId: z.string(), result: z.string().nullable(), done: z.boolean() }),
  "incident.prevention_done": z.object({ actionId: z.string(), title: z.string(), result: z.unknown() }),
  "incident.member_removed": z.object({
    personId: z.string(),
    restricted: z.boolean(),
    members: z.array(z.string()),
  }),
  "incident.restriction_set": z.object({ restricted: change(z.boolean()), members: z.unknown() }),
  /** The facts of a personal-information leak, whether reporting to the PPC is mandatory and why, the deadlines. */
  "incident.ppc_assessed": z.object({
    facts: z.object({
      personCount: z.number().nullable(),
      sensitive: z.boolean(),
      financialHarm: z.boolean(),
      improperPurpose: z.boolean(),
      awareAt: z.string(),
    }),
    mandatory: z.boolean(),
    reasons: z.array(z.string()),
    deadlines: z.array(z.object({ key: z.string(), due: z.string() })),
  }),
  "incident.outside_report_decided": z.object({
    body: z.string(),
    decision: z.string(),
    reason: z.string().nullable(),
    sentOn: z.string().nullable(),
    referenceNumber: z.string().nullable(),
    clause: Clause,
  }),
  "incident.press_decided": z.object({
    decision: z.string(),
    reason: z.unknown(),
    approverPersonId: z.string(),
  }),
  "emergency_plan.saved": z.object({ version: z.number(), note: z.unknown() }),
  "emergency_plan.drafted": z.object({ version: z.number(), note: z.unknown(), edited: z.boolean() }),
  "violation.reported": z.object({ personId: z.string(), description: z.string(), occurredOn: z.unknown() }),
  "violation.manager_notified": z.object({
    managers: z.array(z.string().nullable()),
    clause: z
      .string()
      .nullable() /** The clause that also names the ネットワーク管理者 (西原村 8.6(2)②), when they were told. */,
    alsoClause: z.string().optional(),
  }),
  "violation.measures_recorded": z.object({ measures: change(z.unknown()) }),
  "violation.rights_suspended": RightsChange,
  "violation.rights_withdrawn": RightsChange,
  "violation.rights_restored": RightsChange,

  // お知らせ・メール (notify)
  "notification.read": z.object({ module: z.string(), kind: z.string() }),
  "notification.preferences_changed": z.object({ mailMode: z.string(), before: z.unknown() }),
  "mail.resend": z.object({ before: z.string() }),

  // ソフトウェア・脆弱性 (software)
  "vulnerability.imported": VulnImport,
  "vulnerability.import_failed": VulnImport,
  "vulnerability.fetched": z.object({
    trigger: z.string(),
    attempt: z.number(),
    status: z.string(),
    feeds: z.array(z.unknown()),
    advisories: z.number(),
    matches: z.number(),
    retryAt: z.string().nullable(),
  }),
  /** A matching run: how many matches, how many new, how many went stale, and what it covered. */
  "vulnerability.matched": z.object({
    matches: z.number(),
    inserted: z.number(),
    stale: z.number(),
    scope: z.enum(["products", "advisories", "installations", "all"]),
    productIds: z.array(z.string()).readonly().optional(),
    ...Via.shape,
  }),
  /** A notice to all staff about an advisory: its kind and text, how many were told and mailed, the clauses. */
  "vulnerability.staff_notified": z.object({
    advisory: z.string(),
    kind: z.string(),
    message: z.string(),
    recipients: z.number(),
    mailed: z.number(),
    clauses: z.array(z.string()),
  }),
  "vulnerability.decided": z.object({
    state: change(z.string()),
    reason: z.unknown(),
    acceptedUntil: z.unknown(),
  }),
  /** A product registered (by hand, an inventory import, or an approved request: its id). */
  "software.product_created": z.object({
    vendor: z.string(),
    product: z.string(),
    version: z.string().nullable(),
    cpe: z.string().nullable(),
    requestId: z.string().optional(),
  }),
  /** The changed fields, and `eosRechecked`: how many running installations changed end-of-support status. */
  "software.product_updated": z.record(z.string(), z.union([change(z.unknown()), z.number()])),
  /** An installation recorded by hand, by an import (`via` "import", the file's row) or by an approved request. */
  "software.installed": z.object({
    productId: z.string(),
    assetId: z.string(),
    plannedEndOfUse: z.string().nullable().optional(),
    eos: z.string(),
    clause: Clause,
    row: z.number().optional(),
    requestId: z.string().optional(),
    requestNumber: z.number().optional(),
    ...Via.shape,
  }),
  "software.removed": z.object({ productId: z.string(), assetId: z.string() }),
  "software.licence_created": z.object({
    productId: z.string(),
    licenceType: z.string(),
    seats: z.number().nullable(),
    expiresOn: z.string().nullable(),
  }),
  "software.inventory_imported": z.object({
    file: z.string(),
    rows: z.number(),
    products: z.number(),
    installations: z.number(),
    unchanged: z.number(),
    flagged: z.number(),
  }),
  "software.eos_warned": z.object({
    count: z.number(),
    installationIds: z.array(z.string()),
    clause: z.string(),
  }),

  // 委託事業者 (suppliers)
  "supplier.contractor_created": z.object({ name: z.string(), corporateNumber: z.string().nullable() }),
  "supplier.contractor_updated": Changes,
  /** A contract registered, with the clauses its attributes require. */
  "supplier.contract_created": z.object({
    subject: z.string(),
    contractorId: z.string(),
    required: z.array(z.string()),
  }),
  "supplier.contract_updated": Changes,
  "supplier.clauses_confirmed": z.object({
    confirmations: z.array(z.unknown()),
    missing: z.array(z.string()),
  }),
  "supplier.contract_transitioned": z.object({ from: z.string(), to: z.string() }),
  "supplier.contract_blocked": z.object({ to: z.string(), blockers: z.array(z.unknown()) }),
  "supplier.security_plan_received": z.object({ receivedOn: z.string(), clause: z.string().nullable() }),
  "supplier.no_copy_confirmed": z.object({ confirmedOn: z.string(), clause: z.string().nullable() }),
  "supplier.person_added": z.object({ personId: z.string(), role: z.string(), created: z.boolean() }),
  "supplier.pledge_recorded": z.object({
    personId: z.string(),
    version: z.string(),
    signedOn: z.string(),
    receivedOn: z.string(),
  }),
  "supplier.check_recorded": z.object({
    checkedOn: z.string(),
    result: z.string(),
    importance: z.string(),
    reportedTo: z.array(z.string()),
    clause: Clause,
  }),
  "supplier.lending_recorded": z.object({
    slipNumber: z.string(),
    assetId: z.string().nullable(),
    lentOn: z.string(),
  }),
  "supplier.explanation_recorded": z.object({
    explanationId: z.string(),
    explainedOn: z.string(),
    explainedByPersonId: z.string(),
    subcontractId: z.string().nullable(),
    clause: z.string(),
  }),
  "supplier.lending_returned": z.object({ slipNumber: z.string(), returnedOn: z.string() }),
  "supplier.disposal_certified": z.object({
    slipNumber: z.string(),
    certificateNumber: z.string(),
    certifiedOn: z.string(),
    sha256: z.string(),
  }),
  "supplier.subcontract_filed": z.object({
    subcontractId: z.string(),
    contractorId: z.string(),
    level: z.number(),
    requestId: z.string(),
    parentId: z.string().nullable(),
  }),
  "supplier.subcontract_refiled": z.object({
    subcontractId: z.string(),
    requestId:
      z.string() /** The request fields that differ from the last submission (the record's own changes included). */,
    changed: z.array(z.string()),
  }),
  "supplier.subcontract_consent_recorded": z.object({
    subcontractId: z.string(),
    consentNumber: z.string(),
    consentOn: z.string(),
    clause: z.string().nullable(),
  }),
  "supplier.checklist_downloaded": z.object({ clauses: z.number(), missing: z.number() }),
  "supplier.contracts_exported": z.object({ format: z.string(), filter: z.unknown(), rows: z.number() }),
  "external_service.exported": z.object({ format: z.string(), filter: z.unknown(), rows: z.number() }),
  "supplier.incident_named": z.object({ incidentId: z.string(), receiptNumber: z.string() }),
  "external_service.filed": z.object({
    name: z.string(),
    provider: z.string(),
    category: z.string(),
    highestLevel: z.string().nullable(),
    path: z.string(),
    clause: Clause,
    managerPersonId: z.string().nullable(),
    requestId: z.string().nullable(),
  }),
  "external_service.refiled": z.object({
    requestId: z.string() /** The request fields that differ from the last submission. */,
    changed: z.array(z.string()) /** The register entry's columns the resubmission corrected. */,
    recordChanged: z.array(z.string()),
  }),
  "external_service.consulted": z.object({ consultedOn: z.string(), clause: z.string() }),
  "external_service.criteria_written": z.object({
    sectionKey: z.string(),
    version: z.number(),
    clause: z.string(),
  }),
  "external_service.reliability_judged": z.object({
    judgement: z.string(),
    judgedOn: z.string(),
    clause: z.string(),
  }),
  "external_service.check_recorded": z.object({
    phase: z.string(),
    checkedOn: z.string(),
    result: z.string(),
  }),
  "external_service.terminated": z.object({ terminatedOn: z.string() }),
  "external_service.manager_named": z.object({
    managerPersonId: z.string(),
    namedByPersonId: z.string().nullable(),
    requestId: z.string(),
    clause: z.string(),
  }),

  // 自己点検・監査 (assurance)
  "assurance.items_synced": z.object({
    profileId: z.string(),
    catalog: z.string(),
    ...ItemCounts.shape,
    ...Via.shape,
  }),
  "assurance.item_edited": z.object({
    clauseId: z.string(),
    question: change(z.string()).optional(),
    audience: change(z.string()).optional(),
    /** The clause text change the editor acknowledged (the item's last change as it was stored). */
    acknowledged: z.unknown().optional(),
  }),
  "assurance.campaign_created": z.object({
    fiscalYear: z.number(),
    scopeKey: z.string(),
    dueDate: z.string(),
    items: z.number(),
    sheets: z.number(),
    clause: z.string(),
    /** What bringing the items in line with the catalog did first. */
    itemChanges: ItemCounts,
  }),
  "assurance.campaign_closed": Via,
  "assurance.answers_saved": z.object({
    answers: z.array(z.object({ itemId: z.string(), value: z.string() })),
    late: z.boolean(),
  }),
  "assurance.sheet_submitted": z.object({ late: z.boolean(), dueDate: z.string(), noAnswers: z.number() }),
  "assurance.evidence_added": AddedFile,
  /** A finding from an answer of できていない, or from an auditor's observation during fieldwork. */
  "assurance.finding_created": z.discriminatedUnion("source", [
    z.object({ source: z.literal("answer"), answerId: z.string(), ...NewFinding.shape }),
    z.object({ source: z.literal("audit"), auditId: z.string(), ...NewFinding.shape }),
  ]),
  /** The fields that changed, and the note given with the step. */
  "assurance.finding_updated": z.object({
    state: change(z.string()).optional(),
    severity: change(z.string()).optional(),
    ownerPersonId: change(z.string().nullable()).optional(),
    correctiveAction: change(z.string().nullable()).optional(),
    dueDate: change(z.string()).optional(),
    note: z.string().optional(),
  }),
  "assurance.lateral_opened": z.object({
    departments: z.array(z.string()),
    systemKind: z.string().optional(),
    findings: z.array(z.string()),
    dueDate: z.string(),
  }),
  "assurance.plan_created": z.object({
    title: z.string(),
    findingIds: z.array(z.string()),
    approverDuty: z.string(),
    clause: z.string(),
  }),
  "assurance.plan_submitted": Via,
  "assurance.plan_decided": z.object({ decision: z.string(), note: z.string().optional() }),
  "assurance.reminders_sent": z.object({
    sheets: z.number(),
    findings: z.number(),
    date: z.string(),
    ...Via.shape,
  }),

  "assurance.audit_planned": z.object({
    kind: z.string(),
    fiscalYear: z.number(),
    units: z.array(z.string()),
    systems: z.array(z.string()),
    contractors: z.array(z.string()),
    auditors: z.array(z.string()),
    /** やむを得ない場合: an auditor from an audited unit, with the reason. */
    unavoidableExceptions: z.array(z.object({ personId: z.string(), reason: z.string() })),
    clause: z.string(),
  }),
  "assurance.audit_approved": AuditStep,
  "assurance.audit_started": AuditStep,
  "assurance.audit_reported": AuditStep,
  "assurance.audit_closed": AuditStep,
  "assurance.working_paper_added": z.object({ paperId: z.string(), title: z.string() }),
  /** An auditor read a record of an audited unit (working papers, answers, a finding, evidence). */
  "assurance.auditor_read": z.object({
    auditIds: z.array(z.string()),
    what: z.enum(["working_papers", "audit_export", "sheet", "finding", "evidence"]),
    fileId: z.string().optional(),
  }),
  /** Overdue tasks escalated: how many, the first 100 ids, the owners owed, whom it was told. */
  "vulnerability.escalated": z.object({
    count: z.number(),
    matchIds: z.array(z.string()),
    owners: z.number(),
    escalatedTo: z.number(),
    ...Via.shape,
  }),
  "vulnerability.digest_sent": z.object({ day: z.string(), recipients: z.number(), tasks: z.number() }),
  // 研修・訓練 (training)
  "training.plan_created": z.object({ fiscalYear: z.number() }),
  "training.plan_submitted": PlanStep,
  "training.plan_returned": PlanStep,
  "training.plan_approved": PlanStep,
  "training.plan_in_effect": PlanStep,
  "training.course_created": z.object({
    planId: z.string(),
    title: z.string(),
    delivery: z.string(),
    /** Who must take the course, as the course stores it (roles, units, everyone). */
    audience: z.unknown(),
  }),
  "training.material_uploaded": z.object({
    fileName: z.string(),
    size: z.number(),
    sha256: z.string(),
    replaced: z.boolean(),
  }),
  "training.session_created": z.object({ courseId: z.string(), heldOn: z.string(), place: z.string() }),
  "training.attendance_recorded": Attendance,
  "training.attendance_imported": Attendance,
  "training.elearning_passed": z.object({ score: z.number(), passMark: z.number() }),
  "training.tally_rebuilt": z.object({ courseIds: z.array(z.string()), fromDay: z.string(), ...Via.shape }),
  "training.tally_rebuild_queued": z.object({
    courseIds: z.array(z.string()),
    fiscalYear: z.number(),
    jobId: z.number(),
    /** Set when a change of the directory (a transfer, a new role) made the tally out of date. */
    cause: z.literal("directory_change").optional(),
    ...Via.shape,
  }),
  "training.new_hire_assigned": z.object({
    courseId: z.string(),
    joinedOn: z.string(),
    deadline: z.string(),
    clause: z.string(),
    ...Via.shape,
  }),
  "training.consent_requested": z.object({
    personId: z.string(),
    textVersion: z.string(),
    clause: z.string(),
  }),
  "training.consent_signed": z.object({ method: z.string(), textVersion: z.string() }),
  "training.report_made": z.object({
    stepKey: z.string(),
    to: z.string(),
    departmentId: z.string().nullable(),
    reportedOn: z.string(),
    clause: z.string(),
  }),
  "training.reminders_sent": z.object({ count: z.number(), day: z.string(), ...Via.shape }),
  "training.course_reminders_sent": z.object({
    courses: z.array(z.string()),
    pending: z.number(),
    day: z.string(),
    ...Via.shape,
  }),
  "training.drill_planned": z.object({ fiscalYear: z.number(), plannedOn: z.string() }),
  "training.drill_event_added": z.object({ at: z.string() }),
  "training.drill_held": z.object({ actions: z.number() }),
  "training.drill_action_done": z.object({ actionId: z.string() }),

  // 文書・周知 (documents)
  "document.created": z.object({
    kind: z.string(),
    title: z.string(),
    departmentId: z.string().nullable(),
    audience: z.unknown(),
  }),
  "document.updated": Changes,
  "document.version_drafted": z.object({ number: z.number(), materialChange: z.boolean() }),
  "document.version_edited": Changes,
  "document.version_approved": z.object({
    number: z.number(),
    effectiveOn: z.string(),
    duty: z.string(),
    clause: z.string(),
  }),
  "document.version_published": z.object({
    number: z.number(),
    superseded: z.number().nullable(),
    reviewDueOn: z.string().nullable(),
  }),
  "document.reviewed": z.object({
    outcome: z.string(),
    reviewDueOn: z.string().nullable(),
    clause: z.string(),
  }),
  "document.viewed": z.object({ number: z.number(), restricted: z.literal(true), what: z.string() }),
  "document.acknowledged": z.object({ number: z.number() }),
  "document.acknowledged_on_paper": z.object({
    number: z.number(),
    personId: z.string(),
    signedOn: z.string(),
  }),
  // ID管理 (accounts)
  "accounts.system_registered": z.object({
    assetId: z.string(),
    assetNumber: z.string(),
    administratorPersonId: z.string().nullable(),
    userScope: z.string(),
  }),
  "accounts.system_updated": Changes,
  /** An ID registered by hand (its holder and state) or by an import (the file). */
  "accounts.account_created": z.object({
    systemId: z.string(),
    loginName: z.string(),
    holderKind: z.string().optional(),
    personId: z.string().nullable().optional(),
    privileged: z.boolean(),
    state: z.string().optional(),
    file: z.string().optional(),
  }),
  /** The changed fields as from/to, and `via`: the file an import took them from. */
  "accounts.account_updated": z.record(z.string(), z.union([change(z.unknown()), z.string()])),
  "accounts.imported": z.object({
    systemId: z.string(),
    file: z.string(),
    created: z.number(),
    updated: z.number(),
  }),
  "accounts.card_issued": z.object({
    cardNumber: z.string(),
    personId: z.string().nullable(),
    shared: z.boolean(),
  }),
  /**
   * A card reported lost: its holder, the sessions ended, the incident opened, whom the rule told
   * (every duty or any one) and whom it could not reach, and what the reporter was answered.
   */
  "accounts.card_lost": z.object({
    cardNumber: z.string(),
    holderPersonId: z.string().nullable(),
    sessionsEnded: z.number(),
    incidentId: z.string(),
    receiptNumber: z.string(),
    mode: z.enum(["all", "any"]),
    told: z.array(
      z.object({ duty: z.string(), role: z.string().nullable(), personIds: z.array(z.string()) }),
    ),
    unreached: z.array(z.object({ duty: z.string(), role: z.string().nullable() })),
    fellBack: z.boolean(),
    answer: z.enum(["uniform", "full"]),
    clause: z.string(),
  }),
  "accounts.deletion_requested": z.object({
    systemId: z.string(),
    loginName: z.string(),
    reason: z.string().nullable(),
    told: z.array(z.object({ via: z.string(), role: z.string().nullable(), personIds: z.array(z.string()) })),
    unreached: z.array(z.object({ via: z.string(), role: z.string().nullable() })),
    fellBack: z.boolean(),
    clause: Clause,
  }),
  "accounts.deletion_decided": z.object({
    systemId: z.string(),
    loginName: z.string(),
    outcome: z.enum(["removed", "suspended", "declined"]),
    note: z.string().nullable(),
    state: change(z.string()),
    askedAt: z.string().nullable(),
    clause: Clause,
  }),
  "accounts.card_loss_unmatched": z.object({
    cardNumber: z.string().nullable(),
    cardId: z.string().nullable(),
    outcome: z.enum(["not_in_use", "unknown"]),
    state: z.string().nullable(),
    incidentId: z.string(),
    receiptNumber: z.string(),
    clause: z.string(),
  }),
  "accounts.card_loss_refused": z.object({
    cardNumber: z.string().nullable(),
    cardId: z.string().nullable(),
    reason: z.string(),
  }),
  "accounts.card_replaced": z.object({
    cardNumber: z.string(),
    newCardNumber: z.string(),
    newCardId: z.string(),
    collected: z.boolean(),
    destroyMethod: z.string().nullable(),
  }),
  "accounts.card_found": z.object({ cardNumber: z.string() }),
  "accounts.card_returned": z.object({ cardNumber: z.string() }),
  "accounts.review_started": z.object({
    title: z.string(),
    systems: z.number(),
    ids: z.number(),
    dueOn: z.string(),
    clause: z.string(),
    ...Via.shape,
  }),
  /** An ID's decision in a review: the one before, the task's due day where it asks for one. */
  "accounts.review_decided": z.object({
    ...ReviewItem.shape,
    reason: z.string().nullable(),
    overrideReason: z.string().optional(),
    previous: z.string().nullable(),
    taskDueOn: z.string().nullable(),
    clause: z.string(),
  }),
  "accounts.review_task_done": z.object({ ...ReviewItem.shape, note: z.string().nullable() }),
  "accounts.review_closed": z.object({ title: z.string() }),
  "accounts.review_reminders_sent": z.object({
    count: z.number(),
    reviews: z.number(),
    tasks: z.number(),
    day: z.string(),
    ...Via.shape,
  }),
  "accounts.review_exported": z.object({ reviewId: z.string(), format: z.string(), rows: z.number() }),
  "accounts.leaver_ids_flagged": z.object({
    separationId: z.string(),
    reason: z.string(),
    ids: z.array(z.object({ accountId: z.string(), systemId: z.string(), loginName: z.string() })),
    clause: Clause,
  }),
  "accounts.privileged_checked_out": z.object({
    checkoutId: z.string(),
    loginName: z.string(),
    purpose: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    asDeputy: z.boolean(),
    connectionLimitMinutes: z.number().nullable(),
  }),
  "accounts.privileged_returned": z.object({
    checkoutId: z.string(),
    workNote: z.string(),
    late: z.boolean(),
  }),
  "accounts.privileged_reviewed": z.object({ checkoutId: z.string(), reviewNote: z.string() }),
  "accounts.privileged_deputy_recorded": z.object({
    deputyId: z.string(),
    personId: z.string(),
    requestId: z.string(),
    requestNumber: z.number(),
  }),

  // 運用 (platform)
  "audit.head_exported": Via,
  // A list taken out as a file (#20 item 3): its format, the list's filters and how many rows.
  "audit.exported": ListExported,
  "request.list_exported": ListExported,
  "incident.list_exported": ListExported,
  "software.installations_exported": ListExported,
  "vulnerability.matches_exported": ListExported,
  "vulnerability.tasks_exported": ListExported,
  "supplier.checks_exported": ListExported,
  "assurance.findings_exported": ListExported,
  "accounts.systems_exported": ListExported,
  "accounts.ids_exported": ListExported,
  "training.courses_exported": ListExported,
  "document.list_exported": ListExported,
  "org.people_exported": ListExported,
  // 年次報告 (reports)
  "report.yearly_generated": z.object({
    fiscalYear: z.number(),
    asOf: z.string(),
    required: z.boolean(),
    /** Each figure of the report by its key: the count. */
    figures: z.record(z.string(), z.number()),
    signedHeadSeq: z.number().nullable(),
    clause: z.string(),
  }),
  "report.yearly_approved": z.object({
    fiscalYear: z.number(),
    asOf: z.string(),
    approverDuty: z.string(),
    /** Why the approver approved a report they made (where the rules allow it, with a reason). */
    overrideReason: z.string().nullable(),
    clause: z.string(),
  }),
  "settings.profile_changed": WithChanges,
  "settings.contact_point_changed": z.object({ ...WithChanges.shape, clause: z.string() }),
  "demo.loaded": z.object({
    profileId: z.string(),
    departments: z.number(),
    people: z.number(),
    assets: z.number(),
    trainingSessions: z.number(),
    logins: z.array(z.string()),
  }),
} satisfies Record<string, z.ZodType>;

/** An event type's `data`, by type. */
export type AuditEventData = { [T in keyof typeof AUDIT_DATA]: z.output<(typeof AUDIT_DATA)[T]> };
