import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { type Label, labelOf } from "../../common/labels";
import en from "./locales/en.json";
import ja from "./locales/ja.json";

export const LANG_KEY = "sekimori.lang";
export type Lang = "ja" | "en";

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: "ja",
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

export function setLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** Current language and a picker for {ja, en} texts coming from the server. */
export function useLang() {
  const { i18n: inst } = useTranslation();
  const lang: Lang = inst.language?.startsWith("en") ? "en" : "ja";
  const pick = (text: { ja: string; en: string } | null | undefined): string =>
    text ? (lang === "en" ? text.en || text.ja : text.ja) : "";
  return { lang, pick };
}

/** A scene's words as its resource file holds them (locales/scenes/<name>.json). */
interface SceneWords {
  ja: Record<string, string>;
  en: Record<string, string>;
}

/** A scene's words once registered: its namespace, typed by its keys. */
export interface Scene<K extends string> {
  ns: string;
  /** Type only: the scene's keys. */
  keys?: K;
}

/**
 * Adds one scene's words to the i18next resources (`scene.<ns>.<key>`). Called from the scene's
 * own module, so its words load with its chunk instead of weighing on the first screen.
 */
export function sceneWords<W extends SceneWords>(ns: string, words: W): Scene<keyof W["ja"] & string> {
  for (const lang of ["ja", "en"] as const)
    i18n.addResourceBundle(lang, "translation", { scene: { [ns]: words[lang] } }, true, false);
  return { ns };
}

/**
 * A scene's words in the current language: `tx(key, values)` with `{{name}}` filled from
 * `values`; `lab(labels, code)` for a code of common/labels ("—" when none).
 */
export function useSceneWords<K extends string>(scene: Scene<K>) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const tx = (key: K, values: Record<string, string | number> = {}) => t(`scene.${scene.ns}.${key}`, values);
  const lab = (labels: Readonly<Record<string, Label>>, code: string | null | undefined) =>
    pick(labelOf(labels, code));
  return { tx, lab, lang, pick };
}

export default i18n;
