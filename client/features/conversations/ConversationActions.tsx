import { createSignal, For, Show } from "solid-js";
import { allowedStatusChanges } from "../../../shared/domain/conversations/status.ts";
import { normaliseTags } from "../../../shared/domain/conversations/tags.ts";
import type { Conversation, Priority } from "../../../shared/schemas/conversation.ts";
import type { AssigneeCandidate } from "../../../shared/schemas/inbox.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { PickerDialog } from "../../ui/PickerDialog.tsx";
import { formatDateTime } from "../../ui/time.ts";
import { statusWord } from "../routing/agentStatus.ts";
import type { ConversationCommands } from "./commands.ts";
import { snoozePresets } from "./snooze.ts";
import { canTransfer, transferChange, transferLabel, transferTargets } from "./transfer.ts";
import { TransferDialog } from "./TransferDialog.tsx";

export interface ActionsHandle {
  resolve(): void;
  openAssign(): void;
  openSnooze(): void;
  openTransfer(): void;
}

const PRIORITIES: readonly Priority[] = ["low", "normal", "high", "urgent"];
const UNASSIGN = "__unassign";

/** Assign, status, snooze, priority and tags, each pending until acknowledged and explained when refused. */
export function ConversationActions(props: {
  conversation: Conversation;
  commands: ConversationCommands;
  teammates: readonly AssigneeCandidate[];
  selfId: string;
  brandName: string;
  ref: (handle: ActionsHandle) => void;
}) {
  const [assignOpen, setAssignOpen] = createSignal(false);
  const [transferOpen, setTransferOpen] = createSignal(false);
  const [snoozeOpen, setSnoozeOpen] = createSignal(false);
  const c = () => props.conversation;
  const allowed = () => allowedStatusChanges(c().status);
  const mine = () => c().assigneeId === props.selfId;
  const run = (change: Parameters<ConversationCommands["run"]>[1], label: string) => void props.commands.run(c, change, label);
  const nameOf = (id: string) => props.teammates.find((t) => t.id === id)?.name ?? "a teammate";

  function assign(id: string) {
    setAssignOpen(false);
    if (id === UNASSIGN) run({ kind: "assign", assigneeId: null }, "Unassigning");
    else run({ kind: "assign", assigneeId: id }, id === props.selfId ? "Assigning to you" : `Assigning to ${nameOf(id)}`);
  }

  function snooze(until: Date) {
    setSnoozeOpen(false);
    run({ kind: "status", status: "snoozed", snoozedUntil: until.toISOString() }, `Snoozing until ${formatDateTime(until)}`);
  }

  function setTags(tags: string[], label: string) {
    run({ kind: "tags", tags: normaliseTags(tags) }, label);
  }

  props.ref({
    resolve: () => allowed().includes("resolved") && run({ kind: "status", status: "resolved" }, "Resolving"),
    openAssign: () => setAssignOpen(true),
    openSnooze: () => allowed().includes("snoozed") && setSnoozeOpen(true),
    openTransfer: () => canTransfer(c()) && setTransferOpen(true),
  });

  return (
    <div class="actions">
      <div class="actions__bar" role="group" aria-label="Conversation actions">
        <Show when={!mine()}>
          <button type="button" class="button button--small" disabled={props.commands.isPending("assign")} onClick={() => assign(props.selfId)}>
            Assign to me
          </button>
        </Show>
        <button
          type="button"
          class="button button--small"
          aria-keyshortcuts="a"
          disabled={props.commands.isPending("assign")}
          onClick={() => setAssignOpen(true)}
        >
          Assign…
        </button>
        <Show when={canTransfer(c())}>
          <button
            type="button"
            class="button button--small"
            aria-haspopup="dialog"
            aria-keyshortcuts="t"
            disabled={props.commands.isPending("transfer")}
            onClick={() => setTransferOpen(true)}
          >
            Transfer…
          </button>
        </Show>
        <span class="actions__divider" aria-hidden="true" />
        <Show when={allowed().includes("resolved")}>
          <button
            type="button"
            class="button button--small button--primary"
            aria-keyshortcuts="e"
            disabled={props.commands.isPending("status")}
            onClick={() => run({ kind: "status", status: "resolved" }, "Resolving")}
          >
            Resolve
          </button>
        </Show>
        <Show when={c().status === "resolved"}>
          <button type="button" class="button button--small" disabled={props.commands.isPending("status")} onClick={() => run({ kind: "status", status: "open" }, "Reopening")}>
            Reopen
          </button>
        </Show>
        <Show when={c().status !== "resolved" && c().status !== "open"}>
          <button type="button" class="button button--small" disabled={props.commands.isPending("status")} onClick={() => run({ kind: "status", status: "open" }, "Opening")}>
            Set open
          </button>
        </Show>
        <Show when={allowed().includes("pending") && c().status !== "pending"}>
          <button type="button" class="button button--small" disabled={props.commands.isPending("status")} onClick={() => run({ kind: "status", status: "pending" }, "Setting to pending")}>
            Pending
          </button>
        </Show>
        <Show when={allowed().includes("snoozed")}>
          <button type="button" class="button button--small" aria-keyshortcuts="s" disabled={props.commands.isPending("status")} onClick={() => setSnoozeOpen(true)}>
            Snooze…
          </button>
        </Show>
        <span class="actions__divider" aria-hidden="true" />
        <label class="actions__priority">
          <span>Priority</span>
          <select
            class="field__input field__input--compact"
            value={c().priority}
            disabled={props.commands.isPending("priority")}
            onChange={(event) => {
              const priority = event.currentTarget.value as Priority;
              // the select shows the acknowledged value until the server agrees
              event.currentTarget.value = c().priority;
              run({ kind: "priority", priority }, `Setting priority to ${priority}`);
            }}
          >
            <For each={PRIORITIES}>{(priority) => <option value={priority}>{priority}</option>}</For>
          </select>
        </label>
      </div>
      <div class="actions__tags" role="group" aria-label="Tags">
        <For each={c().tags}>
          {(tag) => (
            <button
              type="button"
              class="tag tag--removable"
              aria-label={`Remove tag ${tag}`}
              disabled={props.commands.isPending("tags")}
              onClick={() => setTags(c().tags.filter((t) => t !== tag), `Removing tag ${tag}`)}
            >
              {tag} <span aria-hidden="true">×</span>
            </button>
          )}
        </For>
        <input
          class="field__input field__input--compact actions__tag-input"
          aria-label="Add a tag"
          placeholder="Add tag"
          maxlength="40"
          disabled={props.commands.isPending("tags")}
          onKeyDown={(event) => {
            const value = event.currentTarget.value.trim();
            if (event.key !== "Enter" || value === "") return;
            event.preventDefault();
            event.currentTarget.value = "";
            setTags([...c().tags, value], `Adding tag ${value}`);
          }}
        />
      </div>
      <div role="status" class="actions__pending">
        <For each={props.commands.pending()}>{(entry) => <span>{entry.label}…</span>}</For>
      </div>
      <Show when={props.commands.failure()}>
        {(failure) => (
          <div role="alert" class="notice notice--danger actions__failure">
            <span>
              {failure().label} failed: {failure().message}
            </span>
            <Show when={failure().retry}>
              {(retry) => (
                <button type="button" class="button button--small" onClick={() => retry()()}>
                  Retry
                </button>
              )}
            </Show>
            <button type="button" class="button button--small button--ghost" onClick={() => props.commands.dismiss()}>
              Dismiss
            </button>
          </div>
        )}
      </Show>

      <PickerDialog
        open={assignOpen()}
        title="Assign the conversation"
        searchLabel="Teammate"
        onClose={() => setAssignOpen(false)}
        onChoose={assign}
        empty="No teammate of this brand matches."
        options={(query) => {
          const q = query.trim().toLowerCase();
          const teammates = props.teammates
            .filter((t) => t.id !== c().assigneeId && t.name.toLowerCase().includes(q))
            .map((t) => ({ id: t.id, label: t.id === props.selfId ? `${t.name} (you)` : t.name, detail: statusWord[t.status] }));
          const unassign = c().assigneeId !== null && "unassign".includes(q) ? [{ id: UNASSIGN, label: "Unassign", detail: "Back to the brand's queue" }] : [];
          return [...teammates, ...unassign];
        }}
      />
      <TransferDialog
        open={transferOpen()}
        targets={transferTargets(props.teammates, c(), { selfId: props.selfId, brandName: props.brandName })}
        onClose={() => setTransferOpen(false)}
        onTransfer={(target, note) => {
          setTransferOpen(false);
          run(transferChange(target.id, note), transferLabel(target));
        }}
      />
      <SnoozeDialog open={snoozeOpen()} onSnooze={snooze} onClose={() => setSnoozeOpen(false)} />
    </div>
  );
}

