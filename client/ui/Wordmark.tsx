/** The Switchboard mark and name; the mark is decorative, the name is the accessible text. */
export function Wordmark(props: { size?: "small" | "large" }) {
  return (
    <span class="wordmark" classList={{ "wordmark--large": props.size === "large" }}>
      <svg class="wordmark__mark" viewBox="0 0 24 24" aria-hidden="true">
        <rect x="1" y="1" width="22" height="22" rx="6" fill="currentColor" />
        <circle cx="8" cy="8" r="2" class="wordmark__jack" />
        <circle cx="16" cy="8" r="2" class="wordmark__jack" />
        <circle cx="8" cy="16" r="2" class="wordmark__jack" />
        <circle cx="16" cy="16" r="2" class="wordmark__jack" />
        <path d="M8 8 L16 16" class="wordmark__cord" />
      </svg>
      <span class="wordmark__name">Switchboard</span>
    </span>
  );
}
