/**
 * An agent's status. Going away keeps the chats they hold (a break ends in minutes); going offline hands them back
 * to the queue (returnChatsToQueue.ts, after the commit); becoming available lets routing give them waiting chats at
 * once.
 */
import { maySetStatus } from "../../shared/domain/access/can.ts";
import type { AgentState, SetAgentStatus, SetChatCapacity } from "../../shared/schemas/chat.ts";
import { loadPrincipal } from "../access/access.ts";
import type { Queryable } from "../db/client.ts";
import { forbidden, notFound } from "../handlers/failure.ts";
import type { HandlerContext } from "../handlers/context.ts";
import { findAgentState, updateAgentStatus, updateChatCapacity } from "./repo.ts";

/** Anyone signed in sets their own status, but only those who take chats may be available or away. */
export async function authorizeStatus(ctx: HandlerContext, input: SetAgentStatus): Promise<void> {
  if (!maySetStatus(await loadPrincipal(ctx.db, ctx.userId), input.status)) {
    throw forbidden("You take no chats in any of your brands, so you cannot be available or away.");
  }
}

export async function setAgentStatus(ctx: HandlerContext, input: SetAgentStatus, db: Queryable): Promise<AgentState> {
  await updateAgentStatus(db, ctx.userId, input.status, input.awayReason ?? null, ctx.clock.now());
  const state = await findAgentState(db, ctx.userId);
  if (!state) throw notFound("User");
  return state;
}

export async function setChatCapacity(ctx: HandlerContext, input: SetChatCapacity, db: Queryable): Promise<AgentState> {
  await updateChatCapacity(db, input.userId, input.capacity, ctx.clock.now());
  const state = await findAgentState(db, input.userId);
  if (!state) throw notFound("User");
  return state;
}
