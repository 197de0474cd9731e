/**
 * The composer's text rules: whether it offers a reply, what actually goes out (the brand's signature under email
 * replies), which teammates a note mentions, where an @ starts a mention, and which canned replies match what the
 * agent typed in the picker.
 */
import { channelTraits, type ReplyTraits } from "../../../shared/domain/channels.ts";
import { replyRefusal } from "../../../shared/domain/conversations/reply.ts";
import type { Channel } from "../../../shared/schemas/brand.ts";
import type { CannedReply } from "../../../shared/schemas/contact.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { signatureFor } from "../brands/signature.ts";

export type ComposerMode = "message" | "note";

export interface OutgoingContext {
  mode: ComposerMode;
  channel: Channel;
  signature: string;
  agentName: string;
}

/** The body as sent: notes and chat replies as written, email replies signed once. */
export function outgoingBody(body: string, context: OutgoingContext): string {
  const text = body.trim();
  if (context.mode === "note" || channelTraits[context.channel].reply?.signed !== true || context.signature.trim() === "") return text;
  const signature = signatureFor(context.signature, context.agentName).trim();
  return text.endsWith(signature) ? text : `${text}\n\n${signature}`;
}

export interface ReplyOption extends ReplyTraits {
  /** why only notes can be written now (the server would refuse a reply), or null when a reply can go out */
  blocked: string | null;
}

/** The composer's Reply mode: null where the channel has none (a phone conversation takes notes only). */
export function replyOption(conversation: Pick<Conversation, "channel" | "chatEndedAt">): ReplyOption | null {
  const reply = channelTraits[conversation.channel].reply;
  return reply === null ? null : { ...reply, blocked: replyRefusal(conversation)?.message ?? null };
}

export interface Mentionable {
  id: string;
  name: string;
}

/** Teammates picked in this note whose @name is still in the text (the agent may have deleted one). */
export function mentionedIds(body: string, picked: readonly Mentionable[]): string[] {
  return [...new Set(picked.filter((teammate) => body.includes(`@${teammate.name}`)).map((teammate) => teammate.id))];
}

/** An @ just typed at the start of a word opens the teammate picker; returns its index, or null. */
export function mentionStart(body: string, caret: number): number | null {
  const at = caret - 1;
  if (body[at] !== "@") return null;
  return at === 0 || /\s/.test(body[at - 1] ?? "") ? at : null;
}

/** Replaces body[start, end) with text; returns the new body and where the caret goes. */
export function replaceRange(body: string, start: number, end: number, text: string): { body: string; caret: number } {
  return { body: body.slice(0, start) + text + body.slice(end), caret: start + text.length };
}

/** Shortcut matches first (the agent usually knows it), then title, then body text. */
export function matchCannedReplies(replies: readonly CannedReply[], query: string): CannedReply[] {
  const q = query.trim().toLowerCase().replace(/^[/#]/, "");
  if (q === "") return [...replies].sort((a, b) => a.shortcut.localeCompare(b.shortcut));
  const rank = (reply: CannedReply) =>
    reply.shortcut.toLowerCase().startsWith(q)
      ? 0
      : reply.shortcut.toLowerCase().includes(q)
        ? 1
        : reply.title.toLowerCase().includes(q)
          ? 2
          : reply.body.toLowerCase().includes(q)
            ? 3
            : -1;
  return replies
    .map((reply) => ({ reply, rank: rank(reply) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.reply.shortcut.localeCompare(b.reply.shortcut))
    .map((entry) => entry.reply);
}
