import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FINDING_SEVERITY_LABELS } from "../../../../common/labels";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";
import { PersonPicker } from "../../components/pickers";
import type { AssuranceSheetItem } from "../../contract";
import { useTexts } from "./labels";

/** 課長 / 局長 / the office: an answer of できていない becomes a finding with owner and deadline. */
export function FindingDialog({ item, onClose }: { item: AssuranceSheetItem; onClose(): void }) {
  const { tx, lab } = useTexts();
  const qc = useQueryClient();
  const [title, setTitle] = useState<string>(item.question);
  const [severity, setSeverity] = useState<string | null>("medium");
  const [owner, setOwner] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [action, setAction] = useState("");
  const create = useMutation({
    mutationFn: () =>
      api.post("/api/assurance/findings", {
        body: {
          answerId: item.answerId,
          title: title.trim() || undefined,
          severity,
          ownerPersonId: owner ?? undefined,
          dueDate,
          correctiveAction: action.trim() || undefined,
        },
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["assurance"] });
      onClose();
    },
  });
  const fieldError = useFieldError(create.error);
  return (
    <Modal opened onClose={onClose} title={tx("raiseFinding")} size="lg">
      <Stack>
        <TextInput
          label={tx("title")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError("title")}
        />
        <Group grow align="flex-start">
          <Select
            label={tx("severity")}
            data={["high", "medium", "low"].map((v) => ({
              value: v,
              label: lab(FINDING_SEVERITY_LABELS, v),
            }))}
            value={severity}
            onChange={setSeverity}
            allowDeselect={false}
            data-testid="finding-severity"
            error={fieldError("severity")}
          />
          <DateField
            label={tx("dueDate")}
            value={dueDate}
            onChange={setDueDate}
            required
            data-testid="finding-due"
            error={fieldError("dueDate")}
          />
        </Group>
        <PersonPicker
          label={tx("owner")}
          value={owner}
          onChange={(id) => setOwner(id)}
          data-testid="finding-owner"
          error={fieldError("ownerPersonId")}
        />
        <Textarea
          label={tx("correctiveAction")}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="finding-action"
        />
        <ErrorAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tx("cancel")}
          </Button>
          <Button onClick={() => create.mutate()} loading={create.isPending} data-testid="finding-create">
            {tx("raiseFinding")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
