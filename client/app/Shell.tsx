/**
 * The signed-in console: waits for the connection and whoami, sends an agent without a session to sign-in,
 * and lays out the top bar, side bar and page for everyone else.
 */
import { Match, Show, Switch } from "solid-js";
import { Navigate, useLocation, type RouteSectionProps } from "@solidjs/router";
import { brandsWhere } from "../../shared/domain/access/can.ts";
import { AttentionTitle } from "../features/attention/AttentionTitle.tsx";
import { AgentProvider, principalOf } from "../features/auth/AgentContext.tsx";
import { signInHref } from "../features/auth/nextPath.ts";
import { endReason } from "../features/auth/session.ts";
import { useWhoami } from "../features/auth/whoami.ts";
import { KeyboardShortcuts } from "../features/keyboard/KeyboardShortcuts.tsx";
import { connectionState } from "../realtime/socket.ts";
import { Wordmark } from "../ui/Wordmark.tsx";
import { Sidebar } from "./Sidebar.tsx";
import { TopBar } from "./TopBar.tsx";
import "./shell.css";

export default function Shell(props: RouteSectionProps) {
  const whoami = useWhoami();
  const location = useLocation();
  const signInTarget = () => signInHref(location.pathname + location.search, endReason() !== "signed_out");

  return (
    <Switch fallback={<ShellWaiting />}>
      <Match when={connectionState() === "unauthenticated"}>
        <Navigate href={signInTarget()} />
      </Match>
      <Match when={whoami.data}>
        {(agent) => (
          <AgentProvider whoami={agent}>
            <div class="shell">
              <a class="skip-link" href="#main">
                Skip to content
              </a>
              <TopBar />
              <Sidebar />
              <main id="main" class="shell__main" tabindex="-1">
                {props.children}
              </main>
              <KeyboardShortcuts />
              <Show when={brandsWhere(principalOf(agent()), "conversation.read").length > 0}>
                <AttentionTitle />
              </Show>
            </div>
          </AgentProvider>
        )}
      </Match>
      <Match when={whoami.isError}>
        <ShellWaiting problem={whoami.error?.message} onRetry={() => void whoami.refetch()} />
      </Match>
    </Switch>
  );
}

function ShellWaiting(props: { problem?: string | undefined; onRetry?: () => void }) {
  const message = () =>
    props.problem !== undefined
      ? `Could not load your console: ${props.problem}`
      : connectionState() === "offline"
        ? "You are offline. The console will open when the network is back."
        : "Connecting to Switchboard…";
  return (
    <main class="shell-waiting">
      <Wordmark size="large" />
      <p role="status" class="shell-waiting__message">
        {message()}
      </p>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="button" onClick={() => retry()()}>
            Try again
          </button>
        )}
      </Show>
    </main>
  );
}
