/**
 * What the consoles' presence in a chat tells its visitor. Only the agent holding the chat is shown typing, and only
 * while they write a message: a teammate looking in, or the holder writing a note for the team, is nobody the
 * visitor talks to. Anything else the holder says (viewing, left, typing a note) ends the typing shown.
 */
import type { SharePresence } from "../../schemas/conversation.ts";

/** true or false to send the visitor; null to send nothing. */
export function agentTypingForVisitor(presence: Pick<SharePresence, "state" | "composing">, from: string, holderId: string | null): boolean | null {
  if (holderId === null || from !== holderId) return null;
  return presence.state === "typing" && presence.composing === "message";
}
