/**
 * The conversation workspace: header (whose brand, who, status, clocks), actions, timeline, composer and the
 * contact beside them. Each conversation gets a fresh workspace (keyed on its id), so nothing of one conversation
 * lingers into the next.
 */
import { createMemo, createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { useParams } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { can } from "../../../shared/domain/access/can.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { socketQuery } from "../../realtime/queries.ts";
import { request } from "../../realtime/request.ts";
import { connectionState } from "../../realtime/socket.ts";
import { useNow } from "../../ui/useNow.ts";
import { principalOf, useAgent } from "../auth/AgentContext.tsx";
import { ContactPanel } from "../contacts/ContactPanel.tsx";
import { conversationKey } from "../inbox/inboxSync.ts";
import { inboxSyncFor } from "../inbox/store.ts";
import { registerCommands } from "../keyboard/registry.ts";
import { Composer, type ComposerHandle } from "./Composer.tsx";
import { ConversationActions, type ActionsHandle } from "./ConversationActions.tsx";
import { Timeline } from "./Timeline.tsx";
import { WorkspaceHeader } from "./WorkspaceHeader.tsx";
import { createWorkspace } from "./workspace.ts";
import "./workspace.css";

export default function ConversationWorkspace() {
  const params = useParams();
  return (
    <Show when={params.id} keyed>
      {(conversationId) => <OpenConversation conversationId={conversationId} />}
    </Show>
  );
}

/** Wide enough for the contact beside the timeline by default; narrower screens open it on demand. */
const CONTACT_BESIDE_MIN_WIDTH = 1440;

function OpenConversation(props: { conversationId: string }) {
  const agent = useAgent();
  const queryClient = useQueryClient();
  const inbox = inboxSyncFor(queryClient);
  const [visible, setVisible] = createSignal(document.visibilityState === "visible");
  const workspace = createWorkspace(props.conversationId, {
    request,
    selfId: agent().user.id,
    lastReadSeq: inbox.ledger.readSeq(props.conversationId),
    applyChange: inbox.applyChange,
    applyRead: inbox.applyRead,
    visible,
  });
  onCleanup(workspace.dispose);
  const onVisibility = () => {
    setVisible(document.visibilityState === "visible");
    if (visible()) workspace.readMarker.visible();
  };
  document.addEventListener("visibilitychange", onVisibility);
  onCleanup(() => document.removeEventListener("visibilitychange", onVisibility));

  const conversation = useQuery(() => ({
    ...socketQuery("conversation:get", { conversationId: props.conversationId }),
    queryKey: conversationKey(props.conversationId),
    enabled: connectionState() === "connected",
    // conversation:changed pushes keep it current
    staleTime: Infinity,
    placeholderData: () => inbox.snapshotOf(props.conversationId),
  }));
  const assignees = useQuery(() => ({
    ...socketQuery("conversation:assignees", { conversationId: props.conversationId }),
    enabled: connectionState() === "connected",
  }));
  const now = useNow(15_000);
  const [contactOpen, setContactOpen] = createSignal(window.innerWidth >= CONTACT_BESIDE_MIN_WIDTH);
  let composer: ComposerHandle | undefined;
  let actions: ActionsHandle | undefined;

  const names = createMemo(() => {
    const map = new Map<string, string>((assignees.data ?? []).map((teammate) => [teammate.id, teammate.name]));
    map.set(agent().user.id, agent().user.name);
    return map;
  });
  const nameOf = (userId: string | null) => (userId === null ? "Switchboard" : (names().get(userId) ?? "A former teammate"));
  /** the conversation with its brand; a conversation of a brand the agent just lost has none */
  const shown = () => {
    const current = conversation.data;
    const brand = current && agent().brands.find((b) => b.id === current.brandId);
    return current && brand ? { conversation: current, brand } : undefined;
  };
  const canWrite = (c: Conversation) => can(principalOf(agent()), "conversation.write", c.brandId);

  onCleanup(
    registerCommands({
      "compose.reply": () => composer?.focus("message"),
      "compose.note": () => composer?.focus("note"),
      "compose.canned": () => composer?.openCanned(),
      "conversation.resolve": () => actions?.resolve(),
      "conversation.assign": () => actions?.openAssign(),
      "conversation.snooze": () => actions?.openSnooze(),
      "conversation.transfer": () => actions?.openTransfer(),
    }),
  );

  return (
    <Switch>
      <Match when={conversation.isError}>
        <div class="workspace__problem" role="alert">
          <p>Could not open this conversation: {conversation.error?.message}</p>
          <button type="button" class="button" onClick={() => void conversation.refetch()}>
            Try again
          </button>
        </div>
      </Match>
      <Match when={shown()}>
        {(view) => (
          <article
            class="workspace"
            classList={{ "workspace--with-contact": contactOpen() }}
            aria-labelledby="workspace-title"
            style={{ "--brand-color": view().brand.color, "--brand-accent": view().brand.accentColor }}
          >
            <WorkspaceHeader
              conversation={view().conversation}
              brand={view().brand}
              now={now()}
              peers={workspace.presence.active()}
              contactOpen={contactOpen()}
              onToggleContact={() => setContactOpen(!contactOpen())}
            />
            <Show when={canWrite(view().conversation)}>
              <ConversationActions
                ref={(handle) => (actions = handle)}
                conversation={view().conversation}
                commands={workspace.commands}
                teammates={assignees.data ?? []}
                selfId={agent().user.id}
                brandName={view().brand.name}
              />
            </Show>
            <div class="workspace__body">
              <div class="workspace__main">
                <Timeline
                  workspace={workspace}
                  conversation={view().conversation}
                  brand={view().brand}
                  nameOf={nameOf}
                  selfId={agent().user.id}
                  onRestore={(text, mode) => composer?.restore(text, mode)}
                />
                <Show
                  when={canWrite(view().conversation)}
                  fallback={<p class="workspace__readonly">You can read this conversation but not reply in it.</p>}
                >
                  <Composer
                    ref={(handle) => (composer = handle)}
                    conversation={view().conversation}
                    brand={view().brand}
                    agentName={agent().user.name}
                    teammates={(assignees.data ?? []).filter((teammate) => teammate.id !== agent().user.id)}
                    workspace={workspace}
                  />
                </Show>
              </div>
              <Show when={contactOpen()}>
                <ContactPanel contactId={view().conversation.contactId} conversationId={view().conversation.id} brand={view().brand} />
              </Show>
            </div>
          </article>
        )}
      </Match>
      <Match when={conversation.data}>
        <p class="workspace__problem" role="alert">
          This conversation belongs to a brand you no longer work for.
        </p>
      </Match>
      <Match when={true}>
        <p class="workspace__loading" role="status">
          Opening the conversation…
        </p>
      </Match>
    </Switch>
  );
}
