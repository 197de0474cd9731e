import { channelTraits } from "../../shared/domain/channels.ts";
import { withChatLifecycle, type ChatContext } from "../../shared/domain/chat/lifecycle.ts";
import type { Plan } from "../../shared/domain/conversations/plan.ts";
import type { Channel } from "../../shared/schemas/brand.ts";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { Queryable } from "../db/client.ts";
import type { ConversationChange } from "./changeConversation.ts";
import { findUserName } from "./repo.ts";

/** What the chat rules need to word a change for the visitor, read before the conversation is locked. */
export async function loadChatContext(db: Queryable, conversationId: string, assigneeId: string | null, now: Date): Promise<ChatContext> {
  const found = await db.query<{ name: string; channel: Channel }>(
    "SELECT b.name, c.channel FROM conversations c JOIN brands b ON b.id = c.brand_id WHERE c.id = $1",
    [conversationId],
  );
  const row = found.rows[0];
  // only a live customer (a chat's visitor) hears who joined
  const assigneeName = row !== undefined && channelTraits[row.channel].live && assigneeId ? await findUserName(db, assigneeId) : null;
  return { now, brandName: row?.name ?? "us", assigneeName };
}

/** A planned change with what it means for a chat's queue and visitor (shared/domain/chat/lifecycle.ts). */
export function alongChatLifecycle(current: Conversation, plan: Plan<ConversationChange>, context: ChatContext): Plan<ConversationChange> {
  return plan.kind === "change" ? { ...withChatLifecycle(current, plan, context), kind: "change" } : plan;
}
