/**
 * The org module's face (DESIGN.md §4 rule 4): the only file another module may import. People,
 * units, role holders and names are read through server/directory, not here; what org adds for
 * other modules is the contract of the 人事異動 event they react to (they are never called from
 * org) and the contact order of the emergency network.
 */
export type { HandoverEntryT as TransferHandoverEntry } from "./commands/transfers";
export { contactOrder } from "./queries";

/** Written once per person when a 人事異動 batch is applied (targetType "person"); see README. */
export const TRANSFER_APPLIED_EVENT = "org.transfer.applied";
export {
  type AppliedTransfer,
  appliedTransfers,
  departmentsLeftAfter,
  membershipChangesSql,
  membersOnDaySql,
} from "./transfer-history";
