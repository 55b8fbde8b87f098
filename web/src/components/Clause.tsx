import { Anchor, Badge, Group, Modal, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { clauseLabel } from "../../../common/clause-label";
import { api } from "../api";
import { QueryState } from "./common";

// One reading of a clause id for notices, screens and files (common/clause-label.ts).
export { clauseLabel };

/** Clause text is shown as plain text; stray markup from the source documents is dropped. */
function clauseText(text: string): string {
  return text
    .replace(/<li[^>]*>/gi, "\n・")
    .replace(/<[^>]+>/g, " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

function ClauseBody({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["clause", id],
    queryFn: () => api.get("/api/profile/clauses/{id}", { path: { id } }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const c = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {c && (
        <Stack gap="sm" data-testid="clause-text">
          <Text size="xs" c="dimmed" className="mono">
            {c.id}
          </Text>
          {c.title && <Text fw={700}>{c.title}</Text>}
          <Text size="sm" style={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }} className="clause-quote">
            {clauseText(c.text)}
          </Text>
          {c.mapping && (
            <Group gap="xs">
              <Badge variant="light" color="teal">
                {t(`coverage.kind.${c.mapping.kind}`, { defaultValue: c.mapping.kind })}
              </Badge>
              <Text size="xs" c="dimmed">
                {String(c.mapping.rule ?? c.mapping.via ?? c.mapping.reason ?? "")}
                {c.mapping.note ? ` ・ ${c.mapping.note}` : ""}
              </Text>
            </Group>
          )}
          {c.obligation && !c.mapping && (
            <Badge color="red" variant="light">
              {t("coverage.unmapped")}
            </Badge>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** 根拠: a clause citation; click to read the clause text. */
export function ClauseLink({ id, prefix = true }: { id: string | undefined | null; prefix?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!id) return null;
  return (
    <>
      <Anchor
        component="button"
        type="button"
        size="xs"
        onClick={() => setOpen(true)}
        className="clause-link nowrap"
        data-testid="clause-link"
        data-clause={id}
      >
        {prefix ? `${t("policy.basis")}: ` : ""}
        {clauseLabel(id)}
      </Anchor>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={`${t("policy.basis")}: ${clauseLabel(id)}`}
        size="lg"
      >
        {open && <ClauseBody id={id} />}
      </Modal>
    </>
  );
}
