/**
 * Whether the agent can write to the customer now. A channel without replies (phone: the call was the
 * conversation) never can; a chat that has ended for its visitor no longer can, since nobody is there to read it.
 * Notes are always possible. The server refuses such a reply with this refusal, and the console's composer offers
 * notes only and explains why in the same words.
 */
import type { Conversation } from "../../schemas/conversation.ts";
import { channelTraits } from "../channels.ts";
import { chatHasEnded } from "../chat/lifecycle.ts";
import { refuse, type Refusal } from "./plan.ts";

export const CHAT_ENDED_NO_REPLY = "The visitor left the chat, so a reply would not reach them. You can still add notes and resolve it.";

export const noRepliesIn = (channelLabel: string) =>
  `${channelLabel} conversations have no written reply to the customer. Add a note instead.`;

/** Why a reply to the customer cannot go out now, or null when it can. */
export function replyRefusal(conversation: Pick<Conversation, "channel" | "chatEndedAt">): Refusal | null {
  const traits = channelTraits[conversation.channel];
  // a request that can never succeed, whatever happens to the conversation
  if (traits.reply === null) return refuse("invalid_input", noRepliesIn(traits.label));
  // the state changed under the agent: a console showing the chat as live is behind
  if (chatHasEnded(conversation)) return refuse("conflict", CHAT_ENDED_NO_REPLY);
  return null;
}
