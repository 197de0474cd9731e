/**
 * Light or dark. The agent's choice is kept in localStorage; without one the console follows the system setting,
 * live. theme.css reads only the data-theme attribute set here, at import, before anything renders.
 */
import { createSignal } from "solid-js";

export type Theme = "light" | "dark";

const STORAGE_KEY = "switchboard.theme";
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");

function storedTheme(): Theme | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : null;
}

const [theme, setTheme] = createSignal<Theme>(storedTheme() ?? (systemDark.matches ? "dark" : "light"));

export { theme };

export function toggleTheme(): void {
  const next: Theme = theme() === "dark" ? "light" : "dark";
  localStorage.setItem(STORAGE_KEY, next);
  apply(next);
}

function apply(next: Theme): void {
  setTheme(next);
  document.documentElement.dataset.theme = next;
}

systemDark.addEventListener("change", (event) => {
  if (storedTheme() === null) apply(event.matches ? "dark" : "light");
});

apply(theme());
