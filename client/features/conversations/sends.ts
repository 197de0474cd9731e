/**
 * Replies and notes on their way: each shows under the timeline as pending until the server acknowledges it (then
 * the committed item takes its place), or with the reason it failed. Retrying reuses the clientId, so a reply whose
 * acknowledgement was lost is not sent twice. The collision guard (ifNoReplySince) makes the server refuse a reply
 * when a teammate replied after the last item the agent saw; "Send anyway" is a new decision, so it gets a new id.
 */
import { createSignal } from "solid-js";
import { v7 as uuidv7 } from "uuid";
import type { TimelineItem } from "../../../shared/schemas/timeline.ts";
import type { RequestFn } from "../../realtime/request.ts";
import type { ComposerMode } from "./composing.ts";

export interface PendingSend {
  clientId: string;
  kind: ComposerMode;
  body: string;
  mentions: string[];
  /** the last seq the agent had seen when sending; absent once they chose to send anyway */
  ifNoReplySince: number | undefined;
  state: "sending" | "failed" | "conflict";
  problem: string | null;
}

export interface SendsDeps {
  request: RequestFn;
  /** the committed item, for the timeline */
  delivered: (item: TimelineItem) => void;
  newClientId?: () => string;
}

export const CONFLICT_MESSAGE = "A teammate replied after the last message you saw. Read their reply before sending yours.";

export function createSends(conversationId: string, deps: SendsDeps) {
  const newClientId = deps.newClientId ?? uuidv7;
  const [sends, setSends] = createSignal<PendingSend[]>([]);

  const update = (clientId: string, patch: Partial<PendingSend>) =>
    setSends((list) => list.map((send) => (send.clientId === clientId ? { ...send, ...patch } : send)));
  const remove = (clientId: string) => setSends((list) => list.filter((send) => send.clientId !== clientId));
  const find = (clientId: string) => sends().find((send) => send.clientId === clientId);

  /** Each send on its way, to whether it was committed. */
  const deliveries = new Map<string, Promise<boolean>>();

  function deliver(send: PendingSend): Promise<boolean> {
    const delivery = append(send).finally(() => deliveries.delete(send.clientId));
    deliveries.set(send.clientId, delivery);
    return delivery;
  }

  async function append(send: PendingSend): Promise<boolean> {
    const result = await deps.request("timeline:append", {
      clientId: send.clientId,
      conversationId,
      kind: send.kind,
      body: send.body,
      mentions: send.mentions,
      ...(send.ifNoReplySince === undefined ? {} : { ifNoReplySince: send.ifNoReplySince }),
    });
    if (find(send.clientId) === undefined) return result.ok;
    if (result.ok) {
      deps.delivered(result.data);
      remove(send.clientId);
    } else if (result.error.code === "conflict") {
      update(send.clientId, { state: "conflict", problem: CONFLICT_MESSAGE });
    } else {
      update(send.clientId, { state: "failed", problem: result.error.message });
    }
    return result.ok;
  }

  /** Resolves once the sends on their way now have settled, with how many of them were committed. */
  async function settled(): Promise<number> {
    const outcomes = await Promise.all(deliveries.values());
    return outcomes.filter(Boolean).length;
  }

  function send(input: { kind: ComposerMode; body: string; mentions: string[]; ifNoReplySince: number | undefined }): string {
    const pending: PendingSend = { ...input, clientId: newClientId(), state: "sending", problem: null };
    setSends((list) => [...list, pending]);
    void deliver(pending);
    return pending.clientId;
  }

  /** The same action again: same clientId, same guard. */
  function retry(clientId: string): void {
    const pending = find(clientId);
    if (pending === undefined || pending.state === "sending") return;
    const again = { ...pending, state: "sending" as const, problem: null };
    update(clientId, again);
    void deliver(again);
  }

  /** After reading the teammate's reply, the agent still wants to send theirs. */
  function sendAnyway(clientId: string): void {
    const pending = find(clientId);
    if (pending === undefined) return;
    remove(clientId);
    const anyway: PendingSend = { ...pending, clientId: newClientId(), ifNoReplySince: undefined, state: "sending", problem: null };
    setSends((list) => [...list, anyway]);
    void deliver(anyway);
  }

  /** Gives the text back to the composer, to edit and send again. */
  function discard(clientId: string): PendingSend | undefined {
    const pending = find(clientId);
    remove(clientId);
    return pending;
  }

  /** A pushed item may arrive before the acknowledgement; either one settles the pending send. */
  function settle(item: TimelineItem): void {
    if (find(item.clientId) !== undefined) remove(item.clientId);
  }

  return { sends, send, retry, sendAnyway, discard, settle, settled };
}
