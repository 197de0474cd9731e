import { Show } from "solid-js";
import type { BrandSummary } from "../../../shared/schemas/brand.ts";
import { roleLabel } from "../auth/roles.ts";
import { agentTimeZone, describeTimeDifference, formatClock } from "./clock.ts";
import { logoDataUrl } from "./logo.ts";
import { signatureFor } from "./signature.ts";

export function BrandCard(props: { brand: BrandSummary; agentName: string; now: Date }) {
  const headingId = () => `brand-${props.brand.id}`;
  return (
    <article
      class="brand-card"
      aria-labelledby={headingId()}
      style={{ "--brand-color": props.brand.color, "--brand-accent": props.brand.accentColor }}
    >
      <header class="brand-card__header">
        <Show
          when={props.brand.logoSvg}
          fallback={
            <span class="brand-card__monogram" aria-hidden="true">
              {props.brand.shortName}
            </span>
          }
        >
          {(svg) => <img class="brand-card__logo" src={logoDataUrl(svg())} alt="" width="48" height="48" />}
        </Show>
        <div class="brand-card__identity">
          <h2 id={headingId()} class="brand-card__name">
            {props.brand.name}
          </h2>
          <p class="brand-card__meta">
            {props.brand.kind} · {props.brand.shortName} · you are {roleLabel[props.brand.role].toLowerCase()}
          </p>
        </div>
      </header>

      <dl class="brand-card__clocks">
        <div class="brand-card__clock">
          <dt>Brand time</dt>
          <dd>
            <span class="brand-card__time">{formatClock(props.now, props.brand.timeZone)}</span>
            <span class="brand-card__zone">
              {props.brand.timeZone} · {describeTimeDifference(props.brand.timeZone, agentTimeZone(), props.now)}
            </span>
          </dd>
        </div>
        <div class="brand-card__clock">
          <dt>Your time</dt>
          <dd>
            <span class="brand-card__time">{formatClock(props.now)}</span>
            <span class="brand-card__zone">{agentTimeZone()}</span>
          </dd>
        </div>
      </dl>

      <section class="brand-card__section">
        <h3 class="brand-card__label">Tone</h3>
        <p class="brand-card__tone">{props.brand.toneNotes}</p>
      </section>
      <section class="brand-card__section">
        <h3 class="brand-card__label">Signature</h3>
        <p class="brand-card__signature">{signatureFor(props.brand.signature, props.agentName)}</p>
      </section>

      <footer class="brand-card__footer">
        <span class="brand-swatch" aria-hidden="true" />
        <span>Brand colour {props.brand.color}</span>
      </footer>
    </article>
  );
}
