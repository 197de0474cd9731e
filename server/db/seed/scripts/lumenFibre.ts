import type { ScriptGraph, ScriptSpec } from "./scriptSpec.ts";

const noInternet: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Hi {{contact.first_name}}, I'm {{agent.name}} at {{brand.name}}. I'm sorry you're offline — let's work through it together. First I'll check whether there's a known problem in your area.",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "Check the network status board for the customer's postcode. Is there an open incident?",
      choices: [
        { label: "Yes, an open incident covers the postcode", next: "outage" },
        { label: "No incident", next: "s3" },
      ],
    },
    outage: {
      type: "resolve",
      text: "Give the incident reference and the time of the next update, offer text alerts, and tell {{contact.first_name}} the service will come back without them doing anything.",
      disposition: "known-outage",
    },
    s3: {
      type: "ask",
      text: "Ask {{contact.first_name}} to look at the ONT — the small white fibre box on the wall where the fibre comes in. What is the PON light doing?",
      choices: [
        { label: "Solid green", next: "s5" },
        { label: "Flashing green or off", next: "s4" },
        { label: "Red LOS light on", next: "engineer" },
      ],
    },
    s4: {
      type: "say",
      text: "Ask them to check the ONT's power cable is pushed in, then switch the ONT off at the wall, wait 30 seconds and switch it back on. It takes about two minutes to settle.",
      next: "s4b",
    },
    s4b: {
      type: "ask",
      text: "After the restart, is the PON light solid green?",
      choices: [
        { label: "Yes", next: "s5" },
        { label: "No, still flashing or off", next: "engineer" },
      ],
    },
    s5: {
      type: "say",
      text: "Now restart the router: off at the wall, wait 30 seconds, back on. Ask {{contact.first_name}} to wait three minutes for the light on the front to go solid white.",
      next: "s6",
    },
    s6: {
      type: "ask",
      text: "What does the router light show now, and can they load a web page?",
      choices: [
        { label: "Solid white and browsing works", next: "fixed" },
        { label: "Solid white, but Wi-Fi devices can't browse", next: "s7" },
        { label: "Red or orange", next: "s8" },
      ],
    },
    s7: {
      type: "ask",
      text: "Ask them to plug a laptop into one of the yellow ports with an Ethernet cable. Does the cabled device browse?",
      choices: [
        { label: "Yes, cable works", next: "wifi" },
        { label: "No, cable fails too", next: "s8" },
      ],
    },
    wifi: {
      type: "resolve",
      text: "The line is fine; it's a Wi-Fi problem. Walk through forgetting and re-joining the network, and send the KB article on Wi-Fi dead spots.",
      disposition: "fixed-first-contact",
    },
    s8: {
      type: "say",
      text: "Run a line test from the admin tool. Tell {{contact.first_name}} it takes about five minutes and won't change any settings.",
      next: "s9",
    },
    s9: {
      type: "ask",
      text: "What did the line test report?",
      choices: [
        { label: "Pass — line is healthy, router not syncing", next: "router" },
        { label: "Fail — fault found on the line", next: "engineer" },
        { label: "Test could not complete", next: "escalate" },
      ],
    },
    router: {
      type: "resolve",
      text: "Order a replacement router (next-day delivery). Explain how to return the old one in the same box.",
      disposition: "router-replaced",
    },
    engineer: {
      type: "resolve",
      text: "Book the first available engineer visit. Someone over 18 must be home; the engineer needs access to the ONT and the router.",
      disposition: "engineer-booked",
    },
    escalate: {
      type: "escalate",
      text: "Escalate to network operations with the line test ID and the ONT light pattern. Tell {{contact.first_name}} they'll hear back within four hours.",
    },
    fixed: {
      type: "resolve",
      text: "Great — confirm everything is working, and ask whether there's anything else {{brand.name}} can help with.",
      disposition: "fixed-first-contact",
    },
  },
};

// v2 asks whether every device is affected before anyone touches the ONT: half of "no internet" calls are one device
const noInternetDraft: ScriptGraph = {
  start: "s1",
  steps: {
    ...noInternet.steps,
    s1: { type: "say", text: "Hi {{contact.first_name}}, I'm {{agent.name}} at {{brand.name}}. Sorry you're having trouble getting online — let's find out what's going on.", next: "s1b" },
    s1b: {
      type: "ask",
      text: "Is every device in the home offline, or just one?",
      choices: [
        { label: "Every device", next: "s2" },
        { label: "Just one device", next: "wifi" },
      ],
    },
  },
};

