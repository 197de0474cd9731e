import { digits } from "../random.ts";
import type { BrandStories } from "./story.ts";

const TRIPS: [destination: string, city: string][] = [
  ["Bali", "Denpasar"],
  ["Japan", "Niseko"],
  ["Italy", "Florence"],
  ["Thailand", "Chiang Mai"],
  ["Fiji", "Nadi"],
  ["Hawaii", "Honolulu"],
  ["Vietnam", "Hoi An"],
  ["Greece", "Santorini"],
];

export const HARBOR_INSURANCE_STORIES: BrandStories = {
  replyOpening: "Dear {first},",
  details: (random) => {
    const [destination, city] = random.pick(TRIPS);
    return {
      destination,
      city,
      policy: `HTI-${digits(random, 8)}`,
      claim: `CLM-${digits(random, 6)}`,
      ea: digits(random, 5),
      airline: random.pick(["Qantas", "Jetstar", "Virgin Australia", "Singapore Airlines"]),
      amount: random.pick(["$386", "$615", "$1,240", "$2,950", "$148"]),
      day: random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    };
  },
  stories: [
    {
      channel: "chat",
      tags: ["emergency", "medical"],
      priority: "urgent",
      disposition: "emergency-transfer",
      turns: [
        ["contact", "my husband fell on a hike near {city} and his ankle looks broken. we're at a clinic and they want payment before they do an x-ray. policy {policy}"],
        ["agent", "I'm sorry to hear that, {first}. You've done the right thing getting him to a clinic. Is he otherwise safe and conscious right now?"],
        ["contact", "yes he's ok, just in a lot of pain"],
        [
          "agent",
          "Thank you. Please call our 24/7 emergency assistance team on +61 2 7010 4400 — they can speak to the clinic directly about payment. I'm passing your details to them now so they can call you if you can't get through. What's the name of the clinic?",
        ],
        ["contact", "{city} International Clinic"],
        ["agent", "Thank you. Emergency assistance have your case and will call you within 15 minutes. Please keep all receipts and the doctor's report."],
      ],
      note: "Urgent — handed to emergency assistance, case EA-{ea}. Customer at {city} International Clinic.",
    },
    {
      channel: "chat",
      tags: ["policy", "activities"],
      disposition: "policy-info",
      turns: [
        ["contact", "Hi, heading to Japan next month to ski. Am I covered if I get hurt on the slopes?"],
        ["agent", "Good day {first}, I'm {agent}. I'd be happy to check that for you. Could you please confirm your policy number?"],
        ["contact", "{policy}"],
        [
          "agent",
          "Thank you. Your policy doesn't currently include the Adventure Pack, which is what covers skiing and snowboarding on marked pistes. I can add it for you now; it applies from the time it's added. The cover and limits are set out in the policy wording.",
        ],
        ["contact", "please add it"],
        ["agent", "Done — the Adventure Pack is on your policy and your updated certificate of insurance is on its way by email. Please note off-piste skiing is only covered with a licensed guide. Safe travels."],
      ],
    },
    {
      channel: "chat",
      tags: ["claim"],
      disposition: "claim-update",
      turns: [
        ["contact", "Hi, I lodged claim {claim} three weeks ago for my cancelled flights and haven't heard anything. When will it be paid?"],
        ["agent", "Good day {first}, thank you for your patience. I've checked claim {claim}: it's with an assessor, who emailed on {day} asking for the airline's cancellation notice. Could you check whether you received that email?"],
        ["contact", "oh I hadn't seen it. I've just uploaded the letter from {airline}"],
        [
          "agent",
          "Thank you, I can see it's come through. The assessor will now continue assessing the claim against your policy wording. I'm not able to say what the outcome will be, but you'll hear back within 10 business days.",
        ],
        ["contact", "ok thank you"],
      ],
    },
    {
      channel: "chat",
      tags: ["billing", "renewal"],
      disposition: "policy-info",
      turns: [
        ["contact", "Hi, my annual policy renewal payment failed. Can you charge this card instead: 4012 8888 8888 1881 exp 11/27"],
        [
          "agent",
          "Good day {first}. For your security I've removed the card details from this chat — we never take card numbers by chat or email. I've sent a secure payment link to the email address on your policy.",
        ],
        ["contact", "ok got the link. paid"],
        ["agent", "Thank you, the payment has been received and policy {policy} is renewed for another year. Your updated certificate of insurance is on its way."],
      ],
      note: "Card number shared in chat was masked. Renewal paid through the secure link.",
    },
    {
      channel: "chat",
      tags: ["cancellation", "policy"],
      disposition: "policy-cancelled",
      turns: [
        ["contact", "I bought a policy last week but our trip to {destination} has been called off. Can I cancel?"],
        ["agent", "Good day {first}, I'm sorry to hear the trip is off. Could I please have your policy number and date of birth?"],
        ["contact", "{policy}, 12/04/1986"],
        [
          "agent",
          "Thank you. As you bought the policy 8 days ago and haven't travelled or claimed, you're within the 21-day cooling-off period. I've cancelled the policy, and a full refund of the premium will reach your card within 5 business days.",
        ],
        ["contact", "great, thanks"],
      ],
    },
    {
      channel: "chat",
      tags: ["policy", "medical"],
      disposition: "policy-info",
      turns: [
        ["contact", "I have type 2 diabetes, managed with tablets. Do I need to declare it for my trip to {destination}?"],
        [
          "agent",
          "Good day {first}, and thank you for checking before you travel. Type 2 diabetes managed with diet or tablets is on our list of automatically covered conditions, provided you haven't been in hospital for it in the last 12 months and aren't waiting on tests. The full conditions are in section 4 of the PDS.",
        ],
        ["contact", "No hospital visits. Great, thanks"],
        ["agent", "You're welcome. If anything changes with your health before you leave, please let us know so we can review your cover. Safe travels."],
      ],
    },
    {
      channel: "email",
      subject: "Lost luggage on flight to {destination}",
      tags: ["luggage", "claim"],
      disposition: "claim-lodged",
      turns: [
        [
          "contact",
          "My suitcase didn't arrive when I landed in {city} on {airline} four days ago. The airline keeps saying they're looking for it. I've had to buy clothes and toiletries. What can I claim? Policy {policy}.",
        ],
        [
          "agent",
          "Thank you for letting us know, and I'm sorry your trip has started this way.\n\nAs your bag has been delayed by more than 12 hours, your policy may cover essentials such as clothes and toiletries, up to the limit in your certificate of insurance. To lodge a claim we'll need:\n\n- the Property Irregularity Report (PIR) from {airline}\n- receipts for everything you've bought\n- your booking confirmation\n\nIf the airline declares the bag lost (usually after 21 days), you can also claim for its contents, less anything the airline pays. Any claim is assessed against your policy wording.",
        ],
        ["contact", "Thanks. I've uploaded the PIR and the receipts to the claims portal."],
        ["agent", "Thank you — claim {claim} has been lodged with your documents. An assessor will be in touch within 10 business days."],
      ],
    },
    {
      channel: "email",
      subject: "Claim {claim} — decision",
      tags: ["claim", "complaint"],
      priority: "high",
      disposition: "claim-update",
      turns: [
        ["contact", "I've received a payment of $450 for claim {claim}, but the camera cost $1,300. This is ridiculous. Why was so little paid?"],
        [
          "agent",
          "I understand this isn't the amount you expected, and I'm sorry for the frustration. I've reviewed the assessor's notes: the payment reflects the $750 single-item limit for cameras in your policy wording, less your $300 excess.\n\nIf you disagree with the decision, you can ask for an internal review within 12 months by replying to this email with your reasons; a different team reviews it. If you're still not satisfied after that, the Australian Financial Complaints Authority (AFCA) offers free, independent dispute resolution.",
        ],
        ["contact", "I'd like a review please. The limit wasn't clear when I bought the policy."],
        ["agent", "Thank you. I've lodged an internal review request with your comments. The review team will contact you within 15 business days. I can't predict the result, but they will consider everything you've said."],
      ],
      note: "Customer disputes the single-item limit. Internal review lodged — don't comment on the merits.",
    },
    {
      channel: "email",
      subject: "Will I be covered if I cancel?",
      tags: ["cancellation", "claim"],
      disposition: "policy-info",
      turns: [
        ["contact", "My mother needs emergency surgery and I won't be able to travel to {destination} next week. Will my policy cover the flights and hotel I can't get back?"],
        [
          "agent",
          "I'm very sorry to hear about your mother, and I hope the surgery goes well.\n\nCancellation because of the serious illness of a close relative is one of the events the policy can cover, subject to the conditions in the policy wording. To make a claim, please:\n\n1. cancel your bookings as soon as possible and ask each provider for a refund or credit\n2. get a letter from your mother's doctor confirming the surgery and its date\n3. lodge a claim online with your booking confirmations and the refund statements\n\nAn assessor will review the claim against your policy wording; I'm not able to confirm an outcome in advance.",
        ],
        ["contact", "Thank you, that's very clear."],
      ],
    },
    {
      channel: "email",
      subject: "Extending my trip",
      tags: ["policy", "extension"],
      disposition: "policy-info",
      turns: [
        ["contact", "I'm in {city} and would like to stay another three weeks. My policy {policy} ends on {day}. Can I extend it?"],
        [
          "agent",
          "Yes, you can, as your policy hasn't ended yet. Please sign in to the app, choose My policy → Extend and enter your new return date. You'll be asked a few questions about your health since you left; if you've seen a doctor during your trip, please mention it.\n\nYour updated certificate of insurance will be emailed to you as soon as the additional premium is paid.",
        ],
        ["contact", "Done, thank you."],
      ],
    },
    {
      channel: "email",
      subject: "Medical claim {claim}",
      tags: ["claim", "medical"],
      disposition: "documents-requested",
      turns: [
        ["contact", "I was treated for food poisoning in {city} and paid {amount} at the hospital. I've lodged claim {claim} online. Is there anything else you need from me?"],
        [
          "agent",
          "Thank you for lodging your claim. Looking at the documents so far, the assessor will also need:\n\n- the itemised hospital invoice (the one uploaded shows the total only)\n- the treating doctor's report with the diagnosis\n\nYou can upload them in the claims portal or reply to this email. Documents in another language are fine; we arrange translation.",
        ],
        ["contact", "I've asked the hospital for the itemised invoice. I'll send it as soon as I get it."],
        ["agent", "Thank you. I've noted that on the claim, so the assessor knows it's on its way."],
      ],
    },
    {
      channel: "email",
      subject: "Refund of my policy",
      tags: ["cancellation", "policy"],
      disposition: "policy-cancelled",
      turns: [
        ["contact", "I bought a policy two months ago but we're no longer going to {destination}. Can I have my money back?"],
        [
          "agent",
          "Thank you for getting in touch. As your policy was bought more than 21 days ago, it's outside the cooling-off period. If your trip was cancelled before departure for a reason beyond your control, we can cancel the policy and refund the premium less a $35 administration fee. Could you let me know why the trip isn't going ahead?",
        ],
        ["contact", "The tour company cancelled it."],
        [
          "agent",
          "Thank you. In that case I've cancelled the policy, and the premium less the $35 administration fee will be refunded to your card within 5 business days. You may also be able to claim non-refundable costs the tour company doesn't return; any claim is assessed against your policy wording.",
        ],
      ],
    },
    {
      channel: "phone",
      tags: ["emergency", "medical"],
      priority: "urgent",
      disposition: "emergency-transfer",
      summary: "Caller in {city}, daughter (7) with high fever since last night. Not life-threatening. Took details and warm-transferred to emergency assistance, case EA-{ea}.",
      callMinutes: [5, 11],
    },
    {
      channel: "phone",
      tags: ["claim", "cancellation"],
      disposition: "claim-lodged",
      summary: "Lodged claim {claim} for cancelled {airline} flights; caller had all documents ready. Explained it will be assessed against the policy wording within 10 business days.",
      callMinutes: [9, 18],
    },
    {
      channel: "phone",
      tags: ["policy", "activities"],
      disposition: "policy-info",
      summary: "Asked whether riding a scooter in {destination} is covered. Explained the Adventure Pack plus licence and helmet conditions. Caller will add the pack in the app.",
      callMinutes: [4, 9],
    },
    {
      channel: "phone",
      tags: ["claim"],
      disposition: "claim-update",
      summary: "Status of claim {claim}: waiting on the itemised invoice from the hospital. Caller will upload it this week. Gave no view on outcome.",
      callMinutes: [3, 7],
    },
  ],
};
