import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { DocumentKind } from "../../contract";
import { useActionForm } from "../../forms";
import { departmentOptions, useDepartments } from "../../hooks";
import { navigate } from "../../router";
import { AudienceFields, AudienceValues } from "./AudienceFields";
import { useTexts } from "./labels";

/** What the browser checks of DocumentReq; the server checks the rest (the 課 a kind needs). */
const DocumentValues = z.object({
  kind: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  departmentId: z.string(),
  systemName: z.string().trim().max(200),
  audience: AudienceValues,
});
type V = z.infer<typeof DocumentValues>;

/** Registering a document of one of the kinds the viewer keeps (GET /api/documents/kinds). */
export function NewDocument({
  kinds,
  opened,
  onClose,
}: {
  kinds: DocumentKind[];
  opened: boolean;
  onClose(): void;
}) {
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const depts = useDepartments();
  const creatable = kinds.filter((k) => k.createIn);
  const save = useMutation({
    mutationFn: (v: V) => {
      const unit = creatable.find((k) => k.key === v.kind)?.unit;
      return api.post("/api/documents", {
        body: {
          kind: v.kind,
          title: v.title.trim(),
          departmentId: unit === "department" ? v.departmentId || null : null,
          systemName: unit === "department" ? v.systemName.trim() || null : null,
          audience: v.audience,
        },
      });
    },
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: ["documents"] });
      onClose();
      navigate(`/documents/${res.data.id}`);
    },
  });
  const form = useActionForm(
    DocumentValues,
    {
      kind: creatable[0]?.key ?? "",
      title: "",
      departmentId: "",
      systemName: "",
      audience: { everyone: true, roles: [], departments: [] },
    },
    save.error,
  );
  const chosen = creatable.find((k) => k.key === form.values.kind);
  const deptChoices =
    chosen?.unit === "department"
      ? departmentOptions(depts.data, true).filter(
          (o) => chosen.createIn === "any_department" || (chosen.createIn as string[]).includes(o.value),
        )
      : [];
  return (
    <Modal opened={opened} onClose={onClose} title={tx("newDocument")} size="lg">
      <form {...form.formProps((v) => save.mutate(v))} data-testid="new-document-form">
        <Stack>
          <Select
            label={tx("kind")}
            data={creatable.map((k) => ({ value: k.key, label: pick(k.title) }))}
            allowDeselect={false}
            required
            data-testid="new-document-kind"
            {...form.getInputProps("kind")}
          />
          <TextInput
            label={tx("title")}
            required
            maxLength={200}
            data-testid="new-document-title"
            {...form.getInputProps("title")}
          />
          {chosen?.unit === "department" && (
            <>
              <Select
                label={tx("department")}
                data={deptChoices}
                searchable
                allowDeselect={false}
                required
                data-testid="new-document-department"
                value={form.values.departmentId || null}
                onChange={(v) => form.setFieldValue("departmentId", v ?? "")}
                error={form.errors.departmentId}
              />
              <TextInput
                label={tx("system")}
                maxLength={200}
                data-testid="new-document-system"
                {...form.getInputProps("systemName")}
              />
            </>
          )}
          <AudienceFields form={form} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="new-document-save">
              {tx("create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
