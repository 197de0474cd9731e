import { theme, toggleTheme } from "./theme.ts";

export function ThemeToggle() {
  return (
    <button type="button" class="button button--ghost" aria-pressed={theme() === "dark"} onClick={toggleTheme}>
      <svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
      Dark theme
    </button>
  );
}
