/**
 * The visitor widget's Socket.io side, on its own namespace. The handshake must name a known widget key, come
 * from one of the brand's allowed sites (when it lists any), and may carry a visitor token that this server
 * signed for the same brand: then the socket joins that chat's room. Every event is size-checked and validated
 * against the contract before anything else; a visitor only ever reaches their own chat, found from the token.
 */
import { v7 as uuidv7 } from "uuid";
import { isWidgetRequestName, widgetRequests, type WidgetHandshake, type WidgetRequestName } from "../../shared/contract/widget.ts";
import type { Ack } from "../../shared/contract/define.ts";
import { clientAddress, type OriginPolicy } from "../http/security.ts";
import { RequestFailure } from "../handlers/failure.ts";
import type { InFlight } from "./inFlight.ts";
import { rooms } from "../handlers/rooms.ts";
import type { VisitorContext, VisitorServices } from "../chat/visitorContext.ts";
import { visitorHandlers, type VisitorHandler } from "../chat/visitorHandlers.ts";
import { findWidgetBrand } from "../chat/widgetBrandRepo.ts";
import type { VisitorSocket, WidgetNamespace } from "../chat/widgetNamespace.ts";
import type { WidgetBrand } from "../chat/widgetBrandRepo.ts";

/** Handshake refusals the widget shows as a quiet failure: connect_error's message. */
export const WIDGET_REFUSALS = { unknownKey: "unknown_widget_key", origin: "origin_not_allowed", unavailable: "unavailable" } as const;

export function attachWidgetSockets(widget: WidgetNamespace, services: VisitorServices, inFlight: InFlight, origin: OriginPolicy): void {
  const brands = new WeakMap<VisitorSocket, WidgetBrand>();

  widget.use(async (socket, next) => {
    try {
      const auth = (socket.handshake.auth ?? {}) as Partial<WidgetHandshake>;
      const brand = typeof auth.widgetKey === "string" && auth.widgetKey.length <= 100 ? await findWidgetBrand(services.db, auth.widgetKey) : null;
      if (!brand) return next(new Error(WIDGET_REFUSALS.unknownKey));
      const siteOrigin = socket.handshake.headers.origin;
      if (brand.allowedOrigins.length > 0 && (!siteOrigin || !brand.allowedOrigins.includes(siteOrigin))) return next(new Error(WIDGET_REFUSALS.origin));
      const claims = typeof auth.visitorToken === "string" ? services.tokens.verify(auth.visitorToken) : null;
      // a token of another brand's widget is no token here
      const visitor = claims && claims.brandId === brand.id ? { contactId: claims.contactId, conversationId: claims.conversationId } : null;
      socket.data = { brandId: brand.id, visitor, ip: clientAddress(socket.request, origin) };
      brands.set(socket, brand);
      if (visitor) await socket.join(rooms.visitorChat(visitor.conversationId));
      next();
    } catch (error) {
      services.log.error({ err: error }, "widget handshake failed");
      next(new Error(WIDGET_REFUSALS.unavailable));
    }
  });

  widget.on("connection", (socket) => {
    const brand = brands.get(socket)!;
    socket.onAny((event: string, ...args: unknown[]) => {
      if (isWidgetRequestName(event)) return;
      const ack = args.at(-1);
      if (typeof ack === "function") ack(refusal(new RequestFailure("unknown_event", `There is no event named "${event.slice(0, 80)}".`)));
    });
    for (const name of Object.keys(widgetRequests) as WidgetRequestName[]) {
      socket.on(name, (payload: unknown, ack: unknown) => {
        if (typeof ack !== "function") return;
        if (!inFlight.accepting) return ack(refusal(new RequestFailure("unavailable", "We're restarting. Try again in a moment.")));
        let log: VisitorContext["log"] | undefined;
        const ctx: VisitorContext = {
          ...services,
          // most requests of a chat at full speed log nothing: their logger is made only when something is said
          get log() {
            return (log ??= services.log.child({ eventId: uuidv7(), event: name, brandId: brand.id }));
          },
          socket,
          brand,
          ip: socket.data.ip ?? "unknown",
        };
        inFlight.track(handle(name, payload, ctx, ack as (response: Ack<unknown>) => void));
      });
    }
  });
}

async function handle(name: WidgetRequestName, payload: unknown, ctx: VisitorContext, ack: (response: Ack<unknown>) => void): Promise<void> {
  const spec = widgetRequests[name];
  const handler = visitorHandlers[name] as VisitorHandler<WidgetRequestName, unknown>;
  let result: unknown;
  let input: unknown;
  try {
    const size = Buffer.byteLength(JSON.stringify(payload) ?? "");
    if (size > spec.maxBytes) throw new RequestFailure("payload_too_large", `That message is too long to send.`);
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new RequestFailure("invalid_input", visitorWording(issues), issues);
    }
    input = parsed.data;
    result = await handler.run(ctx, input as never);
    ack({ ok: true, data: handler.reply ? handler.reply(result) : result });
  } catch (error) {
    if (error instanceof RequestFailure) {
      ctx.log.info({ code: error.code }, "widget request refused");
      return ack(refusal(error));
    }
    ctx.log.error({ err: error }, "widget request failed");
    return ack(refusal(new RequestFailure("internal", "Something went wrong on our side. Please try again.")));
  }
  await handler.after?.(ctx, result, input as never).catch((error: unknown) => ctx.log.error({ err: error }, "widget announcement failed"));
}

/** Visitors read these: say what to fix, in plain words. */
function visitorWording(issues: { path: string; message: string }[]): string {
  const field = issues[0]?.path ?? "";
  if (field === "body") return "Messages can't be empty or longer than the limit.";
  if (field === "email") return "Please check your email address.";
  if (field === "name") return "Please check your name.";
  return "Something in that request wasn't right.";
}

function refusal(failure: RequestFailure): Ack<never> {
  return { ok: false, error: failure.toError() };
}
