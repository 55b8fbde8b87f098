import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Schema } from "../../api-typing";

type CaseAnswer = Schema<"IncidentCaseAnswer">;
/**
 * Runs one case action — a typed call such as `api.post("/api/incidents/{id}/stage", …)` — under
 * `key` (the action's path), then `onDone`.
 */
export type Send = (key: string, call: () => Promise<CaseAnswer>, onDone?: () => void) => void;
/** The failed action's error when it was the action under `key` (so each form shows only its own field errors). */
export type ErrorOf = (key: string) => unknown;

/** One mutation for every case action: the server answers the whole case, which replaces the view. */
export function useCaseAction(id: string) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: ({ call }: { key: string; call: () => Promise<CaseAnswer> }) => call(),
    onSuccess: (data) => {
      // Removing oneself from a restricted case: the case is no longer visible.
      if ("visible" in data) void qc.invalidateQueries({ queryKey: ["incident", id] });
      else qc.setQueryData(["incident", id], data);
      void qc.invalidateQueries({ queryKey: ["incidents"] });
    },
  });
  const send: Send = (key, call, onDone) => m.mutate({ key, call }, { onSuccess: onDone });
  const errorOf: ErrorOf = (key) => (m.variables?.key === key ? m.error : null);
  return { send, errorOf, m };
}
