import { digits } from "../random.ts";
import type { BrandStories } from "./story.ts";

const ITEMS = [
  "linen midi dress",
  "waxed cotton jacket",
  "wide-leg trousers",
  "cashmere crew-neck",
  "straight-leg jeans",
  "leather ankle boots",
  "satin wrap dress",
  "oversized blazer",
  "ribbed knit cardigan",
];

const SIZES: [size: string, newSize: string][] = [
  ["XS", "S"],
  ["S", "M"],
  ["M", "L"],
  ["L", "XL"],
  ["4", "6"],
  ["8", "10"],
  ["12", "14"],
];

export const THREADLINE_STORIES: BrandStories = {
  replyOpening: "Hi {first}!",
  details: (random) => {
    const [size, newSize] = random.pick(SIZES);
    return {
      order: `TL-${digits(random, 6)}`,
      item: random.pick(ITEMS),
      size,
      newSize,
      amount: random.pick(["$58.00", "$68.00", "$89.50", "$124.00", "$145.00", "$212.40"]),
      tracking: `1Z${digits(random, 3)}E${digits(random, 12)}`,
      code: digits(random, 4),
      day: random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    };
  },
  stories: [
    {
      channel: "chat",
      tags: ["sizing"],
      disposition: "advice-given",
      turns: [
        ["contact", "hi! thinking of getting the {item} but can't decide between size {size} and {newSize}. I'm 5'6 and usually wear {size}"],
        ["agent", "Hi {first}! I'm {agent} 😊 Great pick! That one runs a little roomy, so most people your height stick to their usual size. Do you like a relaxed fit or something more fitted?"],
        ["contact", "more fitted I think"],
        ["agent", "Then I'd definitely go with {size}. The size guide tab has the exact garment measurements if you want to compare with something you love — and if it's not right, exchanges are free!"],
        ["contact", "perfect, ordering now. thank you!!"],
      ],
    },
    {
      channel: "chat",
      tags: ["delivery", "tracking"],
      disposition: "order-tracked",
      turns: [
        ["contact", "hey, my order {order} was supposed to arrive yesterday and the tracking hasn't moved in 3 days"],
        ["agent", "Hi {first}, I'm {agent} — so sorry it's running late! Let me take a look."],
        ["agent", "Ok, I checked with UPS: it was held at their hub because of the weather and it's moving again now. The new estimated delivery is {day}."],
        ["contact", "ok. I need it for a wedding on saturday 😬"],
        ["agent", "Totally get it! I've upgraded the last leg to express at no cost, so it should be with you by {day}. If it somehow isn't there by Friday, message us and I'll send a replacement overnight."],
        ["contact", "you're a star, thank you"],
      ],
    },
    {
      channel: "chat",
      tags: ["exchange", "sizing", "returns"],
      disposition: "exchange-arranged",
      turns: [
        ["contact", "Hi, the {item} I got is too small, can I swap it for a size {newSize}?"],
        ["agent", "Hi {first}! Absolutely. Could you confirm your order number? It starts with TL-"],
        ["contact", "{order}"],
        ["agent", "Thanks! Good news, size {newSize} is in stock and I've reserved it so it won't sell out. I've emailed you a prepaid return label — as soon as UPS scans your return, we'll ship your new one."],
        ["contact", "amazing, thanks {agent}"],
      ],
    },
    {
      channel: "chat",
      tags: ["billing", "payment"],
      priority: "high",
      disposition: "advice-given",
      turns: [
        ["contact", "I was charged twice for my order {order}!! card 5555 5555 5555 4444, both charges {amount}"],
        ["agent", "Hi {first}, I'm so sorry about that! For your security I've removed the card number from the chat — we never need it. Let me check the payments on {order}."],
        ["contact", "ok thanks"],
        [
          "agent",
          "I can see what happened: the first payment attempt timed out and was voided automatically, so one of the two is a pending authorisation that will drop off within 3–5 business days. You've only been charged once. If it's still showing after 5 days, message us and I'll chase it with our payments team.",
        ],
        ["contact", "oh ok that makes sense, thanks for explaining"],
      ],
      note: "Customer posted a full card number; masked on arrival. Second charge was a voided auth — no refund needed.",
    },
    {
      channel: "chat",
      tags: ["damaged", "quality"],
      disposition: "exchange-arranged",
      turns: [
        ["contact", "My {item} arrived today and there's a hole near the hem 😞"],
        ["agent", "Oh no, I'm so sorry {first}! Could you send me a quick photo of the hole, and one of the care label inside? That helps our quality team trace it."],
        ["contact", "sent both"],
        ["agent", "Thank you! That's definitely a fault. I've sent a replacement by express shipping at no charge, and you don't need to send the damaged one back. It should arrive by {day}."],
        ["contact", "wow that was fast, thank you!"],
      ],
    },
    {
      channel: "chat",
      tags: ["promo"],
      disposition: "advice-given",
      turns: [
        ["contact", "my code SPRING20 isn't working at checkout"],
        ["agent", "Hi {first}! Let me check that code for you. SPRING20 needs a minimum spend of $100 — what's your basket total at the moment?"],
        ["contact", "$92"],
        ["agent", "That's why! Add something small and it'll apply — or I can give you a one-time 15% code with no minimum: THANKS15-{code}. It's valid for 48 hours."],
        ["contact", "used the 15% one, thanks!!"],
      ],
    },
    {
      channel: "email",
      subject: "Where is my refund?",
      tags: ["refund", "returns"],
      disposition: "refund-issued",
      turns: [
        ["contact", "I sent back the {item} from order {order} two weeks ago and still haven't had my refund. The tracking says it was delivered to you last week."],
        [
          "agent",
          "Thank you so much for your patience, and sorry for the wait! Your return arrived at our warehouse last week but was still waiting in the queue to be checked. I've processed it now: a refund of {amount} is on its way to your original payment method. Banks usually take 3–5 business days to show it.",
        ],
        ["contact", "Got it this morning, thank you."],
      ],
    },
    {
      channel: "email",
      subject: "Cancel order {order}",
      tags: ["cancellation", "order"],
      disposition: "order-cancelled",
      turns: [
        ["contact", "Please cancel my order {order}, I picked the wrong colour by mistake. I placed it about an hour ago."],
        [
          "agent",
          "No problem at all! I caught it just before it was picked, so I've cancelled the whole order. The pending charge of {amount} will disappear from your account within 3–5 business days.\n\nIf you'd like the right colour, you can place a new order now — it's still in stock in your size.",
        ],
        ["contact", "Thanks, new order placed."],
      ],
    },
    {
      channel: "email",
      subject: "Order says delivered but nothing here",
      tags: ["delivery", "missing"],
      priority: "high",
      disposition: "refund-issued",
      turns: [
        ["contact", "Tracking for {order} says it was delivered yesterday at 2:14pm but there's nothing at my door. I've checked with the neighbours and the building office."],
        [
          "agent",
          "I'm really sorry — that's so frustrating, and thank you for already checking with your neighbours and the building office. I've opened a lost-parcel claim with UPS.\n\nUnfortunately the {item} has sold out in your size, so I've issued a full refund of {amount}, which you'll see within 3–5 business days. If the parcel does turn up, just let us know and we'll send you a return label.",
        ],
        ["contact", "Thanks for sorting it so quickly."],
        ["agent", "You're very welcome! Here's a 15% code for your next order as an apology: SORRY15-{code}."],
      ],
      note: "UPS claim opened for {order}. Item OOS in customer's size, refunded in full.",
    },
    {
      channel: "email",
      subject: "Return request",
      tags: ["returns", "policy"],
      disposition: "return-declined",
      turns: [
        ["contact", "I'd like to return the {item} from order {order}. I bought it a while ago but only just got round to trying it on."],
        [
          "agent",
          "Thanks for reaching out! I've checked your order and it was delivered 47 days ago, so it's outside our 30-day return window and unfortunately I can't accept it back.\n\nIf it's unworn, you might like to list it on Threadline Preloved — items with tags usually sell within a week, and you keep 80% of the sale price.",
        ],
        ["contact", "Fair enough, I'll try Preloved."],
      ],
    },
    {
      channel: "email",
      subject: "Is the {item} lined?",
      tags: ["product"],
      disposition: "advice-given",
      turns: [
        ["contact", "Before I order: is the {item} lined, and is it see-through at all? The photos make it hard to tell."],
        [
          "agent",
          "Great question! The {item} is fully lined in cotton voile, so it isn't see-through, even in the lighter colours — I checked the ivory one in our studio just to be sure. It's machine washable at 30°C, too.",
        ],
        ["contact", "Perfect, ordering now."],
      ],
    },
    {
      channel: "email",
      subject: "Exchange for a bigger size",
      tags: ["exchange", "sizing"],
      disposition: "exchange-arranged",
      turns: [
        ["contact", "Hi, I'd like to exchange the {item} (size {size}) for a size {newSize}. Order {order}."],
        [
          "agent",
          "Of course! I've reserved size {newSize} for you and emailed a prepaid UPS return label. As soon as UPS scans your return, we'll ship the new size — there's no need to wait for it to reach us.",
        ],
        ["contact", "Dropped it off today."],
        ["agent", "Thanks! Your return has been scanned and your size {newSize} is on its way. Here's the tracking number: {tracking}."],
      ],
    },
    {
      channel: "phone",
      tags: ["returns"],
      disposition: "advice-given",
      summary: "Guest checkout customer couldn't find how to start a return. Walked through threadline.example/returns; return label emailed for {order}.",
      callMinutes: [3, 9],
    },
    {
      channel: "phone",
      tags: ["delivery", "tracking"],
      disposition: "order-tracked",
      summary: "Order {order} — UPS tracking stalled for 5 business days. Opened a carrier trace; promised a replacement if not found within 3 business days.",
      callMinutes: [4, 10],
    },
    {
      channel: "phone",
      tags: ["delivery"],
      disposition: "order-tracked",
      summary: "Wanted to change the delivery address on {order}, which had already shipped. Gave the UPS redirect link from the tracking email and stayed on while she set it up.",
      callMinutes: [5, 12],
    },
    {
      channel: "phone",
      tags: ["damaged", "refund"],
      disposition: "refund-issued",
      summary: "The {item} arrived with a broken zip. Refunded {amount} including shipping; no return needed.",
      callMinutes: [3, 7],
    },
  ],
};
