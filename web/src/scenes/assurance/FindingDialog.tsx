import { Button, Group, Modal, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { AssuranceSheetItem } from "../../contract";
import { useActionForm } from "../../forms";
import { FindingFields, type FindingFormValues, FindingValues, findingBody } from "./FindingFields";
import { useTexts } from "./labels";

/** 課長 / 局長 / the office: an answer of できていない becomes a finding with owner and deadline. */
export function FindingDialog({ item, onClose }: { item: AssuranceSheetItem; onClose(): void }) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (v: FindingFormValues) => {
      const body = findingBody(v);
      // An emptied title: the server names the finding after the item's question.
      return api.post("/api/assurance/findings", {
        body: { answerId: item.answerId, ...body, title: body.title || undefined },
      });
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["assurance"] });
      onClose();
    },
  });
  const form = useActionForm(
    FindingValues,
    {
      departmentId: "",
      title: item.question,
      severity: "medium",
      dueDate: "",
      ownerPersonId: "",
      correctiveAction: "",
    },
    create.error,
  );
  return (
    <Modal opened onClose={onClose} title={tx("raiseFinding")} size="lg">
      <form {...form.formProps((v) => create.mutate(v))} data-testid="finding-form">
        <Stack>
          <FindingFields form={form} withOwner />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="finding-create">
              {tx("raiseFinding")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
