/** Loading a contract with what its rules need (inside the caller's transaction). */
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { departmentUnit, personNames } from "../../directory";
import { notFound } from "../../http/errors";
import { requestOutcomes } from "../requests";
import type { ContractUnit } from "./access";
import type { ContractAttributes } from "./domain/clauses";
import type { ContractFacts } from "./domain/contract";
import type { ChainLevel } from "./domain/subcontracting";
import {
  supplierContractClauses,
  supplierContractors,
  supplierContractPeople,
  supplierContracts,
  supplierLendings,
  supplierPledges,
  supplierSubcontracts,
} from "./tables";

export type ContractRow = typeof supplierContracts.$inferSelect;

export const contractNotFound = () => notFound({ ja: "委託契約", en: "The contract" });

export async function loadContract(
  tx: DbOrTx,
  id: string,
  lock = false,
): Promise<{ contract: ContractRow; unit: ContractUnit }> {
  const q = tx.select().from(supplierContracts).where(eq(supplierContracts.id, id));
  const [contract] = lock ? await q.for("update") : await q;
  if (!contract) throw contractNotFound();
  const dept = await departmentUnit(tx, contract.departmentId);
  return { contract, unit: { departmentId: contract.departmentId, bureauId: dept?.bureauId ?? null } };
}

export function attributesOf(c: ContractRow): ContractAttributes {
  return {
    systemWork: c.systemWork,
    informationLevels: c.informationLevels,
    personalInformation: c.personalInformation,
    specificPersonalInformation: c.specificPersonalInformation,
    designatedManager: c.designatedManager,
    maintenance: c.maintenance,
  };
}

export async function contractPeople(tx: DbOrTx, contractId: string) {
  const rows = await tx
    .select()
    .from(supplierContractPeople)
    .where(and(eq(supplierContractPeople.contractId, contractId), isNull(supplierContractPeople.removedAt)))
    .orderBy(supplierContractPeople.addedAt);
  const names = await personNames(
    tx,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({ ...r, name: names.get(r.personId) ?? "—" }));
}

export async function contractFacts(tx: DbOrTx, c: ContractRow): Promise<ContractFacts> {
  // One after the other: the statements share the caller's transaction.
  const confirmations = await tx
    .select()
    .from(supplierContractClauses)
    .where(eq(supplierContractClauses.contractId, c.id));
  const people = await contractPeople(tx, c.id);
  const pledges = await tx
    .select({ personId: supplierPledges.personId })
    .from(supplierPledges)
    .where(eq(supplierPledges.contractId, c.id));
  const lendings = await tx
    .select({
      slipNumber: supplierLendings.slipNumber,
      description: supplierLendings.description,
      state: supplierLendings.state,
    })
    .from(supplierLendings)
    .where(eq(supplierLendings.contractId, c.id));
  return {
    attributes: attributesOf(c),
    confirmations,
    people: people.map((p) => ({ personId: p.personId, name: p.name, role: p.role })),
    pledges,
    securityPlanReceivedOn: c.securityPlanReceivedOn,
    lendings,
    noCopyConfirmedOn: c.noCopyConfirmedOn,
    subcontracts: await subcontractChain(tx, c.id),
  };
}

export type ChainEntry = ChainLevel & {
  row: typeof supplierSubcontracts.$inferSelect;
  requestNumber: number | null;
  requestStatus: string | null;
  decidedAt: string | null;
};

/** The contract's subcontracting chain, each level with where its request stands. */
export async function subcontractChain(tx: DbOrTx, contractId: string): Promise<ChainEntry[]> {
  const rows = await tx
    .select({ s: supplierSubcontracts, name: supplierContractors.name })
    .from(supplierSubcontracts)
    .innerJoin(supplierContractors, eq(supplierContractors.id, supplierSubcontracts.contractorId))
    .where(eq(supplierSubcontracts.contractId, contractId))
    .orderBy(supplierSubcontracts.level, supplierSubcontracts.createdAt);
  const outcomes = await requestOutcomes(
    tx,
    rows.map((r) => r.s.requestId),
  );
  return rows.map(({ s, name }) => {
    const o = outcomes.get(s.requestId);
    const refused = !o || ["rejected", "cancelled", "expired"].includes(o.status);
    return {
      id: s.id,
      parentId: s.parentId,
      level: s.level,
      contractorName: name,
      decision: o?.approved ? "approved" : refused ? "refused" : "open",
      consentOn: s.consentOn,
      row: s,
      requestNumber: o?.number ?? null,
      requestStatus: o?.status ?? null,
      decidedAt: o?.decidedAt ?? null,
    };
  });
}
