/**
 * Writing a reply or an internal note. Ctrl/Cmd+Enter sends; "/" at the start (or # anywhere outside a field)
 * opens the brand's canned replies; "@" in a note mentions a teammate. The text is kept per conversation while
 * the console is open, so switching conversations loses nothing.
 */
import { createSignal, createUniqueId, Show } from "solid-js";
import { useQuery } from "@tanstack/solid-query";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import type { AssigneeCandidate } from "../../../shared/schemas/inbox.ts";
import { socketQuery } from "../../realtime/queries.ts";
import { connectionState } from "../../realtime/socket.ts";
import { PickerDialog } from "../../ui/PickerDialog.tsx";
import { signatureFor } from "../brands/signature.ts";
import { matchCannedReplies, mentionedIds, mentionStart, outgoingBody, replaceRange, replyOption, type ComposerMode, type Mentionable } from "./composing.ts";
import { fillPlaceholders } from "./placeholders.ts";
import type { Workspace } from "./workspace.ts";
import { MAX_BODY_CHARS } from "../../../shared/domain/limits.ts";

export interface ComposerHandle {
  focus(mode: ComposerMode): void;
  openCanned(): void;
  restore(text: string, mode: ComposerMode): void;
}

interface Draft {
  mode: ComposerMode;
  body: string;
  mentioned: Mentionable[];
}


/** Unsent text per conversation, for this page's life; drafts that survive a reload are the offline outbox's job. */
const drafts = new Map<string, Draft>();

