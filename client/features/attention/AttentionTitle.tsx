/**
 * Puts the number of unread conversations assigned to the agent in the tab title, and lets a click on a desktop
 * notification open its conversation. Counts the first page of the agent's open conversations (100), which the
 * pushes keep current; an agent holding more open conversations than that sees 100 at most.
 */
import { createEffect, onCleanup } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { useAgent } from "../auth/AgentContext.tsx";
import { DEFAULT_FILTER } from "../inbox/filter.ts";
import { useInboxList } from "../inbox/store.ts";
import { onNotificationClick, titleWithCount, unreadCount } from "./attention.ts";

const BASE_TITLE = "Switchboard";
const MINE_OPEN = { filter: { ...DEFAULT_FILTER, assignee: "me" }, sort: "newest" as const };

export function AttentionTitle() {
  const agent = useAgent();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mine = useInboxList(queryClient, () => MINE_OPEN, () => agent().user.id);

  createEffect(() => {
    document.title = titleWithCount(unreadCount(mine.data?.rows ?? []), BASE_TITLE);
  });
  onNotificationClick((conversationId) => navigate(`/inbox/c/${conversationId}`));
  onCleanup(() => {
    document.title = BASE_TITLE;
    onNotificationClick(() => undefined);
  });
  return null;
}
