/**
 * What differs between channels, as one table rather than branches in components. It belongs in
 * shared/domain/channels.ts (STYLE.md) once the server needs it too; the console is its only reader so far.
 */
import type { Channel } from "../../../shared/schemas/brand.ts";

export interface ChannelTraits {
  label: string;
  /** the brand's signature goes under every reply */
  signsReplies: boolean;
  replyLabel: string;
}

export const channelTraits: Record<Channel, ChannelTraits> = {
  chat: { label: "Chat", signsReplies: false, replyLabel: "Reply in chat" },
  email: { label: "Email", signsReplies: true, replyLabel: "Reply by email" },
  phone: { label: "Phone", signsReplies: false, replyLabel: "Add to the call record" },
};