export function Composer(props: {
  conversation: Conversation;
  brand: BrandSummary;
  agentName: string;
  teammates: readonly AssigneeCandidate[];
  workspace: Workspace;
  ref: (handle: ComposerHandle) => void;
}) {
  const saved = drafts.get(props.conversation.id);
  const [chosenMode, setMode] = createSignal<ComposerMode>(saved?.mode ?? "message");
  /** null where the channel has no replies at all (phone) */
  const reply = () => replyOption(props.conversation);
  /** why only notes can be written here (a chat the visitor left), or null */
  const replyBlocked = () => reply()?.blocked ?? null;
  const mode = (): ComposerMode => (reply() !== null && replyBlocked() === null ? chosenMode() : "note");
  const blockedId = createUniqueId();
  const [body, setBody] = createSignal(saved?.body ?? "");
  const [mentioned, setMentioned] = createSignal<Mentionable[]>(saved?.mentioned ?? []);
  const [cannedOpen, setCannedOpen] = createSignal(false);
  const [mentionAt, setMentionAt] = createSignal<number | null>(null);
  let textarea!: HTMLTextAreaElement;

  const canned = useQuery(() => ({
    ...socketQuery("cannedReply:list", { brandId: props.conversation.brandId }),
    enabled: connectionState() === "connected",
    staleTime: 5 * 60_000,
  }));

  function save(next: Partial<Draft>) {
    const draft = { mode: chosenMode(), body: body(), mentioned: mentioned(), ...next };
    if (next.mode !== undefined) setMode(next.mode);
    if (next.body !== undefined) setBody(next.body);
    if (next.mentioned !== undefined) setMentioned(next.mentioned);
    if (draft.body === "") drafts.delete(props.conversation.id);
    else drafts.set(props.conversation.id, draft);
  }

  /** Puts text at the caret (replacing [start, end) when given) and leaves the caret after it. */
  function insert(text: string, start = textarea.selectionStart, end = textarea.selectionEnd) {
    const next = replaceRange(body(), start, end, text);
    save({ body: next.body });
    // the dialog hands focus back to the textarea as it closes; place the caret after that
    setTimeout(() => {
      textarea.focus();
      textarea.setSelectionRange(next.caret, next.caret);
    });
  }

  function send() {
    const text = body().trim();
    if (text === "") return;
    const context = { mode: mode(), channel: props.conversation.channel, signature: props.brand.signature, agentName: props.agentName };
    props.workspace.sends.send({
      kind: mode(),
      body: outgoingBody(text, context),
      mentions: mode() === "note" ? mentionedIds(text, mentioned()) : [],
      ifNoReplySince: props.workspace.timeline.timeline().lastSeq,
    });
    save({ body: "", mentioned: [] });
  }

  props.ref({
    focus(next) {
      save({ mode: next });
      textarea.focus();
    },
    openCanned: () => setCannedOpen(true),
    restore(text, restoredMode) {
      save({ mode: restoredMode, body: text });
      textarea.focus();
    },
  });

  const label = () => (mode() === "note" ? "Internal note: only your team sees it" : `${reply()?.label} to ${props.conversation.contactName}`);
  const signed = () => mode() === "message" && reply()?.signed === true && props.brand.signature.trim() !== "";

  return (
    <section class="composer" classList={{ "composer--note": mode() === "note" }} aria-label="Composer">
      <div class="composer__modes" role="group" aria-label="Write">
        <Show when={reply()}>
          <button
            type="button"
            class="composer__mode"
            aria-pressed={mode() === "message"}
            aria-keyshortcuts="r"
            disabled={replyBlocked() !== null}
            onClick={() => save({ mode: "message" })}
          >
            Reply
          </button>
        </Show>
        <button type="button" class="composer__mode" aria-pressed={mode() === "note"} aria-keyshortcuts="n" onClick={() => save({ mode: "note" })}>
          Internal note
        </button>
        <span class="composer__hint">
          <kbd>/</kbd> canned reply{mode() === "note" ? " · @ mention" : ""}
        </span>
      </div>
      <Show when={replyBlocked()}>
        {(reason) => (
          <p id={blockedId} class="composer__blocked">
            {reason()}
          </p>
        )}
      </Show>
      <textarea
        ref={textarea}
        class="composer__input"
        aria-label={label()}
        aria-describedby={replyBlocked() === null ? undefined : blockedId}
        placeholder={mode() === "note" ? "Write a note for your team…" : `Reply as ${props.brand.name}…`}
        maxlength={MAX_BODY_CHARS}
        rows="3"
        value={body()}
        onInput={(event) => {
          const value = event.currentTarget.value;
          save({ body: value });
          props.workspace.presence.typing(mode());
          if (value === "/") {
            save({ body: "" });
            setCannedOpen(true);
            return;
          }
          const at = mode() === "note" ? mentionStart(value, event.currentTarget.selectionStart) : null;
          if (at !== null) setMentionAt(at);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          }
        }}
      />
      <div class="composer__footer">
        <Show when={signed()}>
          <p class="composer__signature" title={signatureFor(props.brand.signature, props.agentName)}>
            Signed with {props.brand.name}'s signature
          </p>
        </Show>
        <button type="button" class="button button--primary composer__send" aria-keyshortcuts="Control+Enter Meta+Enter" disabled={body().trim() === ""} onClick={send}>
          {mode() === "note" ? "Add note" : "Send reply"}
          <span class="composer__send-keys" aria-hidden="true">
            Ctrl+Enter
          </span>
        </button>
      </div>

      <PickerDialog
        open={cannedOpen()}
        title={`Canned replies · ${props.brand.name}`}
        searchLabel="Find a canned reply"
        onClose={() => setCannedOpen(false)}
        empty={canned.isPending ? "Loading canned replies…" : "No canned reply matches."}
        options={(query) =>
          matchCannedReplies(canned.data ?? [], query).map((reply) => ({ id: reply.id, label: `/${reply.shortcut} · ${reply.title}`, detail: reply.body }))
        }
        onChoose={(id) => {
          const reply = canned.data?.find((r) => r.id === id);
          setCannedOpen(false);
          if (reply) {
            insert(
              fillPlaceholders(reply.body, {
                contact: { name: props.conversation.contactName },
                agent: { name: props.agentName },
                brand: { name: props.brand.name },
              }),
            );
          }
        }}
      />
      <PickerDialog
        open={mentionAt() !== null}
        title="Mention a teammate"
        searchLabel="Teammate"
        onClose={() => setMentionAt(null)}
        empty="No teammate of this brand matches."
        options={(query) =>
          props.teammates
            .filter((t) => t.name.toLowerCase().includes(query.trim().toLowerCase()))
            .map((t) => ({ id: t.id, label: t.name, detail: t.status }))
        }
        onChoose={(id) => {
          const teammate = props.teammates.find((t) => t.id === id);
          const start = mentionAt();
          setMentionAt(null);
          if (teammate && start !== null) {
            save({ mentioned: [...mentioned(), { id: teammate.id, name: teammate.name }] });
            insert(`@${teammate.name} `, start, start + 1);
          }
        }}
      />
    </section>
  );
}
