import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";

interface CannedReply {
  shortcut: string;
  title: string;
  body: string;
}

const CANNED_REPLIES: Record<BrandSlug, CannedReply[]> = {
  "lumen-fibre": [
    { shortcut: "greet", title: "Greeting", body: "Hi {{contact.first_name}}, thanks for getting in touch with {{brand.name}}. I'm {{agent.name}} — let's get this sorted." },
    {
      shortcut: "outage-check",
      title: "Checking for an outage",
      body: "Thanks {{contact.first_name}}. I'm just checking our network status for your area now — this usually takes a minute or two.",
    },
    {
      shortcut: "outage-known",
      title: "Known outage in the area",
      body: "I'm sorry {{contact.first_name}}, there's a fault affecting your area right now. Our engineers are on it and the next update is due within two hours. You don't need to do anything — your service will come back on its own, and we'll text you when it does.",
    },
    {
      shortcut: "restart-router",
      title: "Restart the router",
      body: "Could you switch your router off at the wall, wait 30 seconds, then switch it back on? It takes about three minutes to fully start up — the light on the front turns solid white when it's connected.",
    },
    {
      shortcut: "line-test",
      title: "Running a line test",
      body: "I'm running a line test from our side now. It takes about five minutes and it won't interrupt anything you're doing.",
    },
    {
      shortcut: "engineer-visit",
      title: "Engineer visit booked",
      body: "I've booked an engineer for you, {{contact.first_name}}. You'll get a text the day before with a two-hour arrival window. Someone over 18 needs to be home, and the engineer will need access to your router and the fibre box on the wall.",
    },
    {
      shortcut: "card-safety",
      title: "Card details shared in chat",
      body: "Just so you know, we never take card details over chat or email, so I've removed them from our records. I'll send you a secure payment link instead.",
    },
    { shortcut: "close", title: "Closing", body: "Is there anything else I can help with today, {{contact.first_name}}? Thanks for choosing {{brand.name}}." },
  ],
  threadline: [
    { shortcut: "greet", title: "Greeting", body: "Hi {{contact.first_name}}! 👋 I'm {{agent.name}} from {{brand.name}}. How can I help today?" },
    {
      shortcut: "order-lookup",
      title: "Looking up the order",
      body: "Thanks {{contact.first_name}}! Let me pull up your order — could you confirm the order number (it starts with TL-) or the email you ordered with?",
    },
    {
      shortcut: "refund-window",
      title: "Return and refund window",
      body: "You can return anything unworn with the tags on within 30 days of delivery. Once it's back at our warehouse, refunds go to your original payment method within 3–5 business days.",
    },
    {
      shortcut: "return-label",
      title: "Return label sent",
      body: "I've just emailed you a prepaid return label, {{contact.first_name}}. Pop the items back in the original bag, stick the label on and drop it at any UPS Access Point.",
    },
    {
      shortcut: "exchange",
      title: "Exchange offered",
      body: "Would you like to swap it for a different size? I can reserve the new size now so it doesn't sell out, and we'll ship it as soon as your return is scanned.",
    },
    {
      shortcut: "sizing",
      title: "Sizing help",
      body: "Happy to help with sizing! Could you tell me your usual size and your height? Our size guide has the garment measurements for each piece too.",
    },
    {
      shortcut: "delayed",
      title: "Delayed delivery",
      body: "I'm really sorry your order is running late, {{contact.first_name}}. I've checked with the carrier and it's on the move — here's the latest tracking. If it hasn't arrived in 3 business days, I'll send a replacement.",
    },
    { shortcut: "close", title: "Closing", body: "Anything else I can help with? Thanks for shopping with {{brand.name}}, {{contact.first_name}} — enjoy your new pieces! ✨" },
  ],
  "harbor-insurance": [
    { shortcut: "greet", title: "Greeting", body: "Good day {{contact.first_name}}, you're speaking with {{agent.name}} at {{brand.name}}. How can I help you today?" },
    {
      shortcut: "verify",
      title: "Verifying the policy holder",
      body: "Before I can discuss the policy, could you please confirm your policy number, your date of birth and the first line of your address?",
    },
    {
      shortcut: "emergency",
      title: "Medical emergency",
      body: "If you or anyone with you needs urgent medical help, please contact local emergency services first. Our 24/7 emergency assistance team is on +61 2 7010 4400 and can arrange hospital guarantees of payment directly.",
    },
    {
      shortcut: "claim-lodged",
      title: "Claim lodged",
      body: "Thank you {{contact.first_name}}. Your claim has been lodged and will be assessed against your policy wording. An assessor will be in touch within 10 business days. If they need anything further, they'll contact you directly.",
    },
    {
      shortcut: "documents",
      title: "Documents we need",
      body: "To assess the claim we'll need: receipts or invoices for the costs claimed, your booking confirmation, and any reports from the airline, hotel, police or treating doctor. You can upload them in the claims portal or reply to this email.",
    },
    {
      shortcut: "cooling-off",
      title: "Cooling-off period",
      body: "Your policy has a 21-day cooling-off period. If you haven't started your trip or made a claim, you can cancel within that time for a full refund of the premium.",
    },
    {
      shortcut: "no-outcome",
      title: "We can't predict the outcome",
      body: "I understand you'd like certainty, {{contact.first_name}}. I'm not able to say whether a claim will be paid before it's assessed, but I can make sure the assessor has everything they need.",
    },
    { shortcut: "close", title: "Closing", body: "Is there anything else I can help with today? Thank you for contacting {{brand.name}}, and safe travels." },
  ],
};

export interface SeedCannedReply extends CannedReply {
  id: string;
  brandId: string;
}

export function planCannedReplies(brands: readonly SeedBrand[]): SeedCannedReply[] {
  return brands.flatMap((brand) => CANNED_REPLIES[brand.slug].map((reply) => ({ id: uuidv7(), brandId: brand.id, ...reply })));
}

export function insertCannedReplies(tx: Queryable, replies: readonly SeedCannedReply[], now: Date): Promise<void> {
  return insertRows(tx, "canned_replies", replies, {
    id: ["uuid", (r) => r.id],
    brand_id: ["uuid", (r) => r.brandId],
    shortcut: ["text", (r) => r.shortcut],
    title: ["text", (r) => r.title],
    body: ["text", (r) => r.body],
    created_at: ["timestamptz", () => now],
    updated_at: ["timestamptz", () => now],
  });
}
