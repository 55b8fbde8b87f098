import { List, Text, ThemeIcon } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const PASSWORD_MIN_LENGTH = 12;

function classes(pw: string): number {
  let n = 0;
  if (/[A-Z]/.test(pw)) n++;
  if (/[a-z]/.test(pw)) n++;
  if (/[0-9]/.test(pw)) n++;
  if (/[^A-Za-z0-9]/.test(pw)) n++;
  return n;
}

/** Client-side hints only; the server checks the rule (and the history) again. */
export function passwordChecks(pw: string, confirm: string) {
  return {
    length: [...pw].length >= PASSWORD_MIN_LENGTH,
    classes: classes(pw) >= 3,
    match: pw.length > 0 && pw === confirm,
  };
}

function Mark({ ok }: { ok: boolean }) {
  return (
    <ThemeIcon size={16} radius="xl" color={ok ? "teal" : "gray"} variant={ok ? "filled" : "light"}>
      <Text size="10px" fw={700} lh={1}>
        {ok ? "✓" : "・"}
      </Text>
    </ThemeIcon>
  );
}

/** The password rule, shown next to every form that sets a password. */
export function PasswordRule({ password, confirm }: { password: string; confirm: string }) {
  const { t } = useTranslation();
  const c = passwordChecks(password, confirm);
  return (
    <div data-testid="password-rule">
      <Text size="sm" fw={600} mb={4}>
        {t("password.ruleTitle")}
      </Text>
      <List spacing={4} size="sm" center>
        <List.Item icon={<Mark ok={c.length} />}>
          {t("password.ruleLength", { n: PASSWORD_MIN_LENGTH })}
        </List.Item>
        <List.Item icon={<Mark ok={c.classes} />}>{t("password.ruleClasses")}</List.Item>
        <List.Item icon={<Mark ok={false} />}>{t("password.ruleHistory")}</List.Item>
        <List.Item icon={<Mark ok={c.match} />}>{t("password.ruleMatch")}</List.Item>
      </List>
    </div>
  );
}
