/**
 * A simple website for each demo brand, with the brand's chat widget embedded as a brand would embed it, so that
 * anyone can play the customer in one tab and the agent in another. Only the seeded demo brands get one: a
 * page per real brand would publish the list of the BPO's clients. Every value is escaped; the pages carry no
 * inline script or style, so they work under the server's Content-Security-Policy as any brand's site would.
 */
import type { WidgetBrand } from "../brands/widgetBrand.ts";
import type { BrandSlug } from "../db/seed/brands.ts";

interface DemoCopy {
  hero: string;
  intro: string;
  nav: string[];
  features: [string, string][];
}

/** Keyed by every seeded slug, so a new demo brand without copy is a compile error. */
const DEMO_COPY: Record<BrandSlug, DemoCopy> = {
  "lumen-fibre": {
    hero: "Full-fibre broadband that just works",
    intro: "Speeds up to 1.8 Gbps, no mid-contract price rises, and a support team that answers day and night.",
    nav: ["Broadband", "Check your area", "Help", "My account"],
    features: [
      ["Fibre to your door", "Our own full-fibre network runs all the way to your home, so evening slowdowns are a thing of the past."],
      ["Wi-Fi in every room", "Every plan comes with a mesh-ready router. Add boosters any time from your account."],
      ["Something not right?", "Run a line test from your account, or chat with us: we can see your line and book an engineer."],
    ],
  },
  threadline: {
    hero: "New season, easy returns",
    intro: "Free delivery on orders over $50 and 60 days to return anything that doesn't feel right.",
    nav: ["Women", "Men", "New in", "Sale", "Orders"],
    features: [
      ["Find your size", "Every product page has a size guide measured on the real garment, plus notes from our fit team."],
      ["Free returns", "Print a label or use QR-code drop-off at any partner store. Refunds land within 5 days."],
      ["Where's my order?", "Track it from the confirmation email, or ask us in the chat and we'll look it up for you."],
    ],
  },
  "harbor-insurance": {
    hero: "Travel cover that's there when you need it",
    intro: "Single-trip and annual policies with 24/7 emergency medical assistance, wherever you are in the world.",
    nav: ["Get a quote", "Make a claim", "Policy documents", "Contact"],
    features: [
      ["Emergency assistance", "Overseas and need a doctor? Call +61 2 7010 4400 any time: our medical team answers around the clock."],
      ["Claims made simple", "Start a claim online with your policy number. We'll tell you what we need and what happens next."],
      ["Cover for your trip", "From a weekend away to a year of travel, with optional cover for cruises, skiing and gadgets."],
    ],
  },
};

export function isDemoSlug(slug: string): slug is BrandSlug {
  return Object.hasOwn(DEMO_COPY, slug);
}

