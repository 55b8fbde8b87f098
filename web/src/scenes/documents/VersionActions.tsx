import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { DateField } from "../../components/DateField";
import { OverrideReasonField } from "../../components/OverrideReasonField";
import type { DocumentSummary, DocumentVersionMeta, DocumentVersionPage } from "../../contract";
import { useActionForm } from "../../forms";
import { useTexts } from "./labels";

const useRefresh = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ["documents"] });
};

/** VersionReq as the browser checks it (server/modules/documents/schema.ts). */
const VersionValues = z.object({
  text: z.string().trim().min(1).max(500_000),
  changeSummary: z.string().trim().max(2000),
  materialChange: z.boolean(),
});
type VersionV = z.infer<typeof VersionValues>;

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
  const save = useMutation({
    mutationFn: (v: VersionV) => {
      const body = {
        text: v.text,
        changeSummary: v.changeSummary.trim() || null,
        materialChange: v.materialChange,
      };
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
  const form = useActionForm(
    VersionValues,
    {
      text: draft?.text ?? "",
      changeSummary: draft?.changeSummary ?? "",
      materialChange: draft?.materialChange ?? true,
    },
    save.error,
  );
  return (
    <Modal opened onClose={onClose} title={draft ? tx("editDraft") : tx("newVersion")} size="xl">
      <form {...form.formProps((v) => save.mutate(v))} data-testid="version-form">
        <Stack>
          <Textarea
            label={tx("text")}
            autosize
            minRows={12}
            maxRows={30}
            required
            data-testid="version-text"
            {...form.getInputProps("text")}
          />
          <TextInput
            label={tx("changeSummary")}
            maxLength={2000}
            data-testid="version-summary"
            {...form.getInputProps("changeSummary")}
          />
          <Checkbox
            label={tx("material")}
            data-testid="version-material"
            {...form.getInputProps("materialChange", { type: "checkbox" })}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tx("cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="version-save">
              {tx("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** ApproveReq as the browser checks it: the 施行日, and the reason only where one's own draft. */
const ApproveValues = z.object({
  effectiveOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  overrideReason: z.string().trim().max(2000),
});
type ApproveV = z.infer<typeof ApproveValues>;

/** Approve a draft with its 施行日 (the approver the profile names), or publish an approved version. */
export function PendingActions({ doc, pending }: { doc: DocumentSummary; pending: DocumentVersionMeta }) {
  const { tx } = useTexts();
  const refresh = useRefresh();
  const approve = useMutation({
    mutationFn: (v: ApproveV) =>
      api.post("/api/documents/{id}/versions/{number}/approve", {
        path: { id: doc.id, number: pending.number },
        body: {
          effectiveOn: v.effectiveOn,
          overrideReason: v.overrideReason.trim() || undefined,
        },
      }),
    onSuccess: refresh,
  });
  const form = useActionForm(ApproveValues, { effectiveOn: "", overrideReason: "" }, approve.error);
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
        <form {...form.formProps((v) => approve.mutate(v))} data-testid="approve-form">
          <Stack gap="xs">
            <Group align="flex-start">
              <DateField
                label={tx("effectiveOn")}
                value={form.values.effectiveOn || null}
                onChange={(v) => form.setFieldValue("effectiveOn", v ?? "")}
                error={form.errors.effectiveOn}
                description={tx("approveHint")}
                required
                data-testid="approve-effective-on"
              />
              <Button type="submit" mt={25} loading={approve.isPending} data-testid="approve-version">
                {tx("approve")}
              </Button>
            </Group>
            <OverrideReasonField
              label={tx("overrideReason")}
              value={form.values.overrideReason}
              onChange={(v) => form.setFieldValue("overrideReason", v)}
              error={form.errors.overrideReason as string | undefined}
              testId="approve-override-reason"
            />
          </Stack>
        </form>
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
