/**
 * What differs between channels, as one table read by the console and the server alike, rather than
 * `channel === …` branches on both ends: how a channel is named, whether the agent can write to the customer in
 * it and how that is worded, whether replies carry the brand's signature, and whether the customer is there live
 * (a chat's visitor in the widget) rather than writing or calling in. A subject is data, not a trait: emails and
 * messages left on the widget have one, and the console shows it wherever it is set.
 */
import type { Channel } from "../schemas/brand.ts";

export interface ReplyTraits {
  /** the composer's name for a reply, before "to {customer}" */
  label: string;
  /** the brand's signature goes under every reply */
  signed: boolean;
}

export interface ChannelTraits {
  label: string;
  /** null where the agent has nothing to write to: a phone conversation is the call, and the agent keeps notes */
  reply: ReplyTraits | null;
  /**
   * The customer is present in a session that can end (the chat widget): they wait in the brand's queue for an
   * agent, replies are relayed to them as they are sent, and once they leave a reply reaches nobody.
   */
  live: boolean;
}

export const channelTraits: Readonly<Record<Channel, ChannelTraits>> = {
  chat: { label: "Chat", reply: { label: "Reply in chat", signed: false }, live: true },
  email: { label: "Email", reply: { label: "Reply by email", signed: true }, live: false },
  phone: { label: "Phone", reply: null, live: false },
};

/**
 * Every channel, in the order the console lists them: the table's keys rather than the zod enum's options, so that
 * the console's first load, which places inbox rows, carries no zod (it took the first load from 51 to 75 KB gz).
 */
export const CHANNELS = Object.keys(channelTraits) as readonly Channel[];
