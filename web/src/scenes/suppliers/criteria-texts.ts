import { useSceneTexts } from "../../i18n";

/** Words of the criteria screen (外部サービスの利用に関する規定・提供者の信頼性), Japanese with English. */
const TEXTS = {
  title: { ja: "外部サービスの利用に関する規定", en: "Rules for external services" },
  hint: {
    ja: "ネットワーク管理者が整備する規定（利用判断基準・提供者の選定基準・手続・構築・運用・利用終了時の対策）と、外部サービス提供者の信頼性の判断です。課長はこの規定に従って外部サービスを選定します。",
    en: "The rules the network administrator writes (when to use a service, how providers are selected, the procedure, measures at build, in operation and at exit) and the judgement of each provider's reliability. Section heads select services by these rules.",
  },
  noCriteria: {
    ja: "この組織のポリシーは外部サービスの規定を書く役割を定めていません。",
    en: "The profile names no one who writes rules for external services.",
  },
  writtenBy: { ja: "規定を整備する人", en: "Written by" },
  basis: { ja: "根拠", en: "Basis" },
  mustCover: { ja: "定める内容", en: "What it covers" },
  notWritten: { ja: "まだ定められていません。", en: "Not written yet." },
  version: { ja: "第{n}版", en: "Version {n}" },
  revisedBy: { ja: "改定", en: "Written" },
  edit: { ja: "改定する", en: "Revise" },
  write: { ja: "定める", en: "Write" },
  text: { ja: "規定の内容", en: "Text" },
  save: { ja: "保存", en: "Save" },
  cancel: { ja: "取消", en: "Cancel" },
  reliability: { ja: "外部サービス提供者の信頼性の判断", en: "Provider reliability" },
  judgedBy: { ja: "判断する人", en: "Judged by" },
  pathsJudged: { ja: "対象の経路", en: "Paths judged" },
  service: { ja: "サービス", en: "Service" },
  provider: { ja: "提供事業者", en: "Provider" },
  department: { ja: "利用する課", en: "Department" },
  judgement: { ja: "判断", en: "Judgement" },
  unjudged: { ja: "未判断", en: "Not judged" },
  basisOf: { ja: "判断の根拠（監査報告書・認証等）", en: "Basis (audit reports, certifications)" },
  judgedOn: { ja: "判断日", en: "Judged on" },
  record: { ja: "判断を記録", en: "Record" },
  noServices: { ja: "判断の対象となる外部サービスはありません。", en: "No services to judge." },
} as const;

export const JUDGEMENT_LABELS = {
  sufficient: { ja: "信頼性は十分", en: "Reliable enough" },
  insufficient: { ja: "信頼性は不十分", en: "Not reliable enough" },
} as const;

export function useCriteriaTexts() {
  return useSceneTexts(TEXTS);
}
