import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../client.ts";
import { insertRows } from "./insertRows.ts";

export type BrandSlug = "lumen-fibre" | "threadline" | "harbor-insurance";

import { WEEKDAYS, type BusinessHours } from "../../../shared/domain/brands/businessHours.ts";
import type { PreChatForm } from "../../../shared/schemas/chat.ts";

export interface SeedBrand {
  id: string;
  slug: BrandSlug;
  name: string;
  shortName: string;
  kind: string;
  color: string;
  accentColor: string;
  logoSvg: string;
  timeZone: string;
  businessHours: BusinessHours;
  /** "YYYY-MM-DD" on the brand's calendar: support is closed all day */
  holidays: string[];
  supportAddresses: string[];
  widgetKey: string;
  widgetGreeting: string;
  widgetPreChat: PreChatForm;
  phoneNumbers: string[];
  /** email sign-off; {{agent.name}} is filled in when a reply is sent */
  signature: string;
  toneNotes: string;
  /** where this brand's customers' example email addresses live */
  customerEmailDomains: string[];
}

const weekdays = (hours: [string, string][]): BusinessHours => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

function logo(label: string, background: string, mark: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img" aria-label="${label}"><rect width="32" height="32" rx="8" fill="${background}"/>${mark}</svg>`;
}

// Phone numbers come from ranges set aside for fiction: Ofcom 020 7946 0xxx, NANP 555-01xx, ACMA 02 7010 xxxx.
const BRANDS: Omit<SeedBrand, "id">[] = [
  {
    slug: "lumen-fibre",
    name: "Lumen Fibre",
    shortName: "LF",
    kind: "Fibre broadband provider",
    color: "#0F766E",
    accentColor: "#155E75",
    logoSvg: logo(
      "Lumen Fibre",
      "#0F766E",
      `<path d="M11 8v16h11" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/><circle cx="22" cy="10" r="2.5" fill="#5EEAD4"/>`,
    ),
    timeZone: "Europe/London",
    // fault lines never close: the demo brand anyone can chat with at any hour
    businessHours: Object.fromEntries(WEEKDAYS.map((day) => [day, [["00:00", "24:00"]]])),
    holidays: [],
    supportAddresses: ["support@lumenfibre.example", "billing@lumenfibre.example"],
    widgetKey: "wk_lumen_Q7f2kX9mLp4TzR8v",
    widgetGreeting: "Hi! You're chatting with Lumen Fibre support. Tell us what's up with your connection and we'll take a look.",
    widgetPreChat: "name",
    phoneNumbers: ["+442079460321", "+442079460877"],
    signature: "Kind regards,\n{{agent.name}}\nLumen Fibre Customer Support\nsupport@lumenfibre.example · 020 7946 0321",
    toneNotes:
      "Friendly, plain-spoken and practical: short sentences, no jargon unless the customer uses it first. " +
      "During an outage, give the incident reference and the next update time rather than guesses. " +
      "Never blame the customer's equipment before the line test says so.",
    customerEmailDomains: ["example.co.uk", "example.com", "example.net"],
  },
  {
    slug: "threadline",
    name: "Threadline",
    shortName: "TL",
    kind: "Online fashion retailer",
    color: "#C2410C",
    accentColor: "#9D174D",
    logoSvg: logo(
      "Threadline",
      "#C2410C",
      `<path d="M9 10h14M16 10v13" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/><path d="M6 25c4-3 8 3 12 0s6-2 8-1" fill="none" stroke="#FED7AA" stroke-width="2" stroke-linecap="round"/>`,
    ),
    timeZone: "America/New_York",
    businessHours: { ...weekdays([["09:00", "21:00"]]), sat: [["10:00", "18:00"]], sun: [["11:00", "17:00"]] },
    // Thanksgiving, Christmas, New Year's Day
    holidays: ["2026-11-26", "2026-12-25", "2027-01-01"],
    supportAddresses: ["help@threadline.example", "returns@threadline.example"],
    widgetKey: "wk_thread_8bN3wYc6Hd2JqS5e",
    widgetGreeting: "Hey there! 👋 Questions about an order, a return or what size to pick? We're here to help.",
    widgetPreChat: "none",
    phoneNumbers: ["+12125550142", "+18005550199"],
    signature: "Happy shopping!\n{{agent.name}}\nThreadline Customer Care\nhelp@threadline.example",
    toneNotes:
      "Warm, upbeat and personal: use the customer's first name and write like a helpful friend who knows the clothes. " +
      "Light emoji are fine in chat, never in email. Offer the easiest fix first (exchange before refund) but never push it.",
    customerEmailDomains: ["example.com", "example.org", "example.net"],
  },
  {
    slug: "harbor-insurance",
    name: "Harbor Travel Insurance",
    shortName: "HTI",
    kind: "Travel insurer",
    color: "#1E3A8A",
    accentColor: "#1D4ED8",
    logoSvg: logo(
      "Harbor Travel Insurance",
      "#1E3A8A",
      `<path d="M16 6l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V9z" fill="none" stroke="#fff" stroke-width="2.2" stroke-linejoin="round"/><path d="M13 12v8M19 12v8M13 16h6" stroke="#BFDBFE" stroke-width="2.2" stroke-linecap="round"/>`,
    ),
    timeZone: "Australia/Sydney",
    businessHours: { ...weekdays([["07:00", "19:00"]]), sat: [["09:00", "13:00"]] },
    // New South Wales: Christmas, Boxing Day (observed on the Monday), New Year's Day, Australia Day
    holidays: ["2026-12-25", "2026-12-28", "2027-01-01", "2027-01-26"],
    supportAddresses: ["support@harborinsurance.example", "claims@harborinsurance.example"],
    widgetKey: "wk_harbor_3Vt9Ms1Ka7Xe4PwD",
    widgetGreeting: "Welcome to Harbor Travel Insurance. If you are overseas and need urgent medical help, call +61 2 7010 4400 any time.",
    widgetPreChat: "nameEmail",
    phoneNumbers: ["+61270104400", "+61255501234"],
    signature:
      "Yours sincerely,\n{{agent.name}}\nCustomer Care, Harbor Travel Insurance\n24/7 emergency assistance: +61 2 7010 4400",
    toneNotes:
      "Calm, precise and reassuring: confirm what you heard, state what happens next and when. " +
      "Never promise or predict a claim outcome; say the claim will be assessed against the policy wording. " +
      "In a medical emergency, safety comes first: transfer to emergency assistance before anything else.",
    customerEmailDomains: ["example.com.au", "example.com", "example.net"],
  },
];

