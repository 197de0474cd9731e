/**
 * What the widget keeps in the browser, under keys per widget key so that two brands' widgets on one site stay
 * apart. The visitor token and the read mark live in localStorage, so a new tab finds the chat; the outbox lives in
 * sessionStorage, so a reload keeps unsent messages while a second tab does not send them too. Storage can be
 * missing or throw (blocked cookies, private modes, sandboxed frames): then the widget simply forgets on reload.
 */
import { parseOutbox, type Outbox } from "./outbox.ts";

export interface ReadMark {
  conversationId: string;
  seq: number;
}

export interface WidgetStorage {
  visitorToken(): string | null;
  saveVisitorToken(token: string | null): void;
  outbox(): Outbox;
  saveOutbox(outbox: Outbox): void;
  readMark(): ReadMark | null;
  saveReadMark(mark: ReadMark): void;
  panelOpen(): boolean;
  savePanelOpen(open: boolean): void;
}

type Area = "localStorage" | "sessionStorage";

function read(area: Area, key: string): string | null {
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

function write(area: Area, key: string, value: string | null): void {
  try {
    if (value === null) window[area].removeItem(key);
    else window[area].setItem(key, value);
  } catch {
    // full or blocked: the widget works on, it only forgets at the next reload
  }
}

export function widgetStorage(widgetKey: string): WidgetStorage {
  const key = (name: string) => `switchboard.widget.${widgetKey}.${name}`;
  return {
    visitorToken: () => read("localStorage", key("visitorToken")),
    saveVisitorToken: (token) => write("localStorage", key("visitorToken"), token),
    outbox: () => parseOutbox(read("sessionStorage", key("outbox"))),
    saveOutbox: (outbox) => write("sessionStorage", key("outbox"), outbox.length ? JSON.stringify(outbox) : null),
    readMark() {
      try {
        const mark = JSON.parse(read("localStorage", key("readMark")) ?? "null") as ReadMark | null;
        return mark && typeof mark.conversationId === "string" && typeof mark.seq === "number" ? mark : null;
      } catch {
        return null;
      }
    },
    saveReadMark: (mark) => write("localStorage", key("readMark"), JSON.stringify(mark)),
    panelOpen: () => read("sessionStorage", key("open")) === "1",
    savePanelOpen: (open) => write("sessionStorage", key("open"), open ? "1" : null),
  };
}
