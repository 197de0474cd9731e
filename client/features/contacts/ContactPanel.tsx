import { For, Match, Show, Switch } from "solid-js";
import { A, useLocation } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import type { Conversation } from "../../../shared/schemas/conversation.ts";
import { socketQuery } from "../../realtime/queries.ts";
import { connectionState } from "../../realtime/socket.ts";
import { formatDateTime, formatTimeOfDay, zoneCity } from "../../ui/time.ts";
import { ChannelIcon } from "../inbox/ChannelIcon.tsx";
import "./contacts.css";

/** The customer as this brand knows them, and their other conversations with it on any channel. */
export function ContactPanel(props: { contactId: Conversation["contactId"]; conversationId: string; brand: BrandSummary }) {
  const location = useLocation();
  const contact = useQuery(() => ({
    ...socketQuery("contact:get", { contactId: props.contactId }),
    enabled: connectionState() === "connected",
  }));
  const others = () => (contact.data?.conversations ?? []).filter((c) => c.id !== props.conversationId);

  return (
    <aside class="contact-panel" aria-labelledby="contact-panel-title">
      <h2 id="contact-panel-title" class="contact-panel__title">
        Contact
      </h2>
      <Switch>
        <Match when={contact.isError}>
          <p role="alert" class="notice notice--danger">
            Could not load the contact: {contact.error?.message}
          </p>
        </Match>
        <Match when={contact.data}>
          {(details) => (
            <>
              <dl class="contact-panel__details">
                <div>
                  <dt>Name</dt>
                  <dd>{details().name}</dd>
                </div>
                <Show when={details().email}>
                  {(email) => (
                    <div>
                      <dt>Email</dt>
                      <dd class="contact-panel__value">{email()}</dd>
                    </div>
                  )}
                </Show>
                <Show when={details().phone}>
                  {(phone) => (
                    <div>
                      <dt>Phone</dt>
                      <dd class="contact-panel__value">{phone()}</dd>
                    </div>
                  )}
                </Show>
                <Show when={details().timeZone}>
                  {(zone) => (
                    <div>
                      <dt>Local time</dt>
                      <dd>
                        {formatTimeOfDay(new Date(), zone())} in {zoneCity(zone())}
                      </dd>
                    </div>
                  )}
                </Show>
                <div>
                  <dt>Customer of {props.brand.shortName} since</dt>
                  <dd>{formatDateTime(details().createdAt)}</dd>
                </div>
              </dl>
              <h3 class="contact-panel__subtitle">Other conversations with {props.brand.name}</h3>
              <Show when={others().length > 0} fallback={<p class="muted">None.</p>}>
                <ul class="contact-panel__conversations">
                  <For each={others()}>
                    {(other) => (
                      <li>
                        <A href={`/inbox/c/${other.id}${location.search}`} class="contact-panel__conversation">
                          <span class="contact-panel__conversation-head">
                            <ChannelIcon channel={other.channel} />
                            <span class="contact-panel__status">{other.status}</span>
                            <time datetime={other.lastActivityAt}>{formatDateTime(other.lastActivityAt)}</time>
                          </span>
                          <span class="contact-panel__preview">{other.subject ?? other.lastPreview}</span>
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Match>
        <Match when={true}>
          <p role="status" class="muted">
            Loading the contact…
          </p>
        </Match>
      </Switch>
    </aside>
  );
}
