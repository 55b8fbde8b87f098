import { Card, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type DashboardItem, formatDashboardCount } from "../../../../common/dashboard";
import { useLang } from "../../i18n";
import { Link } from "../../router";

const TONE_COLOR: Record<DashboardItem["tone"], string> = {
  action: "navy.9",
  warning: "red.8",
  info: "gray.8",
};

/** What needs the person's attention: items with a count as cards, zero items quietly in one line. */
export function Attention({ items, error }: { items: DashboardItem[] | undefined; error: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  if (error)
    return (
      <Text size="sm" c="dimmed" mb="md" data-testid="dashboard-attention-error">
        {t("dashboard.attention.error")}
      </Text>
    );
  if (!items) return null;
  const active = items.filter((i) => i.count > 0);
  const quiet = items.filter((i) => i.count === 0);
  return (
    <Card withBorder padding="lg" mb="md" data-testid="dashboard-attention">
      <Title order={4}>{t("dashboard.attention.title")}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("dashboard.attention.description")}
      </Text>
      {active.length === 0 ? (
        <Text size="sm" data-testid="dashboard-attention-none">
          {t("dashboard.attention.none")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {active.map((i) => (
            <Card
              key={i.key}
              withBorder
              padding="sm"
              component={Link}
              href={i.href}
              className="link-card"
              data-testid={`dashboard-count-${i.key}`}
              aria-label={`${pick(i.label)}: ${i.capped ? t("dashboard.attention.more", { n: i.count }) : i.count}`}
            >
              <Group gap="sm" wrap="nowrap" align="baseline">
                <Text
                  fw={700}
                  fz={26}
                  c={TONE_COLOR[i.tone]}
                  className="mono"
                  data-testid="dashboard-count-value"
                >
                  {formatDashboardCount(i)}
                </Text>
                <Text size="sm" fw={500}>
                  {pick(i.label)}
                </Text>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {quiet.length > 0 && (
        <Text size="xs" c="dimmed" mt="sm" data-testid="dashboard-attention-quiet">
          {t("dashboard.attention.quiet")}: {quiet.map((i) => pick(i.label)).join("・")}
        </Text>
      )}
    </Card>
  );
}
