/**
 * The visitor widget's Socket.io side, on its own namespace. The handshake must name a known widget key, come
 * from one of the brand's allowed sites (when it lists any), and may carry a visitor token that this server
 * signed for the same brand: then the socket joins that chat's room. Its requests go through the one request
 * pipeline (requestPipeline.ts); a visitor only ever reaches their own chat, found from the token.
 */
import { widgetRequests, type WidgetHandshake } from "../../shared/contract/widget.ts";
import type { VisitorContext, VisitorServices } from "../chat/visitorContext.ts";
import { visitorHandlers } from "../chat/visitorHandlers.ts";
import { findWidgetBrand, type WidgetBrand } from "../chat/widgetBrandRepo.ts";
import type { VisitorSocket, WidgetNamespace } from "../chat/widgetNamespace.ts";
import type { Announcement } from "../handlers/defineHandlers.ts";
import { rooms } from "../handlers/rooms.ts";
import { clientAddress, type OriginPolicy } from "../http/security.ts";
import type { InFlight } from "./inFlight.ts";
import { bindRequests } from "./requestPipeline.ts";

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
    const ip = socket.data.ip ?? "unknown";
    bindRequests<VisitorContext>(socket, {
      catalog: widgetRequests,
      handlers: visitorHandlers,
      db: services.db,
      clock: services.clock,
      log: services.log,
      inFlight,
      logFields: { brandId: brand.id },
      actorId: null,
      context: (log) => ({
        ...services,
        get log() {
          return log();
        },
        socket,
        brand,
        ip,
      }),
      emit: (a: Announcement) => {
        if (a.namespace === "console") return void services.io.to(a.room).emit(a.event, a.payload as never);
        (a.exceptCaller ? socket.to(a.room) : widget.to(a.room)).emit(a.event, a.payload as never);
      },
      doneLevel: () => "debug",
      words: {
        invalidInput: (_name, issues) => visitorWording(issues),
        tooLarge: () => "That message is too long to send.",
        unavailable: "We're restarting. Try again in a moment.",
        internal: "Something went wrong on our side. Please try again.",
      },
    });
  });
}

/** Visitors read these: say what to fix, in plain words. */
function visitorWording(issues: { path: string; message: string }[]): string {
  const field = issues[0]?.path ?? "";
  if (field === "body") return "Messages can't be empty or longer than the limit.";
  if (field === "email") return "Please check your email address.";
  if (field === "name") return "Please check your name.";
  return "Something in that request wasn't right.";
}
