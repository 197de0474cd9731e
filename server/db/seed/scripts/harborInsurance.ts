import type { ScriptGraph, ScriptSpec } from "./scriptSpec.ts";

const medicalEmergency: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "You're speaking with {{agent.name}} at {{brand.name}}. I'm here to help, {{contact.first_name}}. First, is anyone in immediate danger right now?",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "Is the situation life-threatening, or is the patient unable to breathe, conscious or bleeding heavily?",
      choices: [
        { label: "Yes, life-threatening", next: "danger" },
        { label: "No, but they need treatment", next: "s3" },
      ],
    },
    danger: {
      type: "escalate",
      text: "Tell {{contact.first_name}} to call local emergency services now (112 in Europe, 911 in the Americas, 1669 in Thailand). Stay on the line and warm-transfer to emergency assistance on +61 2 7010 4400.",
    },
    s3: {
      type: "say",
      text: "Take the traveller's name, policy number, where they are now (city, hotel or hospital) and a phone number we can call back on if we're cut off.",
      next: "s4",
    },
    s4: {
      type: "ask",
      text: "Are they already at a hospital or clinic?",
      choices: [
        { label: "Yes, admitted or being treated", next: "s5" },
        { label: "No, need to find care", next: "s6" },
      ],
    },
    s5: {
      type: "say",
      text: "Get the hospital's name and the treating doctor's contact. Emergency assistance will contact the hospital to arrange a guarantee of payment where the policy covers it.",
      next: "transfer",
    },
    s6: {
      type: "say",
      text: "Emergency assistance keeps a list of approved hospitals and clinics. Tell {{contact.first_name}} we'll find the nearest suitable one with them now.",
      next: "transfer",
    },
    transfer: {
      type: "resolve",
      text: "Warm-transfer to emergency assistance with the details taken. Do not comment on whether costs will be covered; that is decided against the policy wording.",
      disposition: "emergency-transfer",
    },
  },
};

const lodgeClaim: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "Thank you for calling {{brand.name}}, my name is {{agent.name}}. I can help you lodge a claim today. May I confirm your policy number and date of birth?",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "What is the claim for?",
      choices: [
        { label: "Cancelled or delayed travel", next: "s3" },
        { label: "Lost, stolen or damaged luggage", next: "s4" },
        { label: "Medical costs overseas", next: "s5" },
      ],
    },
    s3: {
      type: "say",
      text: "We'll need the booking confirmation, the cancellation or delay notice from the airline or tour operator, and receipts for any refunds already received.",
      next: "lodge",
    },
    s4: {
      type: "say",
      text: "We'll need the Property Irregularity Report from the airline (or a police report for theft, made within 24 hours), receipts or proof of ownership, and photos of any damage.",
      next: "lodge",
    },
    s5: {
      type: "say",
      text: "We'll need itemised medical invoices, the doctor's report and proof of payment. If the traveller is still overseas and being treated, offer a transfer to emergency assistance.",
      next: "lodge",
    },
    lodge: {
      type: "ask",
      text: "Does {{contact.first_name}} have the documents ready now?",
      choices: [
        { label: "Yes", next: "lodged" },
        { label: "Not yet", next: "documents" },
      ],
    },
    lodged: {
      type: "resolve",
      text: "Lodge the claim and read out the claim number. It will be assessed against the policy wording; an assessor will be in touch within 10 business days. Do not indicate an outcome.",
      disposition: "claim-lodged",
    },
    documents: {
      type: "resolve",
      text: "Email the document checklist and the claims portal link. Explain the claim is lodged once the documents arrive, and there's no deadline pressure for the next 30 days.",
      disposition: "documents-requested",
    },
  },
};

// v2 asks about other insurance first: cover via a credit card or another policy changes who pays what
const lodgeClaimDraft: ScriptGraph = {
  start: "s1",
  steps: {
    ...lodgeClaim.steps,
    s1: {
      type: "say",
      text: "Thank you for calling {{brand.name}}, my name is {{agent.name}}. I can help you lodge a claim today. May I confirm your policy number and date of birth?",
      next: "s1b",
    },
    s1b: {
      type: "ask",
      text: "Does {{contact.first_name}} have any other cover for this trip, such as insurance included with a credit card?",
      choices: [
        { label: "Yes", next: "s1c" },
        { label: "No", next: "s2" },
      ],
    },
    s1c: {
      type: "say",
      text: "Note the other insurer's name and policy number; the assessor may share the cost with them. It doesn't delay the claim.",
      next: "s2",
    },
  },
};

const cancelPolicy: ScriptGraph = {
  start: "s1",
  steps: {
    s1: {
      type: "say",
      text: "I can help with that, {{contact.first_name}}. Let me check a couple of things on the policy first.",
      next: "s2",
    },
    s2: {
      type: "ask",
      text: "Was the policy bought within the last 21 days?",
      choices: [
        { label: "Yes", next: "s3" },
        { label: "No", next: "s4" },
      ],
    },
    s3: {
      type: "ask",
      text: "Has the trip started or has a claim been made?",
      choices: [
        { label: "No", next: "cooling" },
        { label: "Yes", next: "s4" },
      ],
    },
    cooling: {
      type: "resolve",
      text: "Cancel within the cooling-off period: full premium refund to the original payment method within 5 business days.",
      disposition: "policy-cancelled",
    },
    s4: {
      type: "ask",
      text: "Has the trip itself been cancelled, and has the traveller not yet departed?",
      choices: [
        { label: "Yes, trip cancelled before departure", next: "prorata" },
        { label: "No, they just no longer want cover", next: "nocover" },
      ],
    },
    prorata: {
      type: "resolve",
      text: "Cancel the policy and refund the premium less the $35 administration fee. Mention that cancellation costs of the trip itself may be claimable.",
      disposition: "policy-cancelled",
    },
    nocover: {
      type: "resolve",
      text: "Explain that outside the cooling-off period the premium isn't refundable once cover has started, and the policy stays in force. Confirm whether they still want to cancel.",
      disposition: "policy-info",
    },
  },
};

export const HARBOR_INSURANCE_SCRIPTS: ScriptSpec[] = [
  { slug: "medical-emergency-abroad", name: "Medical emergency abroad", kind: "call", published: medicalEmergency },
  { slug: "lodge-claim", name: "Lodge a claim", kind: "call", published: lodgeClaim, draft: lodgeClaimDraft },
  { slug: "cancel-policy", name: "Cancel a policy", kind: "call", published: cancelPolicy },
];
