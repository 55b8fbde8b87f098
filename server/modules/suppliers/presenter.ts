/** A contract as its screen shows it: the checklist, people and pledges, checks, lendings, open items. */
import { desc, eq } from "drizzle-orm";
import { addMonths } from "../../../common/calendar";
import { DUTIES, type Duty } from "../../../common/duties";
import { serialize } from "../../access";
import type { DbOrTx } from "../../db/client";
import { departmentNames, personNames } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetLabels } from "../assets";
import type { ContractUnit } from "./access";
import { contractIncidents } from "./commands/incidents";
import { requiredClauses } from "./domain/clauses";
import {
  clauseLabel,
  openItems,
  pledgesAsNeeded,
  pledgesRequired,
  securityPlanRequired,
} from "./domain/contract";
import { writtenConsentRequired } from "./domain/subcontracting";
import { type ContractRow, contractFacts, contractPeople, subcontractChain } from "./load";
import { checkIntervalMonths, contractorById } from "./queries";
import {
  supplierChecks,
  supplierContractClauses,
  supplierExplanations,
  supplierLendings,
  supplierPledges,
} from "./tables";

/** The profile's labels of confidentiality level keys (区分Ⅰ, 機密性3 …), never the raw keys. */
export function levelLabels(profile: Profile, keys: readonly string[]) {
  const levels = profile.classification.confidentiality.levels;
  return keys.map((k) => {
    const l = levels.find((x) => x.key === k);
    return { ja: l?.label ?? "—", en: l?.label_en ?? "—" };
  });
}

/** The checklist: every clause the profile requires of this contract and how it was confirmed. */
export async function checklistOf(db: DbOrTx, profile: Profile, c: ContractRow) {
  const confirmations = new Map(
    (await db.select().from(supplierContractClauses).where(eq(supplierContractClauses.contractId, c.id))).map(
      (r) => [r.clauseKey, r],
    ),
  );
  return requiredClauses(profile, {
    systemWork: c.systemWork,
    informationLevels: c.informationLevels,
    personalInformation: c.personalInformation,
    specificPersonalInformation: c.specificPersonalInformation,
    designatedManager: c.designatedManager,
    maintenance: c.maintenance,
  }).map((r) => {
    const conf = confirmations.get(r.key);
    return {
      ...r,
      clauseLabel: clauseLabel(r.clause),
      included: conf?.included ?? null,
      location: conf?.location ?? null,
      confirmedAt: conf?.confirmedAt.toISOString() ?? null,
    };
  });
}

