import { v7 as uuidv7 } from "uuid";
import { maskCardNumbers } from "../../shared/domain/redaction/cardNumbers.ts";
import type { AppendTimelineItem, TimelineItem } from "../../shared/schemas/timeline.ts";
import type { Queryable } from "../db/client.ts";
import type { HandlerContext } from "../realtime/handlerContext.ts";
import { notFound } from "../realtime/failure.ts";
import { insertUserItem } from "./repo.ts";

const PREVIEW_CHARS = 140;

/** An agent's reply or note joins the timeline with the next seq; card numbers are masked before storage. */
export async function appendTimelineItem(ctx: HandlerContext, input: AppendTimelineItem, db: Queryable): Promise<TimelineItem> {
  const body = maskCardNumbers(input.body);
  const item = await insertUserItem(db, {
    id: uuidv7(),
    conversationId: input.conversationId,
    clientId: input.clientId,
    kind: input.kind,
    authorUserId: ctx.userId,
    body,
    preview: body.replace(/\s+/g, " ").slice(0, PREVIEW_CHARS),
    at: ctx.clock.now(),
  });
  if (!item) throw notFound("Conversation");
  return item;
}