export const DEMO_SLUGS = Object.keys(DEMO_COPY) as BrandSlug[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HEX_COLOR = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i;

/** Brand colours go into CSS only if they are plain hex colours; anything else gets a neutral grey. */
function cssColor(value: string): string {
  return HEX_COLOR.test(value) ? value : "#374151";
}

function page(title: string, stylesheet: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
${body}
</body>
</html>
`;
}

function logoImg(brand: WidgetBrand): string {
  if (!brand.logoSvg) return "";
  return `<img class="logo" src="data:image/svg+xml,${escapeHtml(encodeURIComponent(brand.logoSvg))}" alt="">`;
}

export function demoPageHtml(brand: WidgetBrand & { slug: BrandSlug }): string {
  const copy = DEMO_COPY[brand.slug];
  const name = escapeHtml(brand.name);
  const features = copy.features
    .map(([title, text]) => `<article class="card"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(text)}</p></article>`)
    .join("\n    ");
  return page(
    `${brand.name} — ${copy.hero}`,
    `/demo/${brand.slug}/site.css`,
    `<header class="top">
  <a class="brand" href="/demo/${escapeHtml(brand.slug)}">${logoImg(brand)}<span>${name}</span></a>
  <nav aria-label="Main">${copy.nav.map((item) => `<a href="#">${escapeHtml(item)}</a>`).join("")}</nav>
</header>
<main>
  <section class="hero">
    <p class="kind">${escapeHtml(brand.kind)}</p>
    <h1>${escapeHtml(copy.hero)}</h1>
    <p class="intro">${escapeHtml(copy.intro)}</p>
    <p class="hint">Questions? Use the chat button in the corner.</p>
  </section>
  <section class="cards">
    ${features}
  </section>
  <aside class="demo-note">
    <p><strong>This is a Switchboard demo site.</strong> Chat here as a customer of ${name}, and answer yourself as an agent
    from <a href="/">the console</a> in another tab.</p>
    <p><a href="/demo">All demo sites</a></p>
  </aside>
</main>
<footer class="bottom"><p>© ${name}. A fictional company.</p></footer>
<script src="/widget.js" data-widget-key="${escapeHtml(brand.widgetKey)}" async></script>`,
  );
}

export function demoIndexHtml(brands: readonly WidgetBrand[]): string {
  const items = brands
    .map((b) => `<li><a href="/demo/${escapeHtml(b.slug)}">${logoImg(b)}<span><strong>${escapeHtml(b.name)}</strong><br>${escapeHtml(b.kind)}</span></a></li>`)
    .join("\n    ");
  return page(
    "Switchboard demo sites",
    "/demo/site.css",
    `<main class="index">
  <h1>Demo sites</h1>
  <p>Each demo brand's website with its chat widget. Chat as a customer here and answer as an agent from <a href="/">the console</a>.</p>
  <ul class="sites">
    ${items || "<li>No demo brands are seeded on this server.</li>"}
  </ul>
</main>`,
  );
}

export function notFoundHtml(): string {
  return page(
    "Not found",
    "/demo/site.css",
    `<main class="index"><h1>No such demo site</h1><p>See <a href="/demo">the demo sites</a>.</p></main>`,
  );
}

/** The demo sites' stylesheet, in the brand's colours when there is one. */
export function demoCss(brand: WidgetBrand | null): string {
  const color = cssColor(brand?.color ?? "#374151");
  const accent = cssColor(brand?.accentColor ?? "#1f2937");
  return `:root{--brand:${color};--accent:${accent}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,"Times New Roman",serif;color:#1f2937;background:#fafaf9}
a{color:var(--accent)}
.top{display:flex;align-items:center;justify-content:space-between;gap:24px;flex-wrap:wrap;padding:16px 32px;background:#fff;border-bottom:1px solid #e7e5e4}
.brand{display:flex;align-items:center;gap:10px;font:700 20px/1 system-ui,sans-serif;color:#111827;text-decoration:none}
.logo{width:36px;height:36px}
nav{display:flex;gap:20px;flex-wrap:wrap;font:15px system-ui,sans-serif}
nav a{color:#374151;text-decoration:none}
nav a:hover{color:var(--accent);text-decoration:underline}
main{max-width:1040px;margin:0 auto;padding:0 32px 64px}
.hero{padding:72px 0 48px;max-width:720px}
.kind{margin:0;font:600 13px system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:var(--accent)}
h1{margin:8px 0 16px;font-size:46px;line-height:1.1;color:#111827}
.intro{font-size:20px;color:#374151;margin:0 0 16px}
.hint{font:15px system-ui,sans-serif;color:#4b5563}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:20px}
.card{background:#fff;border:1px solid #e7e5e4;border-top:4px solid var(--brand);border-radius:10px;padding:20px 22px}
.card h2{margin:0 0 8px;font:700 18px system-ui,sans-serif;color:#111827}
.card p{margin:0;color:#374151}
.demo-note{margin-top:48px;padding:16px 20px;border-radius:10px;background:#f5f5f4;font:15px system-ui,sans-serif;color:#374151}
.demo-note p{margin:4px 0}
.bottom{padding:24px 32px;border-top:1px solid #e7e5e4;font:14px system-ui,sans-serif;color:#4b5563;text-align:center}
.index{padding-top:48px;font-family:system-ui,sans-serif}
.index h1{font-size:34px}
.sites{list-style:none;padding:0;display:grid;gap:12px;max-width:560px}
.sites a{display:flex;gap:14px;align-items:center;padding:14px 16px;background:#fff;border:1px solid #e7e5e4;border-radius:10px;color:#1f2937;text-decoration:none}
.sites a:hover{border-color:#a8a29e}
.sites .logo{width:44px;height:44px}
@media (max-width:600px){.top,main{padding-left:18px;padding-right:18px}h1{font-size:34px}}
`;
}
