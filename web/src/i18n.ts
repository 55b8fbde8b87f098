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

/**
 * A scene's own {ja, en} texts: `tx(key, values)` in the current language with `{name}` filled
 * from `values`; `lab(labels, code)` for a code of common/labels ("—" when none).
 */
export function useSceneTexts<K extends string>(texts: Readonly<Record<K, Label>>) {
  const { lang, pick } = useLang();
  const tx = (key: K, values: Record<string, string | number> = {}) =>
    pick(texts[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
  const lab = (labels: Readonly<Record<string, Label>>, code: string | null | undefined) =>
    pick(labelOf(labels, code));
  return { tx, lab, lang, pick };
}

export default i18n;
