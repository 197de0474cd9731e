/**
 * What a pure rule answers about a requested change to a conversation: nothing to do, a refusal the agent can
 * read, or the change to make. The server turns a refusal into the request's error and writes a change.
 */
import type { ErrorCode } from "../../contract/errors.ts";

export interface Refusal {
  kind: "refused";
  code: Extract<ErrorCode, "invalid_input" | "conflict">;
  message: string;
}

export type Plan<Change> = { kind: "unchanged" } | Refusal | ({ kind: "change" } & Change);

export const unchanged = { kind: "unchanged" } as const;

export const refuse = (code: Refusal["code"], message: string): Refusal => ({ kind: "refused", code, message });
