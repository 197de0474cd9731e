/**
 * Group commit for visitors' messages: messages that arrive while a commit is running wait for the next one and
 * are written together by one set-based statement in one transaction; each sender hears back only after the
 * commit that holds its message. Under light load a batch is a single message and waits for nothing.
 */
import { v7 as uuidv7 } from "uuid";
import type { Conversation } from "../../shared/schemas/conversation.ts";
import type { TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Database } from "../db/client.ts";
import { RequestFailure } from "../handlers/failure.ts";
import { insertInboundMessages, type InboundMessage, type StoredInboundMessage } from "../timeline/insertInboundMessages.ts";
import { findItemByClientId } from "../timeline/repo.ts";

/** Large enough to amortise the statement, small enough that one batch never holds the database for long. */
const MAX_BATCH = 500;

export interface VisitorMessageInput {
  conversationId: string;
  clientId: string;
  body: string;
  preview: string;
  at: Date;
}

export interface Committed {
  item: TimelineItem;
  /**
   * the conversation as the commit left it (the agent holding the chat is the one it reached); null when the
   * clientId had been stored before: a repeat, announced already
   */
  conversation: Conversation | null;
}

interface Waiting {
  message: InboundMessage;
  settle: Array<{ resolve(value: Committed): void; reject(error: unknown): void }>;
}

export interface MessageBatcher {
  add(message: VisitorMessageInput): Promise<Committed>;
}

export function createMessageBatcher(db: Database): MessageBatcher {
  let queue = new Map<string, Waiting>();
  let flushing = false;

  const flush = async () => {
    flushing = true;
    while (queue.size > 0) {
      // the embedded database answers every statement without giving the event loop a turn, so without this the
      // messages already on the sockets are read only after the commit, and each batch holds one message
      await new Promise((resolve) => setImmediate(resolve));
      const batch = [...queue.values()].slice(0, MAX_BATCH);
      for (const waiting of batch) queue.delete(waiting.message.clientId);
      await commitBatch(db, batch);
    }
    flushing = false;
  };

  return {
    add(input) {
      return new Promise<Committed>((resolve, reject) => {
        // a retry arriving while its first try still waits rides on the same row
        const existing = queue.get(input.clientId);
        if (existing) {
          existing.settle.push({ resolve, reject });
          return;
        }
        queue.set(input.clientId, { message: { id: uuidv7(), ...input }, settle: [{ resolve, reject }] });
        if (!flushing) void flush();
      });
    },
  };
}

async function commitBatch(db: Database, batch: Waiting[]): Promise<void> {
  let stored: StoredInboundMessage[] = [];
  let failure: unknown = null;
  try {
    // one statement is its own transaction: no BEGIN and COMMIT round trips to the database's thread around it
    stored = await insertInboundMessages(db, batch.map((w) => w.message));
  } catch (error) {
    failure = error;
  }
  // a clientId committed by another process between our check and our insert fails the whole statement;
  // each message then goes alone, so only a true repeat is answered from the stored row
  if (failure !== null && batch.length > 1) {
    for (const waiting of batch) await commitBatch(db, [waiting]);
    return;
  }
  const byClientId = new Map(stored.map((message) => [message.item.clientId, message]));
  for (const waiting of batch) {
    const message = byClientId.get(waiting.message.clientId);
    const outcome = message ? Promise.resolve(message) : earlier(db, waiting.message, failure);
    await outcome.then(
      (committed) => waiting.settle.forEach((s) => s.resolve(committed)),
      (error: unknown) => waiting.settle.forEach((s) => s.reject(error)),
    );
  }
}

async function earlier(db: Database, message: InboundMessage, failure: unknown): Promise<Committed> {
  const item = await findItemByClientId(db, message.clientId);
  if (!item) throw failure ?? new RequestFailure("conflict", "This chat has ended. Start a new chat to write to us again.");
  if (item.conversationId !== message.conversationId) throw new RequestFailure("conflict", "This clientId was already used for another message.");
  return { item, conversation: null };
}
