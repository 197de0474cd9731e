/**
 * Collision awareness: who else is viewing or typing in a conversation. Nothing is stored; each state is
 * pushed to the conversation's room as it is sent, and a console that stops hearing "viewing" or "typing"
 * from a teammate lets it fade.
 */
import type { ConversationId } from "../../shared/schemas/ids.ts";
import type { Presence } from "../../shared/schemas/conversation.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { rooms } from "../handlers/rooms.ts";
import { findUserName } from "./repo.ts";

/** Returns the name it was shared under. */
export async function sharePresence(ctx: HandlerContext, input: { conversationId: ConversationId; state: Presence["state"] }): Promise<string> {
  const userName = (await findUserName(ctx.db, ctx.userId)) ?? "";
  const presence = {
    conversationId: input.conversationId,
    userId: ctx.userId,
    userName,
    state: input.state,
    at: ctx.clock.now().toISOString(),
  } as Presence;
  ctx.socket.to(rooms.conversation(input.conversationId)).emit("conversation:presence", presence);
  return userName;
}

/** A console that drops without saying "left" would otherwise show as viewing until the others' timers fade it. */
export async function announceDeparture(
  services: Pick<HandlerContext, "db" | "clock" | "io">,
  userId: string,
  conversationIds: string[],
): Promise<void> {
  if (conversationIds.length === 0) return;
  const userName = (await findUserName(services.db, userId)) ?? "";
  const at = services.clock.now().toISOString();
  for (const conversationId of conversationIds) {
    const presence = { conversationId, userId, userName, state: "left", at } as Presence;
    services.io.to(rooms.conversation(conversationId)).emit("conversation:presence", presence);
  }
}