function SnoozeDialog(props: { open: boolean; onSnooze: (until: Date) => void; onClose: () => void }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Dialog open={props.open} title="Snooze until" onClose={props.onClose}>
      <div class="snooze">
        <div class="snooze__presets">
          <For each={snoozePresets(new Date(), zone)}>
            {(preset, index) => (
              <button type="button" class="button snooze__preset" autofocus={index() === 0} onClick={() => props.onSnooze(preset.until)}>
                <span>{preset.label}</span>
                <span class="muted">{formatDateTime(preset.until)}</span>
              </button>
            )}
          </For>
        </div>
        <form
          class="snooze__custom"
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get("until");
            // datetime-local is wall-clock time in the browser's zone, the agent's own
            const until = typeof value === "string" && value !== "" ? new Date(value) : null;
            if (until === null || Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) {
              setProblem("Choose a time in the future.");
              return;
            }
            setProblem(null);
            props.onSnooze(until);
          }}
        >
          <label class="field">
            <span class="field__label">Custom time ({zone})</span>
            <input name="until" type="datetime-local" class="field__input" required />
          </label>
          <button type="submit" class="button button--primary">
            Snooze
          </button>
          <Show when={problem()}>{(text) => <p role="alert" class="snooze__problem">{text()}</p>}</Show>
        </form>
      </div>
    </Dialog>
  );
}
