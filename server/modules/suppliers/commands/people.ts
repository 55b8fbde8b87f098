/**
 * The contractor's people on a contract and their pledges (誓約書). A person new to the directory
 * is created there without a login, as 委託事業者の作業員 (the directory's own insert, audited here
 * in the same transaction). A pledge is recorded by the 課長 on receipt of the paper, per person and
 * form version; only for people on the contract.
 */
import { and, eq, isNull } from "drizzle-orm";
import { can } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { findPerson, insertPerson } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError } from "../../../http/errors";
import type { ContractUnit } from "../access";
import { loadContract } from "../load";
import { type ContractRole, supplierContractPeople, supplierPledges } from "../tables";

type Check = (unit: ContractUnit) => void;

export interface PersonInput {
  role: ContractRole;
  personId: string | null;
  name: string | null;
  nameKana: string | null;
  email: string | null;
  phone: string | null;
}

/** Is the person on a contract (now or before) whose 課 the caller may read? */
async function seenOnAContract(tx: DbOrTx, ctx: RequestContext, personId: string) {
  const actor = ctx.actor;
  if (!actor) return false;
  const rows = await tx
    .selectDistinct({ contractId: supplierContractPeople.contractId })
    .from(supplierContractPeople)
    .where(eq(supplierContractPeople.personId, personId));
  for (const r of rows) {
    const { unit } = await loadContract(tx, r.contractId);
    if (can(actor, "read", "contract", unit)) return true;
  }
  return false;
}

const closedError = () =>
  conflict("contract_closed", "終了した契約には記録できません。", "The contract is closed.");

export async function addContractPerson(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: PersonInput,
  now: Date,
  check: Check,
) {
  if (!input.personId && !input.name)
    throw fieldError(
      "name",
      "氏名を入力するか、登録済みの者を選んでください。",
      "Give a name or choose a registered person.",
    );
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    if (contract.state === "closed") throw closedError();
    let personId = input.personId;
    let created = false;
    if (personId) {
      const p = await findPerson(tx, personId);
      // Only the contractor's people: a staff member of the organization is not a contractor worker.
      // And only one the caller already sees on a contract (contract.read): a worker of another
      // 課's contract is answered like an unknown id (#12 item 3) — naming them would show that
      // 課's worker and their contact details on this contract.
      if (!p || p.employmentType !== "contractor_worker" || !(await seenOnAContract(tx, ctx, personId)))
        throw fieldError(
          "personId",
          "委託事業者の作業員として登録された者を選んでください。",
          "Choose a person registered as a contractor worker.",
        );
    } else {
      const row = await insertPerson(tx, {
        name: input.name as string,
        nameKana: input.nameKana,
        email: input.email,
        phone: input.phone,
        employmentType: "contractor_worker",
        departmentId: null,
        title: input.role === "responsible" ? "委託事業者の責任者" : "委託事業者の作業員",
        createdAt: now,
        updatedAt: now,
      });
      personId = row.id;
      created = true;
    }
    const [existing] = await tx
      .select()
      .from(supplierContractPeople)
      .where(
        and(eq(supplierContractPeople.contractId, contractId), eq(supplierContractPeople.personId, personId)),
      );
    if (existing && !existing.removedAt)
      throw conflict(
        "already_on_contract",
        "この者は既に契約に登録されています。",
        "This person is already on the contract.",
      );
    const [row] = existing
      ? await tx
          .update(supplierContractPeople)
          .set({ role: input.role, removedAt: null, addedAt: now })
          .where(eq(supplierContractPeople.id, existing.id))
          .returning()
      : await tx
          .insert(supplierContractPeople)
          .values({ contractId, personId, role: input.role, addedAt: now })
          .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.person_added",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: { personId, role: input.role, created },
      },
      now,
    );
    return row;
  });
}

export interface PledgeInput {
  contractId: string;
  personId: string;
  version: string;
  signedOn: string;
  receivedOn: string;
  note: string | null;
}

export async function recordPledge(db: Db, ctx: RequestContext, input: PledgeInput, now: Date, check: Check) {
  if (input.receivedOn < input.signedOn)
    throw fieldError(
      "receivedOn",
      "受領日は署名日以降にしてください。",
      "The receipt cannot precede the signature.",
    );
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, input.contractId, true);
    check(unit);
    if (contract.state === "closed") throw closedError();
    const [onContract] = await tx
      .select({ id: supplierContractPeople.id })
      .from(supplierContractPeople)
      .where(
        and(
          eq(supplierContractPeople.contractId, input.contractId),
          eq(supplierContractPeople.personId, input.personId),
          isNull(supplierContractPeople.removedAt),
        ),
      );
    if (!onContract)
      throw fieldError(
        "personId",
        "この者はこの契約の責任者・作業員として登録されていません。先に契約に登録してください。",
        "This person is not on the contract as its responsible person or a worker; add them to the contract first.",
      );
    const [dupe] = await tx
      .select({ id: supplierPledges.id })
      .from(supplierPledges)
      .where(
        and(
          eq(supplierPledges.contractId, input.contractId),
          eq(supplierPledges.personId, input.personId),
          eq(supplierPledges.version, input.version),
        ),
      );
    if (dupe)
      throw conflict(
        "duplicate_pledge",
        "この者のこの版の誓約書は受領済みです。",
        "This person's pledge of this version is already on file.",
      );
    const receivedBy = ctx.actor?.personId;
    if (!receivedBy) throw conflict("no_actor", "受領者が不明です。", "No one to record the receipt.");
    const [row] = await tx
      .insert(supplierPledges)
      .values({ ...input, receivedByPersonId: receivedBy, createdAt: now })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.pledge_recorded",
        targetType: "supplier_contract",
        targetId: input.contractId,
        departmentId: contract.departmentId,
        data: {
          personId: input.personId,
          version: input.version,
          signedOn: input.signedOn,
          receivedOn: input.receivedOn,
        },
      },
      now,
    );
    return row;
  });
}