const slowSpeeds: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Thanks {{contact.first_name}}. Slow speeds are frustrating — let's measure what you're actually getting first so we're not guessing.",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "Ask them to run a speed test on a device plugged in by cable (not Wi-Fi). How does it compare with the plan's guaranteed minimum?",
      choices: [
        { label: "Above the guaranteed minimum", next: "s3" },
        { label: "Below the guaranteed minimum", next: "s4" },
        { label: "No cable or device to test with", next: "s3" },
      ],
    },
    s3: {
      type: "say",
      text: "The line is delivering. Explain that Wi-Fi speeds drop through walls and with distance; suggest moving the router off the floor and into the open, and using the 5 GHz network nearby.",
      next: "s3b",
    },
    s3b: {
      type: "ask",
      text: "Is the home larger than about 3 bedrooms or over several floors?",
      choices: [
        { label: "Yes", next: "mesh" },
        { label: "No", next: "advice" },
      ],
    },
    mesh: {
      type: "resolve",
      text: "Offer the Lumen Mesh add-on (£5 a month, one extra unit included) and send the Wi-Fi dead spots article.",
      disposition: "fixed-first-contact",
    },
    advice: {
      type: "resolve",
      text: "Send the Wi-Fi dead spots article and ask {{contact.first_name}} to get back in touch if speeds stay low after moving the router.",
      disposition: "fixed-first-contact",
    },
    s4: {
      type: "say",
      text: "Run a line test from the admin tool and check the sync speed it reports.",
      next: "s5",
    },
    s5: {
      type: "ask",
      text: "What does the line test show?",
      choices: [
        { label: "Sync speed low, errors on the line", next: "engineer" },
        { label: "Sync speed normal", next: "escalate" },
      ],
    },
    engineer: {
      type: "resolve",
      text: "Book an engineer visit and explain the speed guarantee: if we can't fix it within 30 days, they may leave the contract without a fee.",
      disposition: "engineer-booked",
    },
    escalate: {
      type: "escalate",
      text: "Congestion is possible: escalate to network operations with the speed test results and time of day. Promise an update within one working day.",
    },
  },
};

const billQuery: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Thanks for calling {{brand.name}}, you're speaking with {{agent.name}}. I can see you have a question about your bill — before we look, can I confirm your account number and the first line of your address?",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "What is different about this bill?",
      choices: [
        { label: "Higher than usual", next: "s3" },
        { label: "Charged twice", next: "s5" },
        { label: "Wants to change payment details", next: "s6" },
      ],
    },
    s3: {
      type: "ask",
      text: "Check the bill breakdown. What explains the increase?",
      choices: [
        { label: "Introductory discount ended", next: "discount" },
        { label: "Annual price rise (April)", next: "rise" },
        { label: "Nothing obvious", next: "escalate" },
      ],
    },
    discount: {
      type: "resolve",
      text: "Explain that the 12-month offer ended. Check the retention offers screen and offer the best available current price.",
      disposition: "billing-adjusted",
    },
    rise: {
      type: "resolve",
      text: "Explain the annual price rise written into the contract and when it was announced. No credit is due.",
      disposition: "fixed-first-contact",
    },
    s5: {
      type: "say",
      text: "Check the payment history. If two payments were taken for the same bill, refund the duplicate — it reaches the bank in 3 to 5 working days.",
      next: "duplicate",
    },
    duplicate: {
      type: "resolve",
      text: "Confirm the refund amount and date to {{contact.first_name}}, and add a note with the payment references.",
      disposition: "billing-adjusted",
    },
    s6: {
      type: "say",
      text: "Never take card numbers by voice, chat or email. Send the secure payment link by text to the number on the account.",
      next: "link",
    },
    link: {
      type: "resolve",
      text: "Stay on the line until {{contact.first_name}} confirms the new card shows as saved.",
      disposition: "fixed-first-contact",
    },
    escalate: {
      type: "escalate",
      text: "Raise a billing investigation with the bill number and the amount in question. Billing replies within two working days.",
    },
  },
};

export const LUMEN_FIBRE_SCRIPTS: ScriptSpec[] = [
  { slug: "no-internet", name: "No internet connection", kind: "troubleshooting", published: noInternet, draft: noInternetDraft },
  { slug: "slow-speeds", name: "Slow speeds", kind: "troubleshooting", published: slowSpeeds },
  { slug: "bill-query", name: "Bill query", kind: "call", published: billQuery },
];
