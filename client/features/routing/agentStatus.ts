/**
 * The agent's routing status as the top bar shows and changes it: the menu's choices and their words, the
 * "2/3 chats" load, and the status control. The control sends agent:setStatus (pending until acknowledged, a
 * failure kept with a retry of the same action), and notices when the status turns offline without this tab
 * asking: the server does that after a lost connection, another tab or an admin after a choice of their own.
 * Which chats an agent gets is the server's business (shared/domain/routing); this module only reports it.
 */
import { createSignal } from "solid-js";
import { v7 as uuidv7 } from "uuid";
import type { AgentState, AwayReason } from "../../../shared/schemas/chat.ts";
import type { AgentStatus } from "../../../shared/schemas/user.ts";
import type { RequestFn } from "../../realtime/request.ts";

export const AWAY_REASONS: readonly AwayReason[] = ["break", "lunch", "training", "meeting"];

export const awayReasonLabel: Record<AwayReason, string> = {
  break: "Break",
  lunch: "Lunch",
  training: "Training",
  meeting: "Meeting",
};

/** A status in one word, wherever the console names one (the top bar, pickers, the transfer dialog). */
export const statusWord: Record<AgentStatus, string> = { available: "Available", away: "Away", offline: "Offline" };

/** One entry of the status menu. */
export interface StatusChoice {
  status: AgentStatus;
  /** set exactly when status is away (the contract refuses anything else) */
  awayReason: AwayReason | null;
}

/** The menu, in order: Available; Away with each reason; Offline. */
export const STATUS_CHOICES: readonly StatusChoice[] = [
  { status: "available", awayReason: null },
  ...AWAY_REASONS.map((awayReason) => ({ status: "away" as const, awayReason })),
  { status: "offline", awayReason: null },
];

/** "Available", "Away · Lunch", "Offline": the status as the top bar's button says it. */
export function statusLabel(state: StatusChoice): string {
  if (state.status === "away" && state.awayReason !== null) return `${statusWord.away} · ${awayReasonLabel[state.awayReason]}`;
  return statusWord[state.status];
}

/** What a menu entry says inside its group: the reason alone under "Away". */
export function choiceLabel(choice: StatusChoice): string {
  return choice.awayReason === null ? statusWord[choice.status] : awayReasonLabel[choice.awayReason];
}

/** What routing does with the agent in that status, as a hint under the menu entry. */
export function choiceHint(choice: StatusChoice): string {
  if (choice.status === "available") return "New chats come to you";
  if (choice.status === "offline") return "No new chats; your open chats go back to the queue";
  return "";
}

export function isCurrentChoice(choice: StatusChoice, state: StatusChoice): boolean {
  return choice.status === state.status && (choice.status !== "away" || choice.awayReason === state.awayReason);
}

/** "2/3 chats": open chats against the capacity, for the top bar. */
export function loadText(state: Pick<AgentState, "activeChats" | "chatCapacity">): string {
  return `${state.activeChats}/${state.chatCapacity} chats`;
}

/** The same in words, for screen readers and the tooltip. */
export function describeLoad(state: Pick<AgentState, "activeChats" | "chatCapacity">): string {
  const chats = (n: number) => `${n} ${n === 1 ? "chat" : "chats"}`;
  if (state.chatCapacity === 0) return `${chats(state.activeChats)} open; routing gives you no chats (capacity 0)`;
  return `${chats(state.activeChats)} open of the ${state.chatCapacity} routing gives you at once`;
}

export const LOST_CONNECTION_NOTICE = "You were set offline because your connection was lost.";
export const SET_OFFLINE_ELSEWHERE_NOTICE = "You were set offline in another tab or by an admin.";

/**
 * Why the agent should be told about a state they see now, or null. Only a turn to offline that this tab did not
 * ask for is worth a word; after this tab lost its connection the server's grace period is the likely cause.
 */
export function unaskedOfflineNotice(
  previous: Pick<AgentState, "status"> | undefined,
  next: Pick<AgentState, "status">,
  context: { requestedHere: AgentStatus | null; connectionLostSince: boolean },
): string | null {
  if (previous === undefined || previous.status === "offline" || next.status !== "offline") return null;
  if (context.requestedHere === "offline") return null;
  return context.connectionLostSince ? LOST_CONNECTION_NOTICE : SET_OFFLINE_ELSEWHERE_NOTICE;
}

export interface StatusFailure {
  choice: StatusChoice;
  message: string;
  retry: () => void;
}

export interface StatusControlDeps {
  request: RequestFn;
  /** an acknowledged state, for the query cache */
  apply: (state: AgentState) => void;
  newClientId?: () => string;
}

export type StatusControl = ReturnType<typeof createStatusControl>;

export function createStatusControl(deps: StatusControlDeps) {
  const newClientId = deps.newClientId ?? uuidv7;
  const [pending, setPending] = createSignal<StatusChoice | null>(null);
  const [failure, setFailure] = createSignal<StatusFailure | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  let last: AgentState | undefined;
  let connectionLost = false;

  /** Every state the console learns (query, push, acknowledgement) passes here, in the order it arrives. */
  function observe(state: AgentState): void {
    const previous = last;
    last = state;
    const text = unaskedOfflineNotice(previous, state, { requestedHere: pending()?.status ?? null, connectionLostSince: connectionLost });
    if (text !== null) {
      setNotice(text);
      // a failed request from before is moot now: the notice says where the agent stands and offers the way back
      setFailure(null);
    } else if (state.status !== "offline") setNotice(null);
    // a state seen while connected settles what the lost connection did
    if (state.status !== "offline") connectionLost = false;
  }

  async function attempt(choice: StatusChoice, clientId: string): Promise<boolean> {
    setFailure(null);
    setPending(choice);
    const result = await deps.request("agent:setStatus", {
      clientId,
      status: choice.status,
      ...(choice.awayReason === null ? {} : { awayReason: choice.awayReason }),
    });
    if (result.ok) {
      // observed while still pending, so a push of the same state that raced the acknowledgement reads as asked for
      observe(result.data);
      deps.apply(result.data);
      setNotice(null);
    } else {
      setFailure({ choice, message: result.error.message, retry: () => void attempt(choice, clientId) });
    }
    setPending(null);
    return result.ok;
  }

  /** Asks for a status; one request at a time, so the menu cannot race itself. */
  function choose(choice: StatusChoice): Promise<boolean> {
    if (pending() !== null) return Promise.resolve(false);
    return attempt(choice, newClientId());
  }

  return {
    pending,
    failure,
    notice,
    observe,
    choose,
    /** the socket went down: an offline that follows was most likely the server's doing */
    connectionLost: () => {
      connectionLost = true;
    },
    dismissFailure: () => setFailure(null),
    dismissNotice: () => setNotice(null),
  };
}