export function planBrands(): SeedBrand[] {
  return BRANDS.map((brand) => ({ id: uuidv7(), ...brand }));
}

export function insertBrands(tx: Queryable, brands: readonly SeedBrand[], now: Date): Promise<void> {
  return insertRows(tx, "brands", brands, {
    id: ["uuid", (b) => b.id],
    slug: ["text", (b) => b.slug],
    name: ["text", (b) => b.name],
    short_name: ["text", (b) => b.shortName],
    kind: ["text", (b) => b.kind],
    color: ["text", (b) => b.color],
    accent_color: ["text", (b) => b.accentColor],
    logo_svg: ["text", (b) => b.logoSvg],
    time_zone: ["text", (b) => b.timeZone],
    business_hours: ["jsonb", (b) => b.businessHours],
    holidays: ["date[]", (b) => b.holidays],
    support_addresses: ["text[]", (b) => b.supportAddresses],
    widget_key: ["text", (b) => b.widgetKey],
    widget_pre_chat: ["text", (b) => b.widgetPreChat],
    widget_greeting: ["text", (b) => b.widgetGreeting],
    phone_numbers: ["text[]", (b) => b.phoneNumbers],
    signature: ["text", (b) => b.signature],
    tone_notes: ["text", (b) => b.toneNotes],
    created_at: ["timestamptz", () => now],
    updated_at: ["timestamptz", () => now],
  });
}
