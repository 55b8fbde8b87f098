/**
 * What each request kind asks for (pure). The profile says WHEN a kind needs approval and WHO
 * approves (server/profile); the form fields, the assets or people a kind concerns, the act it
 * starts, the follow-up it needs and the register rows it produces belong to the kind itself and
 * are declared here, once, for the API and the web form alike.
 */

import { isIsoDate, parseIsoDate } from "../../../../common/calendar";
import type { FieldError } from "../../../http/errors";
import type { Predicate, RequestKind, RequestKindKey } from "../../../profile/schema";
import type { RequestFieldValues } from "../tables";

export type FieldType =
  | "text"
  | "longtext"
  | "date"
  | "datetime"
  | "boolean"
  | "number"
  | "select"
  | "person";

export interface FieldSpec {
  key: string;
  type: FieldType;
  label: { ja: string; en: string };
  required: boolean;
  options?: ReadonlyArray<{ value: string; ja: string; en: string }>;
  max?: number;
  /**
   * Asked only where the profile's rule for the kind reads the answer (`field_in`): a question
   * one organization's text makes decisive (川崎市 第9章6(1)) is not put to another's staff.
   */
  profileRead?: boolean;
}

/** How the act of a kind runs after permission. */
export type FollowUp =
  /** Carried out, then returned: a return report the approver confirms (川崎市 第4章1(5)エ(オ)). */
  | "return_report"
  /** Disposal completes only with method, date, person and evidence (certificate number or photo). */
  | "disposal_evidence"
  /** External provision records the recipient (and encryption where the profile requires it). */
  | "provision_record"
  /** A permission valid for a period, ended by a job when it expires. */
  | "validity"
  /** Nothing after the permission but marking it done. */
  | "none";

export interface KindSpec {
  key: RequestKindKey;
  /** "What do you want to do?" in plain words. */
  plain: { ja: string; en: string };
  /** Assets concerned: required, optional, or none (the request concerns people or a service). */
  assets: "required" | "optional" | "none";
  fields: FieldSpec[];
  /** Field holding the start of the act, and the end (return due / validity end), if any. */
  startField?: string;
  endField?: string;
  followUp: FollowUp;
  /** Filed only through another module's screen (its record and the request are made together). */
  filedFrom?: { ja: string; en: string };
  /** Rows written to carry_out_log when the act happens. */
  carryOutEvent?: "carried_out" | "brought_in" | "transported";
}

const t = (key: string, ja: string, en: string, required = true, max = 500): FieldSpec => ({
  key,
  type: "text",
  label: { ja, en },
  required,
  max,
});
const long = (key: string, ja: string, en: string, required = true): FieldSpec => ({
  key,
  type: "longtext",
  label: { ja, en },
  required,
  max: 4000,
});
const dt = (key: string, ja: string, en: string, required = true): FieldSpec => ({
  key,
  type: "datetime",
  label: { ja, en },
  required,
});
const d = (key: string, ja: string, en: string, required = true): FieldSpec => ({
  key,
  type: "date",
  label: { ja, en },
  required,
});
const b = (key: string, ja: string, en: string): FieldSpec => ({
  key,
  type: "boolean",
  label: { ja, en },
  required: false,
});

const PURPOSE = long("purpose", "目的（業務上の必要性）", "Purpose (business need)");

export const DISPOSAL_METHODS = [
  { value: "physical_destruction", ja: "物理的破壊", en: "Physical destruction" },
  { value: "secure_erase", ja: "専用ソフトウェアによる完全消去", en: "Secure erase with dedicated software" },
  { value: "degauss", ja: "磁気消去", en: "Degaussing" },
  { value: "shred", ja: "シュレッダー・溶解・焼却", en: "Shredding, dissolving or incineration" },
  {
    value: "contractor",
    ja: "委託事業者による消去（証明書あり）",
    en: "Erasure by a contractor (with certificate)",
  },
  { value: "lease_return", ja: "リース返却（消去済み）", en: "Lease return (erased)" },
] as const;

/** What is done with a stored system document (川崎市 第10章12(2)): each needs the approval. */
export const DOCUMENT_ACTS = [
  { value: "view", ja: "閲覧", en: "View" },
  { value: "lend", ja: "貸与", en: "Lend" },
  { value: "edit", ja: "加筆・修正", en: "Add to or correct" },
] as const;

/** Whether the software is among those the organization already recognised (川崎市 第9章6(1)). */
export const SOFTWARE_STATUS = [
  { value: "recognised", ja: "既に認められたもの", en: "Already recognised" },
  { value: "new", ja: "まだ認められていないもの（新規）", en: "Not yet recognised (new)" },
] as const;

