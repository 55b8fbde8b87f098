import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { DocumentKind } from "../../contract";
import { departmentOptions, useDepartments } from "../../hooks";
import { navigate } from "../../router";
import { type Audience, AudienceFields } from "./AudienceFields";
import { useTexts } from "./labels";

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
  const [kind, setKind] = useState<string | null>(creatable[0]?.key ?? null);
  const [title, setTitle] = useState("");
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [systemName, setSystemName] = useState("");
  const [audience, setAudience] = useState<Audience>({ everyone: true, roles: [], departments: [] });
  const chosen = creatable.find((k) => k.key === kind);
  const deptChoices =
    chosen?.unit === "department"
      ? departmentOptions(depts.data, true).filter(
          (o) => chosen.createIn === "any_department" || (chosen.createIn as string[]).includes(o.value),
        )
      : [];
  const save = useMutation({
    mutationFn: () =>
      api.post("/api/documents", {
        body: {
          kind,
          title,
          departmentId: chosen?.unit === "department" ? departmentId : null,
          systemName: systemName || null,
          audience,
        },
      }),
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: ["documents"] });
      onClose();
      navigate(`/documents/${res.data.id}`);
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={tx("newDocument")} size="lg">
      <Stack>
        <Select
          label={tx("kind")}
          data={creatable.map((k) => ({ value: k.key, label: pick(k.title) }))}
          value={kind}
          onChange={setKind}
          allowDeselect={false}
          data-testid="new-document-kind"
        />
        <TextInput
          label={tx("title")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          data-testid="new-document-title"
        />
        {chosen?.unit === "department" && (
          <>
            <Select
              label={tx("department")}
              data={deptChoices}
              value={departmentId}
              onChange={setDepartmentId}
              searchable
              data-testid="new-document-department"
            />
            <TextInput
              label={tx("system")}
              value={systemName}
              onChange={(e) => setSystemName(e.currentTarget.value)}
            />
          </>
        )}
        <AudienceFields value={audience} onChange={setAudience} />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tx("cancel")}
          </Button>
          <Button
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!kind || !title.trim()}
            data-testid="new-document-save"
          >
            {tx("create")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
