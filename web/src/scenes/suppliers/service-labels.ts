import { sceneWords, useSceneWords } from "../../i18n";
import externalServicesWords from "../../locales/scenes/externalServices.json";

export const CATEGORY_LABELS = {
  general: { ja: "一般の外部サービス", en: "General" },
  free_mail: { ja: "フリーメール", en: "Free mail" },
  online_storage: { ja: "ネットワークストレージ", en: "Online storage" },
} as const;
export const SERVICE_STATUS_LABELS = {
  requested: { ja: "承認・協議待ち", en: "Waiting for approval" },
  refused: { ja: "不承認・取下げ", en: "Refused or withdrawn" },
  in_use: { ja: "利用中", en: "In use" },
  terminated: { ja: "利用終了", en: "Ended" },
} as const;
export const PHASE_LABELS = {
  build: { ja: "構築時", en: "At build" },
  periodic: { ja: "運用時（定期）", en: "Periodic" },
  termination: { ja: "利用終了時", en: "At termination" },
} as const;

const scene = sceneWords("externalServices", externalServicesWords);

export function useServiceTexts() {
  return useSceneWords(scene);
}
