import { contactHandlers } from "../contacts/handlers.ts";
import { conversationHandlers } from "../conversations/handlers.ts";
import { inboxHandlers } from "../inbox/handlers.ts";
import { routingHandlers } from "../routing/handlers.ts";
import { sessionHandlers } from "../session/handlers.ts";
import { timelineHandlers } from "../timeline/handlers.ts";
import { userHandlers } from "../users/handlers.ts";
import type { HandlerTable } from "../handlers/defineHandlers.ts";

/** Every console event's handler; the contract test checks that no event in shared/contract lacks one. */
export const handlerTable: HandlerTable = {
  ...sessionHandlers,
  ...conversationHandlers,
  ...inboxHandlers,
  ...contactHandlers,
  ...timelineHandlers,
  ...userHandlers,
  ...routingHandlers,
};
