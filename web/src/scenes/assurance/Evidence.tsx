import { Anchor, Button, FileInput, Group, List, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, ErrorAlert } from "../../components/common";
import type { EvidenceFile } from "../../contract";
import { useTexts } from "./labels";

/**
 * Evidence files of an answer or a finding: each downloads (never shown inline); a new one is
 * uploaded when `canAdd`.
 */
export function Evidence({
  segment,
  ownerId,
  files,
  canAdd,
  testId,
}: {
  segment: "answers" | "findings";
  ownerId: string;
  files: EvidenceFile[];
  canAdd: boolean;
  testId: string;
}) {
  const { tx } = useTexts();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (file) form.set("file", file);
      return api.post(`/api/assurance/${segment}/{id}/files`, { path: { id: ownerId }, body: form });
    },
    onSuccess: () => {
      setFile(null);
      void qc.invalidateQueries({ queryKey: ["assurance"] });
    },
  });
  return (
    <Stack gap={4} data-testid={testId}>
      {files.length > 0 && (
        <List size="sm" spacing={2}>
          {files.map((f) => (
            <List.Item key={f.id}>
              <Anchor href={`/api/assurance/${segment}/${ownerId}/files/${f.id}`} download={f.fileName}>
                {f.fileName}
              </Anchor>{" "}
              <Text span size="xs" c="dimmed">
                (<DateText value={f.createdAt} />)
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canAdd && (
        <Group align="flex-end" gap="xs">
          <FileInput
            aria-label={tx("evidence")}
            placeholder={tx("evidence")}
            value={file}
            onChange={setFile}
            accept=".pdf,.png,.jpg,.jpeg,.txt"
            w={240}
            size="xs"
            data-testid={`${testId}-file`}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!file}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
            data-testid={`${testId}-upload`}
          >
            {tx("upload")}
          </Button>
        </Group>
      )}
      <ErrorAlert error={upload.error} testId={`${testId}-error`} />
    </Stack>
  );
}
