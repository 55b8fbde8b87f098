import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
import { DateField } from "../../components/DateField";
import { OverrideReasonField } from "../../components/OverrideReasonField";
import type { DocumentSummary, DocumentVersionMeta, DocumentVersionPage } from "../../contract";
import { useTexts } from "./labels";

const useRefresh = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ["documents"] });
};

/** Draft a new version, or edit the pending draft (the document's keeper). */
export function VersionEditor({
  doc,
  draft,
  onClose,
}: {
  doc: DocumentSummary;
  draft: DocumentVersionPage["data"] | null;
  onClose(): void;
}) {
  const { tx } = useTexts();
  const refresh = useRefresh();
  const [text, setText] = useState<string>(draft?.text ?? "");
  const [changeSummary, setSummary] = useState<string>(draft?.changeSummary ?? "");
  const [materialChange, setMaterial] = useState<boolean>(draft?.materialChange ?? true);
  const save = useMutation({
    mutationFn: () => {
      const body = { text, changeSummary: changeSummary || null, materialChange };
      return draft
        ? api.patch("/api/documents/{id}/versions/{number}", {
            path: { id: doc.id, number: draft.number },
            body,
          })
        : api.post("/api/documents/{id}/versions", { path: { id: doc.id }, body });
    },
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={draft ? tx("editDraft") : tx("newVersion")} size="xl">
      <Stack>
        <Textarea
          label={tx("text")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={12}
          maxRows={30}
          data-testid="version-text"
        />
        <TextInput
          label={tx("changeSummary")}
          value={changeSummary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          data-testid="version-summary"
        />
        <Checkbox
          label={tx("material")}
          checked={materialChange}
          onChange={(e) => setMaterial(e.currentTarget.checked)}
          data-testid="version-material"
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tx("cancel")}
          </Button>
          <Button
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!text.trim()}
            data-testid="version-save"
          >
            {tx("save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Approve a draft with its 施行日 (the approver the profile names), or publish an approved version. */
export function PendingActions({ doc, pending }: { doc: DocumentSummary; pending: DocumentVersionMeta }) {
  const { tx } = useTexts();
  const refresh = useRefresh();
  const [effectiveOn, setEffectiveOn] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const approve = useMutation({
    mutationFn: () =>
      api.post("/api/documents/{id}/versions/{number}/approve", {
        path: { id: doc.id, number: pending.number },
        body: {
          effectiveOn,
          overrideReason: reason.trim() || undefined,
        },
      }),
    onSuccess: refresh,
  });
  const fieldError = useFieldError(approve.error);
  const publish = useMutation({
    mutationFn: () =>
      api.post("/api/documents/{id}/versions/{number}/publish", {
        path: { id: doc.id, number: pending.number },
      }),
    onSuccess: refresh,
  });
  return (
    <Stack gap="xs">
      {pending.state === "draft" && doc.policies.approve && (
        <Stack gap="xs">
          <Group align="flex-end">
            <DateField
              label={tx("effectiveOn")}
              value={effectiveOn}
              onChange={setEffectiveOn}
              description={tx("approveHint")}
              data-testid="approve-effective-on"
            />
            <Button
              onClick={() => approve.mutate()}
              disabled={!effectiveOn}
              loading={approve.isPending}
              data-testid="approve-version"
            >
              {tx("approve")}
            </Button>
          </Group>
          <OverrideReasonField
            label={tx("overrideReason")}
            value={reason}
            onChange={setReason}
            error={fieldError("overrideReason")}
            testId="approve-override-reason"
          />
        </Stack>
      )}
      {pending.state === "approved" && doc.policies.write && (
        <Button
          onClick={() => publish.mutate()}
          loading={publish.isPending}
          data-testid="publish-version"
          w="fit-content"
        >
          {tx("publish")}
        </Button>
      )}
      <ErrorAlert error={approve.error ?? publish.error} />
    </Stack>
  );
}

/** Record the periodic evaluation (西原村 10.3: the committee, every 年度). */
export function ReviewButtons({ doc }: { doc: DocumentSummary }) {
  const { tx } = useTexts();
  const refresh = useRefresh();
  const review = useMutation({
    mutationFn: (outcome: "no_change" | "revise") =>
      api.post("/api/documents/{id}/reviews", { path: { id: doc.id }, body: { outcome } }),
    onSuccess: refresh,
  });
  return (
    <Stack gap={4}>
      <Group>
        <Button
          variant="light"
          onClick={() => review.mutate("no_change")}
          loading={review.isPending}
          data-testid="review-no-change"
        >
          {tx("reviewNoChange")}
        </Button>
        <Button variant="light" onClick={() => review.mutate("revise")} loading={review.isPending}>
          {tx("reviewRevise")}
        </Button>
      </Group>
      <ErrorAlert error={review.error} />
    </Stack>
  );
}
