/**
 * The profile's `documents:` section (文書・周知): which kinds of policy document the organization
 * keeps (基本方針, 対策基準, 実施手順 …), who owns and who approves each kind, which kinds are not
 * public (実施手順), how often a kind is evaluated, and who records a paper acknowledgement.
 * Every rule cites its clause; server/modules/documents only follows this data.
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty } from "../../common/duties";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const Key = z.string().regex(/^[a-z0-9_]+$/, "key must be lower_snake_case");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const Quote = z.strictObject({ ja: z.string().min(1), en: z.string().min(1).optional() });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);

/** A duty named by the text, with the clause that names it. */
const DutyRule = z.strictObject({ duty: DutyKey, clause: ClauseRef });

export const DocumentKind = z.strictObject({
  key: Key,
  title: I18n,
  /**
   * organization: one document for the whole organization (基本方針, 共通の実施手順);
   * department: a document belongs to a 課 (the 実施手順 of the systems a 課 manages).
   */
  unit: z.enum(["organization", "department"]),
  /** Who keeps the document (drafts versions, publishes them): a holder of this duty over its unit. */
  owner: DutyRule,
  /** Who approves a version: a holder of this duty over the document's unit. */
  approver: DutyRule,
  /** Not public (実施手順): only its audience and its keepers see it; each view is logged. */
  restricted: z
    .strictObject({ text: Quote, clause: ClauseRef })
    .optional()
    .describe("The clause that makes this kind non-public (西原村 基本方針 8, 川崎市 第12章10)"),
  /** How often the kind is evaluated: a published version is due for review this many months on. */
  review: z
    .strictObject({
      every_months: z.number().int().min(1).max(60),
      duty: DutyKey,
      text: Quote,
      clause: ClauseRef,
    })
    .optional(),
  text: Quote,
  clause: ClauseRef,
});

export const DocumentsSection = z.strictObject({
  kinds: z.array(DocumentKind).min(1),
  /** Staff must always be able to read the policy (西原村 6.1(3), 川崎市 第5章2): shown as 根拠. */
  posting: z.strictObject({ text: Quote, clause: ClauseRef }),
  /** Who records an acknowledgement given on paper, for a person of their 課 without a login. */
  paper_acknowledgement: z.strictObject({ duty: DutyKey, text: Quote, clause: ClauseRef }),
});

export type DocumentKindT = z.infer<typeof DocumentKind>;
export type DocumentsSectionT = z.infer<typeof DocumentsSection>;
