/**
 * Everything one open conversation runs while it is on screen, wired together: its timeline session, the replies
 * on their way, presence, the change commands and the read marker. The pushes for it arrive through
 * conversationFeeds; closing the workspace unwatches the conversation and tells the others the agent left.
 */
import { createSignal } from "solid-js";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import type { RequestFn } from "../../realtime/request.ts";
import { createConversationCommands } from "./commands.ts";
import { conversationFeeds } from "./feeds.ts";
import { createPresenceSession } from "./presenceSession.ts";
import { createReadMarker } from "./readMarker.ts";
import { createSends } from "./sends.ts";
import { createTimelineSession } from "./timelineSession.ts";

export interface WorkspaceDeps {
  request: RequestFn;
  selfId: string;
  /** the agent's read marker when the conversation was opened, if the console knows it */
  lastReadSeq: number | undefined;
  applyChange: (conversation: Conversation) => void;
  applyRead: (conversationId: string, lastReadSeq: number) => void;
  visible: () => boolean;
}

export type Workspace = ReturnType<typeof createWorkspace>;

export function createWorkspace(conversationId: string, deps: WorkspaceDeps) {
  // the unread line stays where the marker was at opening; the server's marker fills in when the console had none
  const [openedAtReadSeq, setOpenedAtReadSeq] = createSignal<number | null>(deps.lastReadSeq ?? null);
  const timeline = createTimelineSession(conversationId, {
    request: deps.request,
    watched: ({ lastReadSeq }) => {
      if (openedAtReadSeq() === null) setOpenedAtReadSeq(lastReadSeq);
      deps.applyRead(conversationId, lastReadSeq);
    },
  });
  const sends = createSends(conversationId, { request: deps.request, delivered: (item) => timeline.deliver(item) });
  const presence = createPresenceSession(conversationId, deps);
  const commands = createConversationCommands({ ...deps, ownWritesSettled: sends.settled });
  const readMarker = createReadMarker(conversationId, { ...deps, initialSeq: deps.lastReadSeq ?? 0 });

  const unsubscribe = conversationFeeds.subscribe(conversationId, {
    item: (item) => {
      timeline.deliver(item);
      sends.settle(item);
    },
    presence: (state) => presence.receive(state),
    visitorTyping: ({ contactName, typing }) => presence.visitorTyping(contactName, typing),
    reconnected: () => {
      void timeline.resume();
      presence.reconnected();
    },
  });

  // watch first: presence goes to the conversation's room, which watching joins
  void timeline.open().then(() => presence.start());

  return {
    conversationId,
    timeline,
    sends,
    presence,
    commands,
    readMarker,
    /** where the unread line goes: fixed at opening, so it stays put while the agent reads */
    openedAtReadSeq,
    dispose() {
      unsubscribe();
      readMarker.dispose();
      presence.stop();
      timeline.close();
    },
  };
}
