import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { AssuranceAuditDetail } from "../../contract";
import { useActionForm } from "../../forms";
import { FindingFields, type FindingFormValues, FindingValues, findingBody } from "./FindingFields";
import { useTexts } from "./labels";

/** An observation names its 課 and its title (AuditFindingReq); the rest is a finding's. */
const ObservationValues = FindingValues.extend({
  departmentId: z.string().min(1),
  title: z.string().trim().min(1).max(300),
});

/** During fieldwork a named auditor records an observation as a finding of an audited unit (10.1(7)). */
export function ObservationForm({ audit }: { audit: AssuranceAuditDetail["data"] }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (v: FindingFormValues) =>
      api.post("/api/assurance/audits/{id}/findings", {
        path: { id: audit.id },
        body: { departmentId: v.departmentId, ...findingBody(v), ownerPersonId: undefined },
      }),
    onSuccess: () => {
      form.setValues({ title: "", correctiveAction: "" });
      void qc.invalidateQueries({ queryKey: ["assurance"] });
    },
  });
  const form = useActionForm(
    ObservationValues,
    {
      departmentId: audit.units[0]?.id ?? "",
      title: "",
      severity: "medium",
      dueDate: "",
      ownerPersonId: "",
      correctiveAction: "",
    },
    create.error,
  );
  return (
    <Card withBorder data-testid="audit-observation">
      <form {...form.formProps((v) => create.mutate(v))}>
        <Stack gap="xs">
          <Text fw={500}>{tx("observation")}</Text>
          <FindingFields form={form} units={audit.units} titleRequired testIdPrefix="observation" />
          <ErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="observation-create">
              {tx("raiseFinding")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