export async function presentContract(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  c: ContractRow,
  unit: ContractUnit,
) {
  const facts = await contractFacts(db, c);
  const people = await contractPeople(db, c.id);
  const pledges = await db
    .select()
    .from(supplierPledges)
    .where(eq(supplierPledges.contractId, c.id))
    .orderBy(supplierPledges.receivedOn);
  const checks = await db
    .select()
    .from(supplierChecks)
    .where(eq(supplierChecks.contractId, c.id))
    .orderBy(desc(supplierChecks.checkedOn));
  const lendings = await db
    .select()
    .from(supplierLendings)
    .where(eq(supplierLendings.contractId, c.id))
    .orderBy(supplierLendings.lentOn);
  const explanations = await db
    .select()
    .from(supplierExplanations)
    .where(eq(supplierExplanations.contractId, c.id))
    .orderBy(desc(supplierExplanations.explainedOn), desc(supplierExplanations.createdAt));
  const chain = await subcontractChain(db, c.id);
  const last = checks[0]?.checkedOn ?? c.startsOn;
  const nextCheckOn = c.state === "active" ? addMonths(last, checkIntervalMonths(profile)) : null;
  const labels = await assetLabels(
    db,
    { actor, profile },
    lendings.map((l) => l.assetId),
  );
  const names = await personNames(db, [
    ...pledges.map((p) => p.receivedByPersonId),
    ...checks.map((k) => k.checkedByPersonId),
    ...explanations.flatMap((e) => [e.explainedByPersonId, e.recordedByPersonId]),
    c.noCopyConfirmedByPersonId ?? "",
    ...chain.map((l) => l.row.consentRecordedByPersonId ?? ""),
  ]);
  const [contractor, depts] = [
    await contractorById(db, c.contractorId),
    await departmentNames(db, [c.departmentId]),
  ];
  const a = facts.attributes;
  const explanation = profile.suppliers?.explanation;
  return {
    ...c,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    contractor: contractor ?? null,
    departmentName: depts.get(c.departmentId) ?? null,
    informationLevelLabels: levelLabels(profile, c.informationLevels),
    checklist: await checklistOf(db, profile, c),
    pledgeRule: {
      required: pledgesRequired(profile, a),
      asNeeded: pledgesAsNeeded(profile, a),
      clause: profile.suppliers?.pledges?.clause ?? null,
    },
    securityPlanRule: {
      required: securityPlanRequired(profile, a),
      clause: profile.suppliers?.security_plan?.clause ?? null,
    },
    noCopyRule: { clause: profile.suppliers?.end_of_contract.no_copy_confirmation?.clause ?? null },
    noCopyConfirmedByName: c.noCopyConfirmedByPersonId
      ? (names.get(c.noCopyConfirmedByPersonId) ?? null)
      : null,
    nextCheckOn,
    people: people.map((p) => ({
      id: p.id,
      personId: p.personId,
      name: p.name,
      role: p.role,
      pledges: pledges
        .filter((x) => x.personId === p.personId)
        .map((x) => ({
          id: x.id,
          version: x.version,
          signedOn: x.signedOn,
          receivedOn: x.receivedOn,
          receivedByName: names.get(x.receivedByPersonId) ?? null,
        })),
    })),
    checks: checks.map((k) => ({
      ...k,
      createdAt: k.createdAt.toISOString(),
      checkedByName: names.get(k.checkedByPersonId) ?? null,
    })),
    explanationRule: explanation
      ? {
          duty: explanation.duty,
          dutyLabel: DUTIES[explanation.duty as Duty] ?? { ja: "—", en: "—" },
          clause: explanation.clause,
        }
      : null,
    explanations: explanations.map((e) => ({
      id: e.id,
      subcontractId: e.subcontractId,
      subcontractorName: e.subcontractId
        ? (chain.find((l) => l.id === e.subcontractId)?.contractorName ?? null)
        : null,
      explainedOn: e.explainedOn,
      explainedByName: names.get(e.explainedByPersonId) ?? null,
      explainedTo: e.explainedTo,
      content: e.content,
      recordedByName: names.get(e.recordedByPersonId) ?? null,
      createdAt: e.createdAt.toISOString(),
    })),
    incidents: await contractIncidents(db, actor, c.id),
    lendings: lendings.map(({ certificateContent: _bytes, ...l }) => ({
      ...l,
      createdAt: l.createdAt.toISOString(),
      asset: l.assetId ? (labels.get(l.assetId) ?? null) : null,
      hasCertificate: !!l.certificateSha256,
    })),
    subcontractRule: profile.suppliers?.subcontracting
      ? {
          writtenConsent: writtenConsentRequired(profile, a),
          clause: profile.suppliers.subcontracting.clause,
          consentClause: profile.suppliers.subcontracting.consent_clause ?? null,
        }
      : null,
    subcontracts: chain.map((l) => ({
      id: l.id,
      parentId: l.parentId,
      level: l.level,
      contractorId: l.row.contractorId,
      contractorName: l.contractorName,
      work: l.row.work,
      dataHandled: l.row.dataHandled,
      measures: l.row.measures,
      decision: l.decision,
      requestId: l.row.requestId,
      requestNumber: l.requestNumber,
      decidedAt: l.decidedAt,
      consentNumber: l.row.consentNumber,
      consentOn: l.row.consentOn,
      consentRecordedByName: l.row.consentRecordedByPersonId
        ? (names.get(l.row.consentRecordedByPersonId) ?? null)
        : null,
    })),
    openItems: openItems(profile, c.state, facts),
    policies: serialize(actor, "contract", unit),
  };
}
