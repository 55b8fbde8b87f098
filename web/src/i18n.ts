import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
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

export default i18n;
