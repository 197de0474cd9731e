/**
 * Chat routing rules. A waiting chat goes to an agent who is available, works for its brand and has
 * room under their capacity: the least loaded, then the one idle longest (no chat yet counts as idle longest).
 * Chats are served in queue order: a chat that lost its agent first, then by arrival. A chat nobody can take
 * stays queued; later chats of the same brand cannot jump it, since they have the same candidates (apart from the
 * agent who put a chat back, who is not given that chat again).
 * Pure: the caller loads the agents and the queue in one transaction and applies the plan in it.
 */

export interface RoutingAgent {
  userId: string;
  /** the brands they take chats for (permission chat.take), not every brand they belong to */
  brandIds: readonly string[];
  /** an agent whose consoles stayed away past the grace period is offline (server/routing/presenceSweep.ts) */
  status: "available" | "away" | "offline";
  capacity: number;
  activeChats: number;
  /** ms since epoch of their last routed chat; null when they have had none */
  lastChatAssignedAt: number | null;
}

export interface WaitingChat {
  conversationId: string;
  brandId: string;
  /** 1 when the chat came back to the queue after losing its agent, else 0 */
  queuePriority: number;
  /** ms since epoch */
  queuedAt: number;
  /** the agent who put it back in the queue, who is not given it again */
  releasedBy: string | null;
}

export interface RoutedChat {
  conversationId: string;
  brandId: string;
  userId: string;
}

export function queueOrder(a: WaitingChat, b: WaitingChat): number {
  return b.queuePriority - a.queuePriority || a.queuedAt - b.queuedAt || (a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0);
}

export function canTakeChat(agent: RoutingAgent, chat: Pick<WaitingChat, "brandId" | "releasedBy">): boolean {
  return (
    agent.status === "available" &&
    agent.brandIds.includes(chat.brandId) &&
    agent.activeChats < agent.capacity &&
    agent.userId !== chat.releasedBy
  );
}

/** Least loaded first, then idle longest, then by id so the plan is the same on every run. */
function preference(a: RoutingAgent, b: RoutingAgent): number {
  return a.activeChats - b.activeChats || (a.lastChatAssignedAt ?? -Infinity) - (b.lastChatAssignedAt ?? -Infinity) || (a.userId < b.userId ? -1 : 1);
}

/** Which waiting chat goes to whom, in queue order; `now` becomes the assignees' last assignment time as the plan goes. */
export function planRouting(queue: readonly WaitingChat[], agents: readonly RoutingAgent[], now: number): RoutedChat[] {
  const pool = agents.map((agent) => ({ ...agent }));
  const routed: RoutedChat[] = [];
  // one plan hands out its chats in order: each later one counts as a moment later, so idle time still decides ties
  let at = now;
  for (const chat of [...queue].sort(queueOrder)) {
    const [chosen] = pool.filter((agent) => canTakeChat(agent, chat)).sort(preference);
    if (!chosen) continue;
    chosen.activeChats += 1;
    chosen.lastChatAssignedAt = at++;
    routed.push({ conversationId: chat.conversationId, brandId: chat.brandId, userId: chosen.userId });
  }
  return routed;
}

/** Each waiting chat's place in its brand's line, 1 for first. */
export function queuePositions(queue: readonly WaitingChat[]): Map<string, number> {
  const next = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const chat of [...queue].sort(queueOrder)) {
    const position = (next.get(chat.brandId) ?? 0) + 1;
    next.set(chat.brandId, position);
    positions.set(chat.conversationId, position);
  }
  return positions;
}
