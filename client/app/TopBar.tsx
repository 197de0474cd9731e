import { createSignal, Show } from "solid-js";
import { A, useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { AttentionSettings } from "../features/attention/AttentionSettings.tsx";
import { headlineRoleOf, useAgent } from "../features/auth/AgentContext.tsx";
import { roleLabel } from "../features/auth/roles.ts";
import { signOut } from "../features/auth/session.ts";
import { AgentStatusMenu } from "../features/routing/AgentStatusMenu.tsx";
import { ConnectionIndicator } from "../realtime/ConnectionIndicator.tsx";
import { Wordmark } from "../ui/Wordmark.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

export function TopBar() {
  const agent = useAgent();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const role = () => headlineRoleOf(agent());

  async function onSignOut() {
    setSigningOut(true);
    setProblem(null);
    const result = await signOut(queryClient);
    setSigningOut(false);
    if (result.ok) navigate("/sign-in", { replace: true });
    else setProblem(`Could not sign out: ${result.error.message}`);
  }

  return (
    <header class="topbar">
      <A href="/" class="topbar__home" aria-label="Switchboard, your brands">
        <Wordmark />
      </A>
      <div class="topbar__tools">
        <Show when={problem()}>{(text) => <p role="alert" class="topbar__problem">{text()}</p>}</Show>
        <ConnectionIndicator />
        <div class="topbar__agent">
          <span class="topbar__name">{agent().user.name}</span>
          <Show when={role()}>{(r) => <span class="badge">{roleLabel[r()]}</span>}</Show>
        </div>
        <AgentStatusMenu />
        <AttentionSettings />
        <ThemeToggle />
        <button type="button" class="button button--ghost" disabled={signingOut()} onClick={() => void onSignOut()}>
          {signingOut() ? "Signing out…" : "Sign out"}
        </button>
      </div>
    </header>
  );
}
