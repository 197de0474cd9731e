import { h, icon } from "./dom.ts";

/** The round button in the corner: opens and closes the panel, and counts the agent's unread messages. */
export function createLauncher(onToggle: () => void) {
  const badge = h("span", { class: "badge", "aria-hidden": "true", hidden: true });
  const chatIcon = icon("chat");
  const closeIcon = icon("close");
  const el = h("button", { class: "launcher", type: "button", hidden: true, "aria-expanded": "false" }, [chatIcon, closeIcon, badge]);
  el.addEventListener("click", onToggle);

  return {
    el,
    update(brandName: string | null, open: boolean, unread: number) {
      el.hidden = brandName === null;
      if (brandName === null) return;
      const unreadText = unread > 0 && !open ? `, ${unread} unread ${unread === 1 ? "message" : "messages"}` : "";
      el.setAttribute("aria-label", `Chat with ${brandName}${unreadText}`);
      el.setAttribute("aria-expanded", String(open));
      chatIcon.style.display = open ? "none" : "";
      closeIcon.style.display = open ? "" : "none";
      badge.hidden = open || unread === 0;
      badge.textContent = unread > 9 ? "9+" : String(unread);
    },
  };
}
