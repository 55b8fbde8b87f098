import {
  DIRECTORY_SYNC_CHANGE_LABELS,
  DIRECTORY_SYNC_RUN_LABELS,
  type Label,
} from "../../../../common/labels";
import { sceneWords, useSceneWords } from "../../i18n";
import directorySyncWords from "../../locales/scenes/directorySync.json";

/** The directory-sync screen's words (locales/scenes/directorySync.json). */
const scene = sceneWords("directorySync", directorySyncWords);

export function useSyncTexts() {
  return useSceneWords(scene);
}

export const RUN_STATUS = DIRECTORY_SYNC_RUN_LABELS;
export const CHANGE_KIND = DIRECTORY_SYNC_CHANGE_LABELS;
export const COUNT_LABEL: Record<string, Label> = {
  ...CHANGE_KIND,
  departmentsNew: { ja: "新しい所属", en: "New departments" },
  departmentsRenamed: { ja: "名称の変わった所属", en: "Renamed departments" },
  errors: { ja: "エラー", en: "Errors" },
  unchanged: { ja: "変更なし", en: "Unchanged" },
  skippedDisabled: { ja: "未登録の無効エントリ", en: "Disabled entries not in the register" },
};
export const FIELD_LABEL: Record<string, Label> = {
  employeeNumber: { ja: "職員番号", en: "Employee number" },
  name: { ja: "氏名", en: "Name" },
  nameKana: { ja: "ふりがな", en: "Name (kana)" },
  email: { ja: "メール", en: "E-mail" },
  department: { ja: "所属", en: "Department" },
  title: { ja: "職名", en: "Title" },
  active: { ja: "有効", en: "Active" },
};
export const CONFIG_LABEL: Record<string, Label> = {
  url: { ja: "接続先", en: "Server" },
  bindDn: { ja: "バインドDN", en: "Bind DN" },
  peopleBase: { ja: "職員の検索ベース", en: "People base DN" },
  peopleFilter: { ja: "職員の検索フィルタ", en: "People filter" },
  attributes: { ja: "属性の対応", en: "Attribute mapping" },
  disabled: { ja: "無効化の判定", en: "Disabled when" },
  departmentBase: { ja: "所属の検索ベース", en: "Departments base DN" },
  maxDisableShare: { ja: "確認なしで無効化できる上限", en: "Share disabled without confirmation" },
};
