import { digits } from "../random.ts";
import type { BrandStories } from "./story.ts";

const PLACES: [postcode: string, town: string][] = [
  ["M20 2LS", "Didsbury"],
  ["LS6 3HN", "Headingley"],
  ["BS7 8QT", "Horfield"],
  ["NG5 1AB", "Sherwood"],
  ["SE15 4RS", "Peckham"],
  ["G12 8QQ", "Hillhead"],
  ["CF24 4HQ", "Roath"],
  ["B13 9PJ", "Moseley"],
];

export const LUMEN_FIBRE_STORIES: BrandStories = {
  replyOpening: "Hi {first},",
  details: (random) => {
    const [postcode, town] = random.pick(PLACES);
    return {
      postcode,
      town,
      account: `LF-${digits(random, 7)}`,
      incident: `INC-2${digits(random, 4)}`,
      netops: `NOC-${digits(random, 5)}`,
      linetest: `LT-${digits(random, 6)}`,
      refund: `RF-${digits(random, 6)}`,
      day: random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
      time: random.pick(["11:30am", "1pm", "2:30pm", "4pm"]),
    };
  },
  stories: [
    {
      channel: "chat",
      tags: ["outage", "no-internet"],
      priority: "high",
      disposition: "known-outage",
      turns: [
        ["contact", "Hi, my internet has been down since about 7 this morning. The light on the router keeps flashing orange"],
        ["agent", "Hi {first}, I'm {agent} — sorry you're offline. Could you confirm the postcode of the property so I can check our network status?"],
        ["contact", "{postcode}"],
        [
          "agent",
          "Thanks. There's a fault affecting fibre in {town} at the moment, reference {incident}. Engineers are on site and the next update is due by {time}. You don't need to do anything — your service will come back on its own.",
        ],
        ["contact", "Ugh ok. Do I get anything back for this?"],
        [
          "agent",
          "If it's down for more than two full working days you'll get automatic compensation on your next bill. I've also set up a text alert so you'll hear the moment it's fixed.",
        ],
        ["contact", "ok thanks"],
      ],
    },
    {
      channel: "chat",
      tags: ["router", "no-internet"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "no internet on any device. lights on the white box on the wall look normal"],
        ["agent", "Hi {first}, I'm {agent}. Thanks, that helps a lot. What colour is the light on the front of the router itself?"],
        ["contact", "red"],
        [
          "agent",
          "Ok — could you check the grey cable between the white box and the port marked Internet on the router? Push it in firmly at both ends, then switch the router off at the wall for 30 seconds and back on.",
        ],
        ["contact", "oh the cable was half out, the cleaner must have knocked it. light's white now and it's working!"],
        ["agent", "Brilliant, glad it was an easy one! Anything else I can help with today?"],
        ["contact", "no that's all, cheers"],
      ],
    },
    {
      channel: "chat",
      tags: ["billing", "payment"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "Hi I got a text saying my payment failed. Can I just pay now? card is 4111 1111 1111 1111 exp 09/28"],
        [
          "agent",
          "Hi {first}, thanks — please don't share card details in chat; I've removed them from our records for your security. I'm sending a secure payment link by text to the number on your account now.",
        ],
        ["contact", "oh sorry! got the text"],
        ["agent", "No problem at all. Once you've paid through the link it'll show on your account within a few minutes, and there's no late fee as it's within 7 days."],
        ["contact", "Done, says successful"],
        ["agent", "Perfect, I can see it's come through. You're all set, {first}."],
      ],
      note: "Customer pasted a full card number in chat. Masked automatically; sent secure payment link instead.",
    },
    {
      channel: "chat",
      tags: ["speed", "wifi"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "I'm paying for 500 meg but getting about 40 on my phone upstairs. Third evening in a row"],
        [
          "agent",
          "Hi {first}, I'm {agent}. Sorry about that — let's find out whether it's the line or the Wi-Fi. Could you run a speed test at lumenfibre.example/speed on a laptop plugged into the router with a cable?",
        ],
        ["contact", "ok just done it plugged in. 487 down 92 up"],
        ["agent", "Thanks, that's spot on for your plan, so the line's fine — the Wi-Fi upstairs is the problem. Where's the router at the moment?"],
        ["contact", "in the hallway cupboard next to the meter"],
        [
          "agent",
          "That'll be it — cupboards and meters block a lot of signal. Try moving it out onto a shelf if the cable reaches. If the bedrooms are still slow after that, our Lumen Mesh add-on is £5 a month and puts a second unit upstairs. I'll send you our Wi-Fi dead spots guide too.",
        ],
        ["contact", "moved it, already getting 180 upstairs. thanks!"],
      ],
    },
    {
      channel: "chat",
      tags: ["installation"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "Hi, today is my go-live date but nothing's working. Router is plugged in and the light just flashes white"],
        ["agent", "Hi {first}, welcome to Lumen Fibre! On activation day the line can go live any time up to 6pm. Let me check how your order's doing."],
        ["contact", "thanks, I need it for a work call tomorrow"],
        ["agent", "Good news — your order completed a few minutes ago, so the line is live now. Could you restart the router once? Off at the wall, 30 seconds, back on."],
        ["contact", "solid white! working now"],
        ["agent", "Great! Your Wi-Fi name and password are on the sticker underneath the router. Enjoy your new connection."],
      ],
    },
    {
      channel: "chat",
      tags: ["no-internet", "engineer"],
      priority: "high",
      disposition: "engineer-booked",
      turns: [
        ["contact", "Internet's been off since last night. The little white box has a red light saying LOS"],
        [
          "agent",
          "Hi {first}, I'm {agent}. A red LOS light means no signal is reaching the box, so this needs an engineer — please don't unplug or bend the thin fibre cable. I'll run a line test to confirm.",
        ],
        ["contact", "ok. I work from home so I really need this fixed asap"],
        ["agent", "Understood. The line test confirms a fault before your property. I've booked the earliest engineer slot: {day}, 8am–1pm. You'll get a text the day before, and someone over 18 needs to be home."],
        ["contact", "Any way to get online in the meantime?"],
        ["agent", "I've added a free 20 GB mobile data boost to your account while you wait — you'll get a text with the details. You'll also get a credit for the days you're without service."],
        ["contact", "thank you, appreciate that"],
      ],
      note: "Line test {linetest} failed — LOS red at the ONT. Booked the first slot; customer works from home.",
    },
    {
      channel: "email",
      subject: "Why has my bill gone up?",
      tags: ["billing"],
      disposition: "billing-adjusted",
      turns: [
        ["contact", "My bill this month is £42.00 but I've been paying £29.99 since I joined. Nobody told me the price was going up. My account number is {account}."],
        [
          "agent",
          "Thanks for getting in touch, and sorry for the surprise. I've looked at your account: your 12-month introductory offer ended earlier this month, which is why the price moved to our standard £42.00.\n\nThe good news is that I can move you onto our current loyalty price of £32.00 a month on the same 500 Mbps plan, with a new 12-month term and no change to your service. If you'd like that, just reply to confirm and I'll apply it from your next bill.",
        ],
        ["contact", "Yes please, go ahead. A heads-up would have been nice though."],
        [
          "agent",
          "Done — your new price of £32.00 starts from your next bill, and I've added a £10.00 credit to cover the difference this month. You're right that we should have reminded you before the offer ended, and I've passed that on to our billing team.",
        ],
      ],
    },
    {
      channel: "email",
      subject: "Moving house — can we keep our broadband?",
      tags: ["moving"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "We're moving from {town} to a new build across town in a couple of weeks. Can we take our broadband with us? The new address is 14 Orchard Way, {postcode}."],
        [
          "agent",
          "Congratulations on the move! I've checked 14 Orchard Way and we already have fibre there, so you can keep your plan and price.\n\nI've booked the move for your moving day. Please leave the white box on the wall (the ONT) at your current home and take your router with you. There's already an ONT at the new property, so plug the router into it when you arrive and you should be online within the hour.",
        ],
        ["contact", "That's brilliant, thank you. Is there a charge?"],
        ["agent", "No charge at all. You'll get a confirmation email with the details shortly, and a text on moving day."],
      ],
    },
    {
      channel: "email",
      subject: "Connection keeps dropping every evening",
      tags: ["dropouts", "complaint"],
      priority: "high",
      disposition: "escalated-network",
      turns: [
        [
          "contact",
          "This is the third time I'm writing about this. Every evening between 9 and 10 the connection drops for a few minutes, sometimes several times. I've restarted the router and swapped the cables and nothing helps. I'm paying for a service I can't use when I actually need it.",
        ],
        [
          "agent",
          "I'm sorry you've had to get in touch again — that's not the experience you should have. I've read through your previous conversations and run a fresh line test. The line itself is healthy, but your router's logs show the connection resetting at almost the same time each night, which points to something on our network rather than in your home.\n\nI've escalated this to our network operations team with the logs attached (reference {netops}). They'll investigate over the next two evenings, and I'll update you by {day}.",
        ],
        ["contact", "OK. Please do actually update me this time."],
        [
          "agent",
          "As promised: network operations found a faulty card in the street cabinet that serves your road and replaced it last night. Your router has stayed connected since then with no resets. I've also applied a £15.00 credit to your account for the disruption. If you see another drop, reply to this email and it'll come straight back to me.",
        ],
      ],
      note: "Third contact about evening drops. Line test clean; router logs show session resets ~21:00 nightly. Escalated to NetOps {netops}.",
    },
    {
      channel: "email",
      subject: "Cancelling my contract",
      tags: ["cancellation"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "I'd like to cancel my broadband please. I'm moving in with my partner, who already has a connection. Account {account}."],
        [
          "agent",
          "Thanks for letting us know, and we're sorry to see you go. As you're out of contract, there's no exit fee. Your service will end 30 days from today, and we'll send a prepaid bag for the router a few days before.\n\nIf your partner's connection ever lets you down, we'd be glad to have you back.",
        ],
        ["contact", "Thanks, that was easy."],
      ],
    },
    {
      channel: "email",
      subject: "Router keeps restarting itself",
      tags: ["router"],
      disposition: "router-replaced",
      turns: [
        ["contact", "Our router has started switching itself off and on several times a day. The light goes flashing white, then back to solid. It's about two years old."],
        [
          "agent",
          "Thanks for the detail — that's really helpful. I've checked the router's logs remotely and it's restarting because of a hardware fault, not a problem with the line.\n\nI've ordered you a replacement router by tracked next-day delivery. Plug it in where the old one was; your Wi-Fi name and password carry over automatically. Please send the old router back in the same box using the prepaid label inside.",
        ],
        ["contact", "New one arrived and it's all working. Old one's going back tomorrow. Thanks!"],
        ["agent", "Great to hear, and thanks for sending the old one back."],
      ],
    },
    {
      channel: "email",
      subject: "Port forwarding not working",
      tags: ["router", "technical"],
      disposition: "fixed-first-contact",
      turns: [
        ["contact", "Does Lumen use CGNAT? I'm trying to set up port forwarding for a home security camera and it doesn't work from outside the house."],
        [
          "agent",
          "Good question. Yes — new connections use CGNAT by default, which is why port forwarding isn't reaching your camera. You have two options:\n\n1. We move you to a public IPv4 address. It's free and takes effect after a router restart, though the address can occasionally change.\n2. You add a static IP for £5 a month, which never changes.\n\nLet me know which you'd prefer.",
        ],
        ["contact", "The free option is fine."],
        ["agent", "Done — you're now on a public IPv4 address. Please restart your router and your port forwarding rules should start working."],
      ],
    },
    {
      channel: "email",
      subject: "Internet down again??",
      tags: ["outage"],
      priority: "high",
      disposition: "known-outage",
      turns: [
        ["contact", "No internet since 6am. Is there a problem in {town}? I work from home and need to know whether to go into the office."],
        [
          "agent",
          "Sorry for the disruption. There's a fault affecting part of {town}, reference {incident}: a fibre cable was damaged during roadworks overnight, and our engineers expect to have it repaired by about {time} today. If you can work from the office this morning, I'd suggest doing so.\n\nYou'll get a text as soon as it's fixed. As the fault is on our network, there's nothing you need to do.",
        ],
        ["contact", "Back online now. Thanks for the straight answer."],
      ],
    },
    {
      channel: "phone",
      tags: ["no-internet", "ont"],
      disposition: "fixed-first-contact",
      summary: "No internet since this morning. ONT PON light flashing; talked the caller through power-cycling the ONT, PON came back solid and the router reconnected. Confirmed browsing before ending the call.",
      callMinutes: [4, 12],
    },
    {
      channel: "phone",
      tags: ["billing"],
      disposition: "billing-adjusted",
      summary: "Charged twice for this month's bill. Duplicate Direct Debit confirmed in payment history; refunded £36.00 (ref {refund}), 3–5 working days.",
      callMinutes: [3, 8],
    },
    {
      channel: "phone",
      tags: ["engineer", "no-internet"],
      priority: "high",
      disposition: "engineer-booked",
      summary: "Line test {linetest} failed — fault between the cabinet and the property. Booked engineer {day}, 1pm–6pm. Customer asked for text updates.",
      callMinutes: [6, 15],
    },
    {
      channel: "phone",
      tags: ["wifi"],
      disposition: "fixed-first-contact",
      summary: "Caller couldn't reconnect her tablet after her son changed the Wi-Fi password. Walked through forgetting the network and re-joining with the new password. Working at the end of the call.",
      callMinutes: [8, 20],
    },
  ],
};
