import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api";
import type { IncidentCaseAnswer as CaseAnswer } from "../../contract";

type Method = "POST" | "PUT" | "PATCH" | "DELETE";
export type Send = (method: Method, path: string, body?: unknown, onDone?: () => void) => void;
/** The failed action's error when it was the action at `path` (so each form shows only its own field errors). */
export type ErrorOf = (path: string) => unknown;

/** One mutation for every case action: the server answers the whole case, which replaces the view. */
export function useCaseAction(id: string) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: ({ method, path, body }: { method: Method; path: string; body: unknown }) =>
      method === "POST"
        ? api.post<CaseAnswer>(path, body)
        : method === "PUT"
          ? api.put<CaseAnswer>(path, body)
          : method === "DELETE"
            ? api.delete<CaseAnswer>(path)
            : api.patch<CaseAnswer>(path, body),
    onSuccess: (data) => {
      // Removing oneself from a restricted case: the case is no longer visible.
      if ("visible" in data) void qc.invalidateQueries({ queryKey: ["incident", id] });
      else qc.setQueryData(["incident", id], data);
      void qc.invalidateQueries({ queryKey: ["incidents"] });
    },
  });
  const send: Send = (method, path, body, onDone) => m.mutate({ method, path, body }, { onSuccess: onDone });
  const errorOf: ErrorOf = (path) => (m.variables?.path === path ? m.error : null);
  return { send, errorOf, m };
}
