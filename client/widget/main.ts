/**
 * The visitor chat widget, embedded on a brand's site with one tag:
 *   <script src="https://<switchboard>/widget.js" data-widget-key="wk_…" async></script>
 * It talks to the server its script came from, draws everything inside a shadow root on an element of its own,
 * and never throws into the host page: a refused key or origin leaves the page as it was, with a console warning.
 */
import { openWidgetSocket } from "./connection.ts";
import { createSession } from "./session.ts";
import { widgetStorage } from "./storage.ts";
import { WIDGET_CSS } from "./styles.ts";
import { mountWidget } from "./view/widgetView.ts";

const HOST_TAG = "switchboard-chat";

/** The host page's stylesheets can still reach the host element itself; inline !important beats them. */
function pinHost(host: HTMLElement): void {
  const pinned: [string, string][] = [
    ["all", "initial"],
    ["position", "fixed"],
    ["z-index", "2147483000"],
    ["right", "0"],
    ["bottom", "0"],
    ["width", "0"],
    ["height", "0"],
    ["display", "block"],
  ];
  for (const [property, value] of pinned) host.style.setProperty(property, value, "important");
}

/** A constructed stylesheet is not an inline style, so a strict style-src on the host page lets it through. */
function adoptStyles(shadow: ShadowRoot): void {
  if ("adoptedStyleSheets" in shadow && "replaceSync" in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement("style");
  style.textContent = WIDGET_CSS;
  shadow.appendChild(style);
}

function boot(script: HTMLScriptElement): void {
  const widgetKey = script.dataset.widgetKey;
  if (!widgetKey) return console.warn("Switchboard chat widget: the script tag needs a data-widget-key attribute.");
  // a page that includes the tag twice gets one widget
  if ([...document.querySelectorAll(HOST_TAG)].some((el) => el.getAttribute("data-widget-key") === widgetKey)) return;

  const origin = new URL(script.src, location.href).origin;
  const storage = widgetStorage(widgetKey);
  const socket = openWidgetSocket(origin, () => {
    const visitorToken = storage.visitorToken();
    return visitorToken ? { widgetKey, visitorToken } : { widgetKey };
  });
  const session = createSession(socket, storage);

  const host = document.createElement(HOST_TAG);
  host.setAttribute("data-widget-key", widgetKey);
  pinHost(host);
  const shadow = host.attachShadow({ mode: "open" });
  adoptStyles(shadow);
  mountWidget(shadow, session, storage);
  document.body.appendChild(host);
  session.connect();
}

// read now: currentScript is only set while this file runs
const script = (document.currentScript ?? document.querySelector("script[data-widget-key]")) as HTMLScriptElement | null;
const start = () => {
  try {
    if (script) boot(script);
  } catch (error) {
    console.warn("Switchboard chat widget could not start:", error);
  }
};
if (document.body) start();
else document.addEventListener("DOMContentLoaded", start, { once: true });
