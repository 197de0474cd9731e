import type { ScriptGraph, ScriptSpec } from "./scriptSpec.ts";

const returnOrExchange: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Hi {{contact.first_name}}! I'm {{agent.name}} from {{brand.name}} — happy to help with your return. Could you share your order number? It starts with TL-.",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "Check the delivery date on the order. Is it within 30 days?",
      choices: [
        { label: "Yes, within 30 days", next: "s3" },
        { label: "No, more than 30 days", next: "late" },
      ],
    },
    late: {
      type: "ask",
      text: "Is the item faulty or damaged?",
      choices: [
        { label: "Yes, it's faulty", next: "faulty" },
        { label: "No, they changed their mind", next: "decline" },
      ],
    },
    decline: {
      type: "resolve",
      text: "Kindly explain the 30-day window has passed, so we can't take this one back. Mention they can resell it on Threadline Preloved.",
      disposition: "return-declined",
    },
    faulty: {
      type: "escalate",
      text: "Faults are covered for 12 months. Ask for two photos of the fault and escalate to the quality team with the order number.",
    },
    s3: {
      type: "ask",
      text: "Is the item unworn with the tags still attached?",
      choices: [
        { label: "Yes", next: "s4" },
        { label: "No, worn or tags removed", next: "decline" },
      ],
    },
    s4: {
      type: "ask",
      text: "Would {{contact.first_name}} like a different size, or their money back?",
      choices: [
        { label: "Different size", next: "s5" },
        { label: "Refund", next: "refund" },
      ],
    },
    s5: {
      type: "ask",
      text: "Check stock. Is the new size available?",
      choices: [
        { label: "In stock", next: "exchange" },
        { label: "Out of stock", next: "s6" },
      ],
    },
    s6: {
      type: "say",
      text: "Let them know that size is sold out right now, and offer a back-in-stock alert or a refund instead.",
      next: "refund",
    },
    exchange: {
      type: "resolve",
      text: "Reserve the new size, email the prepaid return label, and explain the new size ships as soon as the return is scanned.",
      disposition: "exchange-arranged",
    },
    refund: {
      type: "resolve",
      text: "Email the prepaid return label. The refund goes to the original payment method within 3–5 business days of the return arriving.",
      disposition: "refund-issued",
    },
  },
};

// v2 offers store credit with a 10% bonus before a refund: the merchandising team's spring trial
const returnOrExchangeDraft: ScriptGraph = {
  start: "s1",
  steps: {
    ...returnOrExchange.steps,
    s4: {
      type: "ask",
      text: "Would {{contact.first_name}} like a different size, store credit (with a 10% bonus), or their money back?",
      choices: [
        { label: "Different size", next: "s5" },
        { label: "Store credit", next: "credit" },
        { label: "Refund", next: "refund" },
      ],
    },
    credit: {
      type: "resolve",
      text: "Email the prepaid return label. Store credit, plus the 10% bonus, lands in their account as soon as the return is scanned.",
      disposition: "refund-issued",
    },
  },
};

const whereIsMyOrder: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Hi {{contact.first_name}}, thanks for reaching out! Let me track that order down for you.",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "What does the order status show?",
      choices: [
        { label: "Processing (not shipped)", next: "s3" },
        { label: "Shipped, tracking moving", next: "moving" },
        { label: "Shipped, no tracking update for 5+ days", next: "s4" },
        { label: "Delivered, but customer hasn't got it", next: "s5" },
      ],
    },
    s3: {
      type: "ask",
      text: "Was it ordered more than 2 business days ago?",
      choices: [
        { label: "No", next: "processing" },
        { label: "Yes", next: "warehouse" },
      ],
    },
    processing: {
      type: "resolve",
      text: "Orders ship within 2 business days. Tell {{contact.first_name}} they'll get a tracking email as soon as it leaves the warehouse.",
      disposition: "order-tracked",
    },
    warehouse: {
      type: "escalate",
      text: "Escalate to the warehouse team with the order number; ask them to prioritise the pick. Promise an update by end of the next business day.",
    },
    moving: {
      type: "resolve",
      text: "Share the tracking link and the carrier's estimated delivery date.",
      disposition: "order-tracked",
    },
    s4: {
      type: "say",
      text: "Open a trace with the carrier. While it runs, reassure {{contact.first_name}} that if the parcel isn't found within 3 business days we'll send a replacement or refund.",
      next: "traced",
    },
    traced: {
      type: "resolve",
      text: "Note the carrier trace number on the conversation and set a follow-up for 3 business days.",
      disposition: "order-tracked",
    },
    s5: {
      type: "ask",
      text: "Ask them to check with neighbours, the building's mail room and any safe place. Has it turned up?",
      choices: [
        { label: "Found it", next: "found" },
        { label: "Still missing", next: "lost" },
      ],
    },
    found: {
      type: "resolve",
      text: "Great news! Wish them well with the new pieces.",
      disposition: "order-tracked",
    },
    lost: {
      type: "resolve",
      text: "Send a replacement at no cost (or a refund if it's out of stock) and file a lost-parcel claim with the carrier.",
      disposition: "refund-issued",
    },
  },
};

const damagedItem: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Oh no, I'm so sorry it arrived like that, {{contact.first_name}}. Let's put it right.",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "Has the customer sent a photo of the damage?",
      choices: [
        { label: "Yes", next: "s3" },
        { label: "Not yet", next: "photo" },
      ],
    },
    photo: {
      type: "say",
      text: "Ask for one photo of the damage and one of the label inside the garment, so the quality team can trace the batch.",
      next: "s3",
    },
    s3: {
      type: "ask",
      text: "Does {{contact.first_name}} want a replacement or a refund?",
      choices: [
        { label: "Replacement", next: "replace" },
        { label: "Refund", next: "refund" },
      ],
    },
    replace: {
      type: "resolve",
      text: "Send the replacement by express shipping at no cost. They don't need to return the damaged item.",
      disposition: "exchange-arranged",
    },
    refund: {
      type: "resolve",
      text: "Refund in full, including the original shipping. No return needed.",
      disposition: "refund-issued",
    },
  },
};

export const THREADLINE_SCRIPTS: ScriptSpec[] = [
  { slug: "return-or-exchange", name: "Return or exchange", kind: "call", published: returnOrExchange, draft: returnOrExchangeDraft },
  { slug: "where-is-my-order", name: "Where is my order?", kind: "troubleshooting", published: whereIsMyOrder },
  { slug: "damaged-item", name: "Item arrived damaged", kind: "troubleshooting", published: damagedItem },
];
