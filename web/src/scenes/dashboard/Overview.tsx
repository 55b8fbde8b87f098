import { SimpleGrid, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { formatFiscalYear } from "../../../../common/calendar";
import { api } from "../../api";
import { FigureCard } from "./FigureCard";
import { useDashboardTexts } from "./labels";

/**
 * The steering overview beside "what needs me": GET /api/reports/dashboard, every figure counted
 * by its module with the viewer's rights; figures with nothing to count are left out.
 */
export function SteeringOverview() {
  const { tx } = useDashboardTexts();
  const overview = useQuery({
    queryKey: ["dashboard-overview"],
    queryFn: () => api.get("/api/reports/dashboard"),
    staleTime: 30_000,
  });
  if (overview.isError)
    return (
      <Text size="sm" c="dimmed" mb="md" data-testid="overview-error">
        {tx("overviewError")}
      </Text>
    );
  if (!overview.data) return null;
  const figures = overview.data.figures.filter((f) => f.rows.some((r) => r.cells.some((c) => c.count > 0)));
  return (
    <section aria-labelledby="overview-title" data-testid="dashboard-overview">
      <Title order={4} id="overview-title" mt="md">
        {tx("overviewTitle")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {tx("overviewHint", { fy: formatFiscalYear(overview.data.fiscalYear) })}
      </Text>
      {figures.length === 0 ? (
        <Text size="sm" mb="md" data-testid="overview-empty">
          {tx("overviewEmpty")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md">
          {figures.map((f) => (
            <FigureCard key={f.key} figure={f} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
