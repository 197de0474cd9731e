/**
 * Changing a conversation: assign, status (with snooze), priority, tags, transfer. Each change names the version the agent
 * was looking at (baseVersion); if someone changed the conversation since, the server refuses with conflict, the
 * console fetches the current state and says so, and the agent decides again. The agent's own replies and notes
 * still on their way move the version too: a change waits for them, and counts them as seen, so "reply, then
 * resolve" at keyboard speed is not a conflict with oneself. Any other failure can be retried as the same action
 * (same clientId). Each change shows as pending until acknowledged.
 */
import { createSignal } from "solid-js";
import { v7 as uuidv7 } from "uuid";
import type { Conversation, ConversationStatus, Priority } from "../../../shared/schemas/conversation.ts";
import type { Result } from "../../../shared/result.ts";
import type { RequestFn } from "../../realtime/request.ts";

export type ConversationChange =
  | { kind: "assign"; assigneeId: string | null }
  | { kind: "status"; status: ConversationStatus; snoozedUntil?: string }
  | { kind: "priority"; priority: Priority }
  | { kind: "tags"; tags: string[] }
  /** to a teammate, or back to the brand's queue (null), with a note for whoever takes it next */
  | { kind: "transfer"; toUserId: string | null; note: string };

export interface PendingChange {
  clientId: string;
  change: ConversationChange;
  /** what the agent asked for, in words: "Assigning to Tom Becker…" */
  label: string;
}

export interface FailedChange {
  label: string;
  message: string;
  /** absent after a conflict: the agent must look at the new state and decide again */
  retry?: () => void;
}

export interface CommandsDeps {
  request: RequestFn;
  /** an acknowledged snapshot, for the inbox rows and the header */
  applyChange: (conversation: Conversation) => void;
  /** resolves once this console's replies and notes on their way have settled, with how many were committed */
  ownWritesSettled?: () => Promise<number>;
  newClientId?: () => string;
}

export const CONFLICT_NOTICE = "Someone changed this conversation just before you. It now shows their change: check it and try again.";

export type ConversationCommands = ReturnType<typeof createConversationCommands>;

export function createConversationCommands(deps: CommandsDeps) {
  const newClientId = deps.newClientId ?? uuidv7;
  const [pending, setPending] = createSignal<PendingChange[]>([]);
  const [failure, setFailure] = createSignal<FailedChange | null>(null);

  function send(conversationId: string, baseVersion: number, change: ConversationChange, clientId: string): Promise<Result<Conversation>> {
    const common = { clientId, conversationId, baseVersion };
    switch (change.kind) {
      case "assign":
        return deps.request("conversation:assign", { ...common, assigneeId: change.assigneeId });
      case "status":
        return deps.request("conversation:setStatus", {
          ...common,
          status: change.status,
          ...(change.snoozedUntil === undefined ? {} : { snoozedUntil: change.snoozedUntil }),
        });
      case "priority":
        return deps.request("conversation:setPriority", { ...common, priority: change.priority });
      case "tags":
        return deps.request("conversation:setTags", { ...common, tags: change.tags });
      case "transfer":
        // a hand-over, not an edit: it applies to whatever state the conversation is in, so it names no version
        return deps.request("conversation:transfer", { clientId, conversationId, toUserId: change.toUserId, note: change.note });
    }
  }

  async function attempt(conversationId: string, base: number | Promise<number>, change: ConversationChange, label: string, clientId: string): Promise<boolean> {
    setFailure(null);
    setPending((list) => [...list, { clientId, change, label }]);
    const baseVersion = await base;
    const result = await send(conversationId, baseVersion, change, clientId);
    setPending((list) => list.filter((entry) => entry.clientId !== clientId));
    if (result.ok) {
      deps.applyChange(result.data);
      return true;
    }
    if (result.error.code === "conflict") {
      const current = await deps.request("conversation:get", { conversationId });
      if (current.ok) deps.applyChange(current.data);
      setFailure({ label, message: CONFLICT_NOTICE });
      return false;
    }
    setFailure({
      label,
      message: result.error.message,
      retry: () => void attempt(conversationId, baseVersion, change, label, clientId),
    });
    return false;
  }

  /**
   * The version the agent decided on: the one shown, or the one shown once their own writes on their way have
   * landed, when those writes account for all that moved since.
   */
  async function baseVersion(shown: () => Pick<Conversation, "version">): Promise<number> {
    const seen = shown().version;
    const committed = (await deps.ownWritesSettled?.()) ?? 0;
    const now = shown().version;
    return now - seen <= committed ? now : seen;
  }

  /** Changes the conversation as shown (an accessor: it is read again once the agent's own writes have landed). */
  function run(shown: () => Pick<Conversation, "id" | "version">, change: ConversationChange, label: string): Promise<boolean> {
    return attempt(shown().id, baseVersion(shown), change, label, newClientId());
  }

  const isPending = (kind: ConversationChange["kind"]) => pending().some((entry) => entry.change.kind === kind);

  return { pending, failure, run, isPending, dismiss: () => setFailure(null) };
}
