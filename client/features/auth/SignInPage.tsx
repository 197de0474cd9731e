import { createSignal, Show } from "solid-js";
import { Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import { connectionState } from "../../realtime/socket.ts";
import { Wordmark } from "../../ui/Wordmark.tsx";
import { safeNextPath } from "./nextPath.ts";
import { endNotice, endReason, signIn } from "./session.ts";
import "./sign-in.css";

export default function SignInPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [submitting, setSubmitting] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const next = () => safeNextPath(params.next);
  const notice = () => endNotice(endReason());
  const alertText = () => problem() ?? (notice()?.warning ? notice()?.text : null);

  async function onSubmit(event: SubmitEvent & { currentTarget: HTMLFormElement }) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setProblem(null);
    const result = await signIn({ email: String(form.get("email")), password: String(form.get("password")) });
    setSubmitting(false);
    if (result.ok) navigate(next(), { replace: true });
    else setProblem(result.error.message);
  }

  return (
    <main class="sign-in">
      <Show when={connectionState() === "connected"}>
        <Navigate href={next()} />
      </Show>
      <div class="sign-in__panel">
        <Wordmark size="large" />
        <h1 class="sign-in__title">Sign in to the agent console</h1>
        <div role="status" class="sign-in__notice">
          <Show when={notice()?.warning === false && !problem()}>
            <p class="notice">{notice()?.text}</p>
          </Show>
        </div>
        <div role="alert" class="sign-in__notice">
          <Show when={alertText()}>{(text) => <p class="notice notice--danger">{text()}</p>}</Show>
        </div>
        <form class="sign-in__form" onSubmit={(event) => void onSubmit(event)}>
          <div class="field">
            <label class="field__label" for="sign-in-email">
              Email
            </label>
            <input
              id="sign-in-email"
              class="field__input"
              name="email"
              type="email"
              autocomplete="username"
              required
              autofocus
            />
          </div>
          <div class="field">
            <label class="field__label" for="sign-in-password">
              Password
            </label>
            <input
              id="sign-in-password"
              class="field__input"
              name="password"
              type="password"
              autocomplete="current-password"
              required
            />
          </div>
          <button type="submit" class="button button--primary button--block" disabled={submitting()}>
            {submitting() ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </div>
    </main>
  );
}
