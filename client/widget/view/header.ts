import type { WidgetConfig } from "../../../shared/schemas/chat.ts";
import { h, icon } from "./dom.ts";

/** Brand logo and name, who the visitor is talking to, the menu with "End chat", and the close button. */
export function createHeader(actions: { close(): void; endChat(): void }) {
  const logo = h("img", { class: "logo", alt: "", hidden: true });
  const title = h("h2");
  const subtitle = h("p", { hidden: true });
  const menuButton = h("button", { class: "hbtn", type: "button", "aria-label": "More options", "aria-haspopup": "menu", "aria-expanded": "false", hidden: true }, [icon("more")]);
  const endItem = h("button", { type: "button", role: "menuitem" }, ["End chat"]);
  const menu = h("ul", { class: "menu", role: "menu", "aria-label": "Chat options", hidden: true }, [h("li", { role: "none" }, [endItem])]);
  const closeButton = h("button", { class: "hbtn", type: "button", "aria-label": "Close chat" }, [icon("close")]);
  const el = h("div", { class: "head" }, [logo, h("div", { class: "who" }, [title, subtitle]), menuButton, closeButton, menu]);
  let logoSvg: string | null = null;

  function setMenu(open: boolean): void {
    menu.hidden = !open;
    menuButton.setAttribute("aria-expanded", String(open));
    if (open) endItem.focus();
  }

  menuButton.addEventListener("click", () => setMenu(menu.hidden));
  endItem.addEventListener("click", () => {
    setMenu(false);
    actions.endChat();
  });
  menu.addEventListener("focusout", (event) => {
    if (!el.contains(event.relatedTarget as Node | null)) setMenu(false);
  });
  closeButton.addEventListener("click", actions.close);

  return {
    el,
    /** Closes the menu if it is open; says whether it was, so Esc closes one thing at a time. */
    closeMenu(): boolean {
      if (menu.hidden) return false;
      setMenu(false);
      menuButton.focus();
      return true;
    },
    update(config: WidgetConfig, status: string | null, canEnd: boolean) {
      title.textContent = config.brand.name;
      subtitle.hidden = status === null;
      subtitle.textContent = status ?? "";
      menuButton.hidden = !canEnd;
      if (!canEnd) setMenu(false);
      if (config.brand.logoSvg !== logoSvg) {
        logoSvg = config.brand.logoSvg;
        // an image, never markup: whatever the SVG holds cannot run or style anything in the page
        logo.hidden = logoSvg === null;
        logo.src = logoSvg ? `data:image/svg+xml,${encodeURIComponent(logoSvg)}` : "";
      }
    },
  };
}
