/** Loading a contract with what its rules need (inside the caller's transaction). */
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { departmentUnit, personNames } from "../../directory";
import { notFound } from "../../http/errors";
import type { ContractUnit } from "./access";
import type { ContractAttributes } from "./domain/clauses";
import type { ContractFacts } from "./domain/contract";
import {
  supplierContractClauses,
  supplierContractPeople,
  supplierContracts,
  supplierLendings,
  supplierPledges,
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
  };
}
