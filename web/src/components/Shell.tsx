import {
  Alert,
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAuth, useMe } from "../auth";
import { profileTitle, useProfile } from "../hooks";
import { setLang, useLang } from "../i18n";
import { activeNavKey, visibleNav } from "../nav";
import { Link, navigate, useLocation } from "../router";
import { formatDate } from "./common";

export function LangSwitch() {
  const { lang } = useLang();
  return (
    <SegmentedControl
      size="xs"
      value={lang}
      onChange={(v) => setLang(v === "en" ? "en" : "ja")}
      data={[
        { value: "ja", label: "日本語" },
        { value: "en", label: "English" },
      ]}
      data-testid="lang-switch"
      aria-label="Language / 言語"
    />
  );
}

export function Brand() {
  return (
    <UnstyledButton component={Link} href="/" className="brand" aria-label="Sekimori">
      <img src="/favicon.svg" alt="" width={26} height={26} />
      <span className="brand-name">関守</span>
      <span className="brand-sub">Sekimori</span>
    </UnstyledButton>
  );
}

function LoginNotice() {
  const { loginNotice, dismissLoginNotice } = useAuth();
  const { t } = useTranslation();
  const { lang } = useLang();
  if (!loginNotice) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      withCloseButton
      closeButtonLabel={t("common.close")}
      onClose={dismissLoginNotice}
      mb="md"
      data-testid="previous-login"
      title={t("shell.previousLoginTitle")}
    >
      {loginNotice.at
        ? t("shell.previousLogin", { at: formatDate(loginNotice.at, lang, true), ip: loginNotice.ip ?? "—" })
        : t("shell.firstLogin")}
    </Alert>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const me = useMe();
  const { signOut } = useAuth();
  const { t } = useTranslation();
  const { pick } = useLang();
  const { path } = useLocation();
  const active = activeNavKey(path);
  const groups = visibleNav(me.user);
  const profile = useProfile();
  const profileName = profile.data ? profileTitle(profile.data, pick) : null;

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label="menu"
            />
            <Brand />
            {profileName && (
              <Text size="sm" className="header-org" visibleFrom="md" data-testid="header-profile">
                {profileName}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LangSwitch />
            <Box visibleFrom="sm" ta="right" className="header-user">
              <Text size="sm" fw={600} lh={1.2} data-testid="header-user-name">
                {me.user.name}
              </Text>
              <Text size="xs" lh={1.2} opacity={0.8}>
                {me.user.departmentName ?? t("common.noDepartment")}
              </Text>
            </Box>
            <Button
              size="xs"
              variant="white"
              color="dark"
              onClick={async () => {
                await signOut();
                navigate("/", { replace: true });
              }}
              data-testid="logout"
            >
              {t("shell.logout")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar className="app-nav no-print" aria-label={t("shell.navigation")}>
        <ScrollArea p="xs">
          {groups.map((g) => (
            <Box key={g.key} mb="sm">
              {g.label && (
                <Text size="xs" c="dimmed" fw={700} px="sm" pt={6} pb={2}>
                  {t(g.label)}
                </Text>
              )}
              {g.items.map((item) => (
                <NavLink
                  key={item.key}
                  component={Link}
                  href={item.href}
                  label={t(item.label)}
                  active={active === item.key}
                  onClick={close}
                  data-testid={item.testId}
                  variant="light"
                  className="nav-link"
                />
              ))}
            </Box>
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main className="app-main">
        <LoginNotice />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
