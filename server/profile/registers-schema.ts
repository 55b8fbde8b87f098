/**
 * The profile's `registers:` section (記録簿): what a register's entry must record beyond the
 * register's own schema, where the text asks it — e.g. 川崎市 基準 第4章4(3) (the 廃棄記録 of a
 * 区分Ⅰ/Ⅱ medium records the 数量 and the 残骸の写真) and 第7章3(5)イ(イ) (a contractor's 証明書) —
 * and whether a data handover is confirmed by the receiving side (第8章5 相互で確認). Every rule
 * cites its clause; server/modules/registers only follows this data.
 */
import { z } from "zod";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const Key = z.string().regex(/^[a-z0-9_]+$/, "key must be lower_snake_case");

/** Fields of the disposal log a rule may require (the register's optional columns). */
export const DISPOSAL_RULE_FIELDS = ["quantity", "photoRef", "certificateNumber"] as const;
/** Yes/no questions the disposal log's form can put (the register's boolean fields). */
export const DISPOSAL_QUESTIONS = ["confidentialMedium", "byContractor"] as const;

const RequiredFields = z.strictObject({
  key: Key,
  register: z.literal("disposal_log"),
  fields: z.array(z.enum(DISPOSAL_RULE_FIELDS)).min(1),
  /** The rule applies when any of these holds. */
  when: z
    .strictObject({
      /** The entry answers this question yes (the form asks it, in the profile's words). */
      answer: z.strictObject({ key: z.enum(DISPOSAL_QUESTIONS), question: I18n }).optional(),
      /** The entry's `method` is one of these (the disposal request's methods, e.g. `contractor`). */
      methods: z.array(z.string().min(1)).optional(),
      /** The entry names an asset of one of these kinds whose confidentiality is one of these levels. */
      asset: z
        .strictObject({
          kinds: z.array(z.string().min(1)).min(1),
          confidentiality: z.array(z.string().min(1)).min(1),
        })
        .optional(),
    })
    .refine((w) => w.answer || w.methods || w.asset, "when needs answer, methods or asset"),
  text: I18n,
  clause: ClauseRef,
});

export const RegistersSection = z.strictObject({
  required_fields: z.array(RequiredFields).default([]),
  /**
   * A data handover entry is confirmed by the receiving side (相互で確認): the register shows
   * 未確認 / 確認済み and the receiving 課's member (or the recorder, for data received) confirms.
   */
  handover_confirmation: z.strictObject({ text: I18n, clause: ClauseRef }).optional(),
});

export type RegistersSectionT = z.infer<typeof RegistersSection>;
export type RequiredFieldsRule = z.infer<typeof RequiredFields>;
