/**
 * Response schemas of the supplier and external-service write routes (and the pledge list that
 * answered `{ data }` untyped): the stored row where the command answers it (rowSchema reads the
 * table's columns), the computed answers field by field. They document /api/openapi.json and type
 * the screens (web/src/contract.ts); SEKIMORI_CHECK_RESPONSES=1 runs the module's tests against them.
 */
import { z } from "@hono/zod-openapi";
import { rowSchema } from "../../http/wire";
import {
  externalServiceChecks,
  supplierChecks,
  supplierContractIncidents,
  supplierContractors,
  supplierContractPeople,
  supplierContracts,
  supplierExplanations,
  supplierLendings,
  supplierPledges,
  supplierSubcontracts,
} from "./tables";

const data = <T extends z.ZodType>(schema: T, name: string) => z.object({ data: schema }).openapi(name);
const withFields = <T extends z.ZodType, S extends z.ZodRawShape>(row: T, fields: S) =>
  z.intersection(row, z.object(fields));

export const ContractorRowRes = data(rowSchema(supplierContractors), "SupplierContractorRow");
export const ContractRowRes = data(rowSchema(supplierContracts), "SupplierContractRow");
export const ClausesConfirmedRes = data(
  z.object({ missing: z.array(z.string()).describe("The clauses the contract still lacks") }),
  "SupplierClausesConfirmed",
);
export const ContractPersonRowRes = data(rowSchema(supplierContractPeople), "SupplierContractPersonRow");
export const ExplanationRowRes = data(rowSchema(supplierExplanations), "SupplierExplanationRow");
export const PledgeRowRes = data(rowSchema(supplierPledges), "SupplierPledgeRow");
export const PledgeListRes = data(
  z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      personName: z.string().nullable(),
      role: z.string().nullable(),
      version: z.string(),
      signedOn: z.string().nullable(),
      receivedOn: z.string().nullable(),
      note: z.string().nullable(),
      receivedByPersonId: z.string().nullable(),
      receivedByName: z.string().nullable(),
    }),
  ),
  "SupplierPledgeList",
);
export const CheckRowRes = data(
  withFields(rowSchema(supplierChecks), { notified: z.number().int() }),
  "SupplierCheckRecorded",
);
export const IncidentNamedRes = data(rowSchema(supplierContractIncidents), "SupplierContractIncidentRow");
export const LendingRowRes = data(rowSchema(supplierLendings, ["certificateContent"]), "SupplierLendingRow");
export const LendingReturnedRes = data(
  z.object({ id: z.string(), state: z.literal("returned"), returnedOn: z.string() }),
  "SupplierLendingReturned",
);
export const LendingDisposedRes = data(
  z.object({ id: z.string(), state: z.literal("disposed"), certificateSha256: z.string() }),
  "SupplierLendingDisposed",
);
export const SubcontractFiledRes = data(
  withFields(rowSchema(supplierSubcontracts), { requestNumber: z.number().int() }),
  "SupplierSubcontractFiled",
);
export const SubcontractRowRes = data(rowSchema(supplierSubcontracts), "SupplierSubcontractRow");
export const ServiceCheckRowRes = data(rowSchema(externalServiceChecks), "ExternalServiceCheckRow");
