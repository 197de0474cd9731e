/**
 * Mounts the launcher and panel in the widget's shadow root and redraws them from the session's state, at most
 * once per frame. Open or closed is the view's own state, kept over a reload; Esc closes and focus goes back to
 * the launcher.
 */
import type { Session, WidgetState } from "../session.ts";
import type { WidgetStorage } from "../storage.ts";
import { unreadCount } from "../transcript.ts";
import { h } from "./dom.ts";
import { createLauncher } from "./launcher.ts";
import { createPanel } from "./panel.ts";
import { applyBrandTheme } from "./theme.ts";

export function mountWidget(shadow: ShadowRoot, session: Session, storage: WidgetStorage): void {
  let open = storage.panelOpen();
  let themedFor: WidgetState["config"] = null;
  let scheduled = false;

  const launcher = createLauncher(() => setOpen(!open));
  const panel = createPanel(session, () => {
    setOpen(false);
    launcher.el.focus();
  });
  const root = h("div", { class: "sb" }, [launcher.el, panel.el]);
  shadow.appendChild(root);

  function setOpen(value: boolean): void {
    open = value;
    storage.savePanelOpen(open);
    render();
    if (open) panel.opened();
  }

  function render(): void {
    scheduled = false;
    const state = session.store.get();
    if (state.config && state.config !== themedFor) {
      themedFor = state.config;
      applyBrandTheme(root, state.config.brand);
    }
    launcher.update(state.config?.brand.name ?? null, open, unreadCount(state.messages, state.readSeq));
    panel.update(state, open);
    if (open && state.config && document.visibilityState === "visible") session.markRead();
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  }

  session.store.subscribe(schedule);
  document.addEventListener("visibilitychange", schedule);
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !open) return;
    if (panel.dismiss()) return;
    setOpen(false);
    launcher.el.focus();
  });
  render();
}