/** Who is outside in a web meeting (川崎市 第9章2(5)イ: both need the 情報管理責任者's permission). */
export const MEETING_DIRECTIONS = [
  { value: "invited", ja: "外部から招待されて参加する", en: "Invited from outside" },
  { value: "inviting", ja: "外部の参加者を招待する（主催）", en: "Inviting outside participants (hosting)" },
] as const;

export const KINDS: Record<RequestKindKey, KindSpec> = {
  carry_out: {
    key: "carry_out",
    plain: {
      ja: "USBメモリ・パソコン・書類などを庁外へ持ち出したい",
      en: "Take a USB stick, computer or documents out of the office",
    },
    assets: "required",
    fields: [
      PURPOSE,
      t("destination", "持ち出し先", "Destination"),
      dt("startsAt", "持ち出し日時", "Carried out at"),
      dt("returnDueAt", "返却予定日時", "Return due at"),
      b("encrypted", "暗号化・パスワード設定済み", "Encrypted or password-protected"),
      b("lockedCase", "鍵付きケース等に格納", "In a locked case"),
    ],
    startField: "startsAt",
    endField: "returnDueAt",
    followUp: "return_report",
    carryOutEvent: "carried_out",
  },
  bring_in: {
    key: "bring_in",
    plain: {
      ja: "機器や媒体を管理区域・庁内ネットワークに持ち込みたい",
      en: "Bring a device or medium into a controlled area or the internal network",
    },
    assets: "required",
    fields: [
      PURPOSE,
      t("area", "持ち込み先（管理区域・ネットワーク）", "Area or network"),
      dt("startsAt", "持ち込み日時", "Brought in at"),
      dt("endsAt", "搬出予定日時", "To be taken out at", false),
      b("virusChecked", "ウイルスチェック・パッチ適用を確認済み", "Checked for viruses and patches"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
    carryOutEvent: "brought_in",
  },
  external_provision: {
    key: "external_provision",
    plain: { ja: "情報を庁外の相手に提供したい", en: "Provide information to someone outside" },
    assets: "required",
    fields: [
      PURPOSE,
      t("recipient", "提供先（相手方）", "Recipient"),
      t("method", "提供方法（媒体・送信方法）", "How it is provided"),
      d("providedOn", "提供日", "Provided on"),
      t("quantity", "数量", "Quantity", false, 100),
      b("encrypted", "暗号化・パスワード設定済み", "Encrypted or password-protected"),
    ],
    startField: "providedOn",
    followUp: "provision_record",
  },
  transport: {
    key: "transport",
    plain: { ja: "情報資産を車両等で運搬・移送したい", en: "Transport information assets" },
    assets: "required",
    fields: [
      PURPOSE,
      t("from", "運搬元", "From"),
      t("to", "運搬先", "To"),
      dt("startsAt", "運搬日時", "Transported at"),
      b("lockedCase", "鍵付きケース等に格納", "In a locked case"),
      b("encrypted", "暗号化・パスワード設定済み", "Encrypted or password-protected"),
    ],
    startField: "startsAt",
    followUp: "none",
    carryOutEvent: "transported",
  },
  disposal: {
    key: "disposal",
    plain: {
      ja: "機器・媒体・書類を廃棄したい（リース返却を含む）",
      en: "Dispose of a device, medium or documents (or return a lease)",
    },
    assets: "required",
    fields: [
      long("reason", "廃棄の理由", "Why it is disposed of"),
      {
        key: "method",
        type: "select",
        label: { ja: "処理方法（予定）", en: "Planned method" },
        required: true,
        options: DISPOSAL_METHODS,
      },
      d("plannedOn", "実施予定日", "Planned on"),
    ],
    startField: "plannedOn",
    followUp: "disposal_evidence",
  },
  software_install: {
    key: "software_install",
    plain: { ja: "ソフトウェアを導入したい", en: "Install software" },
    assets: "optional",
    fields: [
      t("softwareName", "ソフトウェア名", "Software"),
      {
        key: "softwareStatus",
        type: "select",
        label: { ja: "既に認められたソフトウェアか", en: "Already recognised by the organization?" },
        required: true,
        options: SOFTWARE_STATUS,
        profileRead: true,
      },
      // With the vendor, the approved request becomes the installation in the software inventory.
      t("vendor", "ベンダー（開発元）", "Vendor", false, 200),
      t("version", "バージョン", "Version", false, 100),
      t("licence", "ライセンス", "Licence", false, 200),
      PURPOSE,
    ],
    followUp: "none",
  },
  hardware_change: {
    key: "hardware_change",
    plain: { ja: "パソコン等を改造・増設・交換したい", en: "Modify, extend or replace hardware" },
    assets: "optional",
    fields: [long("description", "変更の内容", "What changes"), PURPOSE],
    followUp: "none",
  },
  personal_device: {
    key: "personal_device",
    plain: { ja: "支給以外の端末を業務に使いたい", en: "Use a device not issued by the organization" },
    assets: "none",
    fields: [
      t("device", "使用する端末", "Device"),
      PURPOSE,
      d("startsAt", "利用開始日", "From"),
      d("endsAt", "利用終了日", "Until"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
  },
  offsite_processing: {
    key: "offsite_processing",
    plain: { ja: "庁外で情報処理をしたい（在宅・出張先等）", en: "Process information outside the office" },
    assets: "optional",
    fields: [
      PURPOSE,
      t("place", "場所", "Place"),
      d("startsAt", "開始日", "From"),
      d("endsAt", "終了日", "Until"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
  },
  external_network: {
    key: "external_network",
    plain: {
      ja: "ネットワークを外部ネットワークと接続したい",
      en: "Connect a network to an external network",
    },
    assets: "optional",
    fields: [
      t("network", "接続先ネットワーク", "External network"),
      long("description", "接続の内容", "Connection"),
      PURPOSE,
    ],
    followUp: "none",
  },
  external_service: {
    key: "external_service",
    plain: { ja: "外部サービス（クラウド等）を利用したい", en: "Use an external (cloud) service" },
    assets: "optional",
    fields: [
      t("service", "サービス名", "Service"),
      t("provider", "提供事業者", "Provider"),
      long("dataHandled", "取り扱う情報", "Information handled"),
      PURPOSE,
      t("manager", "外部サービス管理者", "Service manager", false, 200),
    ],
    followUp: "none",
    filedFrom: {
      ja: "外部サービスの画面から申請してください。",
      en: "File it from the external services screen.",
    },
  },
  system_document_access: {
    key: "system_document_access",
    plain: {
      ja: "保管されているシステムドキュメント（設計書・仕様書・ソースコード等）を閲覧・借用・加筆修正したい",
      en: "View, borrow or edit a stored system document (design, specification, source code)",
    },
    // The documents are registered assets (kind document); the request is the access record.
    assets: "required",
    fields: [
      {
        key: "act",
        type: "select",
        label: { ja: "行為", en: "Act" },
        required: true,
        options: DOCUMENT_ACTS,
      },
      PURPOSE,
      t("recipient", "貸与先（貸与の場合）", "Borrower (when lending)", false, 200),
      d("startsAt", "開始日", "From"),
      d("endsAt", "終了日（返却日）", "Until (return day)"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
  },
  remote_access: {
    key: "remote_access",
    plain: {
      ja: "外部（自宅・出張先等）から庁内のネットワーク・情報システムにアクセスしたい",
      en: "Access the internal network or an information system from outside",
    },
    // The system (or network) accessed, by id. A request names only its own 課's assets, so the 課長
    // over the request's unit is the 情報セキュリティ・システム管理者 who manages that system
    // (西原村 7.2(2)① 「当該情報システムを管理する」).
    assets: "required",
    fields: [
      // 7.2(2)②: access is limited to those with a reasonable reason — the form asks for it.
      long("purpose", "アクセスが必要な理由（業務上の必要性）", "Why the access is needed (business need)"),
      t("place", "アクセス元（場所）", "Where from"),
      t("terminal", "使用する端末", "Terminal used"),
      d("startsAt", "開始日", "From"),
      d("endsAt", "終了日", "Until"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
  },
  system_setting_change: {
    key: "system_setting_change",
    plain: {
      ja: "情報システム（パソコン等を含む）の設定情報を変更したい",
      en: "Change the settings of an information system (including a PC)",
    },
    assets: "optional",
    fields: [
      t("system", "対象の情報システム", "System"),
      long("description", "変更する設定情報", "Settings changed"),
      PURPOSE,
    ],
    followUp: "none",
  },
  web_meeting: {
    key: "web_meeting",
    plain: {
      ja: "外部とのウェブ会議に参加・主催したい",
      en: "Join a web meeting hosted outside, or invite outside participants",
    },
    // The information the meeting handles: the profile may tie the approval to it (西原村 7.1(21)②④).
    assets: "optional",
    fields: [
      t("meeting", "会議名", "Meeting"),
      // Joining and hosting are different acts: 川崎市 第9章2(5)イ asks permission for both, 西原村
      // 7.1(21)④ only for an invitation from outside (hosting, ③, asks measures, not permission).
      {
        key: "direction",
        type: "select",
        label: { ja: "外部との関係", en: "Outside parties" },
        required: true,
        options: MEETING_DIRECTIONS,
      },
      t("host", "主催者", "Host"),
      t("tool", "使用するツール", "Tool", false, 200),
      dt("startsAt", "日時", "When"),
    ],
    startField: "startsAt",
    followUp: "none",
  },
  exception: {
    key: "exception",
    plain: {
      ja: "規定どおりにできないので例外措置をとりたい（緊急時は事後報告）",
      en: "Take an exception to a rule (in an emergency, report afterwards)",
    },
    assets: "optional",
    fields: [
      t("rule", "遵守が困難な規定", "Rule concerned"),
      long("reason", "合理的な理由", "Reason"),
      long("measures", "代替の措置", "Alternative measures"),
      d("startsAt", "開始日", "From"),
      d("endsAt", "終了日", "Until"),
      b("emergency", "緊急のため先に実施し事後報告する", "Emergency: act first, report afterwards"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
  },
  privileged_deputy: {
    key: "privileged_deputy",
    plain: { ja: "特権（管理者権限）の代行者を指名したい", en: "Name a deputy for a privileged ID" },
    // The system (its asset) whose privilege is delegated, by id: ID管理 records the deputy only on
    // a privileged ID of a system the approved request names (#12; the `system` text alone could
    // name anything, so an approval for one system was accepted for another).
    assets: "required",
    fields: [
      { key: "deputyPersonId", type: "person", label: { ja: "代行者", en: "Deputy" }, required: true },
      t("system", "対象システム", "System"),
      long("reason", "理由", "Reason"),
      d("startsAt", "開始日", "From"),
      d("endsAt", "終了日", "Until"),
    ],
    startField: "startsAt",
    endField: "endsAt",
    followUp: "validity",
  },
  offsite_equipment: {
    key: "offsite_equipment",
    plain: { ja: "庁外にサーバ等の機器を設置したい", en: "Install equipment outside the premises" },
    assets: "optional",
    fields: [t("equipment", "機器", "Equipment"), t("place", "設置場所", "Place"), PURPOSE],
    followUp: "none",
  },
  subcontracting: {
    key: "subcontracting",
    plain: {
      ja: "委託事業者が業務の一部を再委託する（再々委託以降も各段階で）",
      en: "A contractor subcontracts part of the work (each further level too)",
    },
    assets: "none",
    fields: [
      t("contract", "委託契約", "Contract"),
      t("subcontractor", "再委託先", "Subcontractor"),
      t("parentContractor", "再委託元", "Subcontracting party"),
      { key: "level", type: "number", label: { ja: "再委託の段階", en: "Level" }, required: true },
      long("work", "再委託する業務", "Work subcontracted"),
      long("dataHandled", "取り扱う情報", "Information handled", false),
      long("measures", "再委託先の安全管理措置", "The subcontractor's security measures"),
    ],
    followUp: "none",
    filedFrom: { ja: "委託契約の画面から申請してください。", en: "File it from the contract's screen." },
  },
  system_change: {
    key: "system_change",
    plain: { ja: "システムの変更・保守作業をしたい", en: "Carry out system change or maintenance work" },
    assets: "optional",
    fields: [
      t("system", "対象システム", "System"),
      long("description", "作業内容", "Work"),
      dt("startsAt", "作業日時", "When"),
      {
        key: "secondPersonId",
        type: "person",
        label: { ja: "確認者（2人目）", en: "Second person" },
        required: true,
      },
    ],
    startField: "startsAt",
    followUp: "none",
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The instant of a date or datetime field value (a date is midnight JST). */
export function instantOf(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  if (ISO_DATE.test(value)) return parseIsoDate(value);
  const dd = new Date(value);
  return Number.isNaN(dd.getTime()) ? null : dd;
}

function validDate(value: string): boolean {
  return isIsoDate(value);
}

/**
 * Checks a kind's fields: unknown keys, required fields, types and lengths. Returns the cleaned
 * fields or the field errors (keys `fields.<name>`), in Japanese and English.
 */
export function validateFields(
  kind: KindSpec,
  input: Record<string, unknown>,
): { ok: true; fields: RequestFieldValues } | { ok: false; errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {};
  const out: RequestFieldValues = {};
  const known = new Set(kind.fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key))
      errors[`fields.${key}`] = {
        message_ja: `「${key}」はこの申請では受け付けない項目です。`,
        message_en: `"${key}" is not a field of this request.`,
      };
  }
  for (const f of kind.fields) {
    const v = input[f.key];
    const path = `fields.${f.key}`;
    const bad = (ja: string, en: string) => {
      errors[path] = { message_ja: `${f.label.ja}${ja}`, message_en: `${f.label.en} ${en}` };
    };
    if (v === undefined || v === null || v === "") {
      if (f.required && f.type !== "boolean") bad("を入力してください。", "is required.");
      else if (f.type === "boolean") out[f.key] = false;
      continue;
    }
    switch (f.type) {
      case "text":
      case "longtext":
        if (typeof v !== "string") bad("は文字列で入力してください。", "must be text.");
        else if (v.trim().length === 0 && f.required) bad("を入力してください。", "is required.");
        else if (v.length > (f.max ?? 500))
          bad(`は${f.max ?? 500}文字以内で入力してください。`, `must be at most ${f.max ?? 500} characters.`);
        else out[f.key] = v.trim();
        break;
      case "boolean":
        if (typeof v !== "boolean") bad("は true / false で指定してください。", "must be true or false.");
        else out[f.key] = v;
        break;
      case "number":
        if (typeof v !== "number" || !Number.isFinite(v))
          bad("は数値で入力してください。", "must be a number.");
        else out[f.key] = v;
        break;
      case "date":
        if (typeof v !== "string" || !ISO_DATE.test(v) || !validDate(v))
          bad("は YYYY-MM-DD の日付で入力してください。", "must be a date (YYYY-MM-DD).");
        else out[f.key] = v;
        break;
      case "datetime":
        if (
          typeof v !== "string" ||
          !(ISO_DATETIME.test(v) || (ISO_DATE.test(v) && validDate(v))) ||
          !instantOf(v)
        )
          bad(
            "は日時（ISO 8601、時差付き）で入力してください。",
            "must be a date-time (ISO 8601 with offset).",
          );
        else out[f.key] = v;
        break;
      case "select":
        if (typeof v !== "string" || !f.options?.some((o) => o.value === v))
          bad(
            `は次のいずれかにしてください: ${(f.options ?? []).map((o) => o.ja).join("、")}`,
            `must be one of: ${(f.options ?? []).map((o) => o.value).join(", ")}`,
          );
        else out[f.key] = v;
        break;
      case "person":
        if (typeof v !== "string" || !UUID.test(v))
          bad("は職員のIDで指定してください。", "must be a person id.");
        else out[f.key] = v;
        break;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, fields: out };
}

/** Field keys a predicate reads (`field_in`), anywhere in its tree. */
function answersRead(p: Predicate | undefined, into: Set<string>): Set<string> {
  if (!p) return into;
  if ("all" in p) for (const x of p.all) answersRead(x, into);
  else if ("any" in p) for (const x of p.any) answersRead(x, into);
  else if ("not" in p) answersRead(p.not, into);
  else if ("field_in" in p) into.add(p.field_in.field);
  return into;
}

/** The answers the profile's rule for a kind decides on (approval, grounds, steps, encryption). */
export function fieldsReadBy(rule: RequestKind): Set<string> {
  const read = new Set<string>();
  answersRead(rule.approval_required_when, read);
  for (const g of rule.grounds) answersRead(g.when, read);
  for (const a of rule.approvers) answersRead(a.when, read);
  answersRead(rule.encryption_required_when?.when, read);
  return read;
}

/** The kind's spec as this profile asks it: a `profileRead` field only where the rule reads it. */
export function specFor(spec: KindSpec, rule: RequestKind): KindSpec {
  if (!spec.fields.some((f) => f.profileRead)) return spec;
  const read = fieldsReadBy(rule);
  return { ...spec, fields: spec.fields.filter((f) => !f.profileRead || read.has(f.key)) };
}

/** The valid answers to the kind's choice fields, from a form being filled (the preview). */
export function choiceAnswers(spec: KindSpec, input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of spec.fields) {
    const v = input[f.key];
    if (f.type === "select" && typeof v === "string" && f.options?.some((o) => o.value === v)) out[f.key] = v;
  }
  return out;
}

/** The kind's spec, or null for a key that is not a request kind. */
export function kindSpec(key: string): KindSpec | null {
  return (KINDS as Record<string, KindSpec>)[key] ?? null;
}
