import type { KbArticleSpec } from "./kbSpec.ts";

const preExistingConditions = (assessment: string) => `A pre-existing medical condition is any illness, injury or condition you knew about, had symptoms of, or were being treated or monitored for before you bought your policy. Telling us about them is important: an undisclosed condition may mean a related claim isn't covered.

## Conditions we cover automatically

Some stable conditions are covered without an assessment, as long as you haven't been hospitalised for them in the last 12 months and you're not waiting for tests. They include:

- asthma, if you're under 60 and haven't needed oral steroids in the last year
- type 2 diabetes managed with diet or tablets
- high blood pressure or high cholesterol, if well controlled
- coeliac disease, hay fever and underactive thyroid

The full list is in section 4 of the Product Disclosure Statement (PDS).

## Other conditions

${assessment}

## Things to know

- Cover for a condition is never implied by a conversation with our team; it is set out in your **certificate of insurance**.
- If your health changes after you buy the policy but before you travel, tell us. We'll reassess, and if we can't cover the change, you can cancel for a refund of the unused premium.
- Travelling against medical advice, or to get treatment, is not covered.

## Not sure?

Call us before you travel. It's always better to ask than to find out when you need to claim.`;

export const HARBOR_INSURANCE_KB: KbArticleSpec[] = [
  {
    slug: "medical-emergency-overseas",
    title: "What to do in a medical emergency overseas",
    tags: ["emergency", "medical", "overseas"],
    body: `If you're injured or fall ill while travelling, your safety comes first. Here's what to do, in order.

## 1. Get help immediately

If the situation is life-threatening, call local emergency services first:

- **112** across Europe and in many other countries
- **911** in the United States, Canada and much of Latin America
- **1669** in Thailand, **119** in Japan, **999** in the United Kingdom

## 2. Call our 24/7 emergency assistance team

Call **+61 2 7010 4400** (reverse charges accepted) as soon as it's safe. Our team of nurses, doctors and case managers is available around the clock, in English and several other languages. They can:

- find the nearest suitable hospital or clinic
- speak to the treating doctors on your behalf
- arrange a **guarantee of payment** with the hospital where your policy covers the treatment, so you don't have to pay large bills upfront
- organise medical evacuation or repatriation when it's medically necessary

## 3. Have these details ready

- your policy number (on your certificate of insurance and in the Harbor app)
- where you are, and the name of the hospital if you're already there
- a phone number we can call you back on

## Before you pay anything large

Contact us before agreeing to hospital admission or treatment costing more than **AUD 2,000**, wherever possible. We'll check cover and deal with the hospital directly.

## Small costs

For doctor visits and pharmacy costs, pay and keep every receipt and the doctor's report. You can claim them online when you're ready — see *How to make a claim*.`,
  },
  {
    slug: "how-to-make-a-claim",
    title: "How to make a claim",
    tags: ["claim", "how-to"],
    body: `You can lodge a claim online, in the Harbor app or by phone. Most people find online quickest.

## Before you start

Have these ready:

- your **policy number**
- the dates and details of what happened
- your **supporting documents** — see *Documents you need for a claim*
- your bank details for payment (Australian accounts only)

## Lodging online

1. Go to harborinsurance.example/claims and sign in, or use **Claims** in the app.
2. Choose what the claim is for: medical, luggage, cancellation, delay or something else.
3. Answer the questions and upload your documents. Photos taken on your phone are fine, as long as they're clear and show the whole page.
4. Review and submit. You'll get a **claim number** by email straight away.

## Lodging by phone

Call us on +61 2 5550 1234, Monday to Friday 7am–7pm and Saturday 9am–1pm (Sydney time). We'll take the details and send you a link to upload documents.

## Time limits

Please lodge your claim within **90 days** of returning home. If you need longer, let us know — we'll always consider late claims with a reasonable explanation.

## What happens next

A claims assessor reviews your claim against your **policy wording**, including the limits and any excess that applies. They may contact you if they need more information. See *How long does a claim take?* for timings.

## Claiming from other sources first

If an airline, hotel or tour operator owes you a refund, claim it from them too. We can only pay the part of your loss that isn't recovered elsewhere.`,
  },
  {
    slug: "claim-documents",
    title: "Documents you need for a claim",
    tags: ["claim", "documents"],
    body: `Sending complete documents with your claim is the single biggest thing you can do to help it move quickly. Here's what we typically need.

## For every claim

- Your **booking confirmation** or itinerary showing travel dates.
- **Receipts or invoices** for every cost you're claiming, showing the amount paid.
- Proof of **refunds** you've received from anyone else (airlines, hotels, tour operators).

## Medical claims

- Itemised medical and hospital invoices.
- The treating doctor's report, including the diagnosis.
- Pharmacy receipts, with the prescription if possible.

## Luggage and personal items

- For items lost or damaged by an airline, the **Property Irregularity Report (PIR)** from the airline's baggage desk.
- For theft, a **police report** made within 24 hours.
- Proof of ownership and value: original receipts, bank statements, or photos of you with the item.
- For damaged items, photos of the damage and a repair quote or a letter saying it can't be repaired.

## Cancellation

- The cancellation notice from the airline, cruise line or tour operator, or a medical certificate if you cancelled because of illness.
- Statements showing any cancellation fees and what was refunded.

## Delays

- Written confirmation from the carrier of the delay and its reason.
- Receipts for meals and accommodation during the delay.

## Documents in another language

Send them as they are. We arrange translation where we need it, at no cost to you.

## Tip

Keep originals until your claim is finalised. We may occasionally ask to see them.`,
  },
  {
    slug: "claim-timeline",
    title: "How long does a claim take?",
    tags: ["claim", "status"],
    body: `We know waiting on a claim can be stressful. Here's what to expect at each stage.

## Stage 1: Lodged

As soon as you submit, you'll receive a **claim number** by email. Keep it handy — it's the fastest way for us to find your claim.

## Stage 2: Assessment begins

An assessor will review your claim within **10 business days**. They check it against your policy wording, including the cover limits and any excess.

## Stage 3: More information (sometimes)

If anything is missing, the assessor will contact you by email. The clock pauses until we receive what's needed, so reply as soon as you can. Most delays happen at this stage.

## Stage 4: Decision

For most claims, we make a decision within **20 business days** of having all the information we need. Complex claims — for example, large medical claims or those involving other insurers — can take longer. We'll keep you updated at least every 10 business days.

## Stage 5: Payment

If your claim is approved, payment reaches your Australian bank account within **3 business days** of the decision.

## Checking the status

Sign in at harborinsurance.example/claims or check the app. You'll see the current stage and any requests from your assessor. Our customer care team can give you an update, but they can't predict the outcome — only the assessor can make a decision.

## If you disagree with a decision

You can ask for an internal review within 12 months. If you're still not satisfied, you can contact the Australian Financial Complaints Authority (AFCA), a free and independent dispute resolution service.`,
  },
  {
    slug: "lost-delayed-damaged-luggage",
    title: "Lost, delayed or damaged luggage",
    tags: ["luggage", "claim"],
    body: `Arriving without your bags is a terrible start to a trip. Here's how to protect your claim and get essentials in the meantime.

## At the airport

1. **Don't leave the baggage hall** without reporting it. Go to the airline's baggage services desk.
2. Ask for a **Property Irregularity Report (PIR)**. It's the document we need most, and it's very hard to get later.
3. Write down the reference number and the contact details for tracking your bag.

## Delayed bags

If your luggage is delayed by more than **12 hours**, your policy may help with essential items such as toiletries, underwear and a change of clothes, up to the limit shown in your certificate of insurance.

- Keep receipts for everything you buy.
- Ask the airline what they'll reimburse too; claim from them first.

## Lost bags

Airlines usually declare a bag lost after **21 days**. Once they do, you can claim for the contents, less anything the airline pays you.

## Damaged bags or items

Report damage at the airport if you can, or to the airline within 7 days. Take photos before you throw anything away, and get a repair quote.

## Theft

Report theft to the local police within 24 hours and get a written report.

## What isn't covered

- Items left unattended in a public place.
- Cash, jewellery or electronics packed in checked luggage.
- Normal wear and tear, scratches and scuffs on suitcases.

Your **policy wording** sets out the item limits and any excess. When you're ready, see *How to make a claim*.`,
  },
  {
    slug: "trip-cancellation",
    title: "Cancelling your trip: what's covered",
    tags: ["cancellation", "policy"],
    body: `If you have to cancel or cut short your trip for a reason beyond your control, your policy may cover non-refundable costs you've already paid.

## Reasons that are usually covered

- You, a travelling companion or a close relative becomes seriously ill, is injured or dies.
- Your home is made uninhabitable by fire, flood or burglary.
- You're made redundant from full-time work.
- Your carrier cancels and can't offer a reasonable alternative.
- Natural disasters or severe weather that you didn't know about when you bought your policy.

The full list, with conditions, is in your policy wording.

## Reasons that usually aren't covered

- Changing your mind or no longer wanting to travel.
- Events that were known, or reported in the media, when you bought your policy — for example, an announced strike.
- A pre-existing condition you didn't tell us about.
- Government travel advice warning against travel that was in place before you bought your policy.

## What we look at

We cover your **non-refundable** costs — for example, flights, accommodation and tours — up to the cancellation limit you chose, less your excess and any refunds or credits you've received.

## What to do

1. Cancel your bookings **as soon as you know** you can't travel. Delays can increase cancellation fees, and we may not cover the extra.
2. Ask every provider for a refund or credit, and keep their replies.
3. Get supporting evidence, such as a medical certificate.
4. Lodge a claim — see *How to make a claim*.

A claims assessor will decide on your claim based on your policy wording.`,
  },
  {
    slug: "pre-existing-conditions",
    title: "Pre-existing medical conditions",
    tags: ["medical", "policy", "pre-existing"],
    body: preExistingConditions(
      "For anything not on the automatic list, complete the **medical assessment** when you buy your policy, or call us. It takes about 10 minutes. Depending on the result, we may cover the condition for an additional premium, or we may not be able to cover it. We'll always tell you before you pay.",
    ),
    draft: {
      title: "Pre-existing medical conditions",
      body: preExistingConditions(
        "For anything not on the automatic list, complete the **online medical assessment** when you buy your policy. It now saves your answers, so you can finish later, and most people get a result in under five minutes. Depending on the result, we may cover the condition for an additional premium, or we may not be able to cover it. We'll always tell you before you pay, and the result is valid for 90 days if you'd like to buy later.",
      ),
    },
  },
  {
    slug: "cooling-off-and-cancelling",
    title: "Cooling-off period and cancelling your policy",
    tags: ["cancellation", "policy", "refund"],
    body: `Changed your plans? Here's how cancelling your policy works.

## 21-day cooling-off period

You can cancel within **21 days** of buying your policy and receive a **full refund** of your premium, as long as:

- you haven't started your trip, and
- you haven't made, and don't intend to make, a claim.

## After the cooling-off period

- **Before you travel:** if your trip is cancelled before departure, you can cancel your policy and we'll refund the premium, less a **$35 administration fee**. If you've simply changed your mind, the premium isn't refundable because cover for cancellation has already started.
- **After you've left:** if you come home early, we can refund the unused part of your premium for annual multi-trip policies. Single-trip policies aren't refundable once you've travelled.

## Changing instead of cancelling

If your trip has moved to new dates or a new destination, you can usually **update your policy** instead. There may be a change in premium, but you won't lose your cover or pay the administration fee.

## How to cancel

- In the app or at harborinsurance.example/account, under **My policy → Cancel**.
- Or call us on +61 2 5550 1234.

Refunds go to the card you paid with within **5 business days**.

## Before you cancel

If your trip was cancelled because of something your policy covers, you may be able to claim your lost costs. Cancel your policy only after checking *Cancelling your trip: what's covered*, as cancelling the policy first may affect that claim.`,
  },
  {
    slug: "what-is-an-excess",
    title: "What is an excess?",
    tags: ["excess", "policy", "claim"],
    body: `The excess is the amount you contribute towards a claim. We take it off the amount we pay you.

## How it works

Say your camera is stolen and the claim is approved for **$600**. If your excess is **$200**, we pay you **$400**.

## How much is my excess?

It's shown on your **certificate of insurance**. You chose it when you bought your policy: typically $0, $100, $200 or $500. A higher excess means a lower premium.

## When it applies

- The excess applies **once per event**, not per item. If several things are stolen in one incident, you pay one excess.
- If two people on the same policy are affected by one event, only one excess applies.
- Some benefits have no excess, such as travel delay allowances and emergency assistance phone support.

## When you pay it

You don't pay the excess upfront. We deduct it from any amount paid on your claim. For medical bills we pay directly to a hospital, we may ask you to pay the excess to us afterwards.

## Can I reduce it?

You can change your excess before you travel by updating your policy, which changes your premium. You can't change it after an event that you might claim for.

## Example

An approved claim of $1,450 for medical costs, with a $100 excess, results in a payment of $1,350.

For exactly how the excess applies to each benefit, see the table of benefits in your policy wording.`,
    draft: {
      title: "What is an excess?",
      body: `The excess is the amount you contribute towards a claim. We take it off the amount we pay you.

## How it works

Say your camera is stolen and the claim is approved for **$600**. If your excess is **$200**, we pay you **$400**.

## How much is my excess?

It's shown on your **certificate of insurance**. You chose it when you bought your policy: $0, $100, $250 or $500. A higher excess means a lower premium.

## When it applies

- The excess applies **once per event**, not per item.
- If two people on the same policy are affected by one event, only one excess applies.
- Some benefits have no excess, such as travel delay allowances and emergency assistance phone support.
- From 1 July, a **$0 excess applies to medical claims** for travellers under 18 on family policies.

## When you pay it

You don't pay the excess upfront. We deduct it from any amount paid on your claim. For medical bills we pay directly to a hospital, we may ask you to pay the excess to us afterwards.

## Can I reduce it?

You can change your excess before you travel by updating your policy, which changes your premium. You can't change it after an event you might claim for.

For exactly how the excess applies to each benefit, see the table of benefits in your policy wording.`,
    },
  },
  {
    slug: "adventure-activities",
    title: "Skiing, diving and adventure activities",
    tags: ["activities", "policy", "medical"],
    body: `Many activities are covered as standard. Others need the **Adventure Pack** add-on. Here's how to tell which is which.

## Covered as standard

- Hiking and trekking below 3,000 metres on recognised trails
- Snorkelling, swimming, surfing and kayaking on calm water
- Cycling on sealed roads, with a helmet
- Zip-lining, horse riding and tandem parasailing with a licensed operator

## Needs the Adventure Pack

- **Skiing and snowboarding** on marked pistes, including ski equipment hire and lift passes
- **Scuba diving** to 30 metres, if you're certified for that depth or diving with a licensed instructor
- Trekking between 3,000 and 6,000 metres
- White-water rafting up to grade 4
- Riding a motorbike or scooter — see below

## Not covered

- Off-piste skiing without a licensed guide
- Mountaineering with ropes or at altitudes above 6,000 metres
- Motor sports and racing of any kind
- Skydiving, base jumping and free solo climbing

## Motorbikes and scooters

With the Adventure Pack, you're covered as a rider **only if** you hold a motorcycle licence valid in Australia and in the country you're visiting, you wear a helmet, and the engine is within the limit in your policy wording. Many claims in Southeast Asia are declined because these conditions weren't met.

## Adding the Adventure Pack

You can add it any time **before** the activity in the app or by calling us. It starts from the time it's added, so it won't cover an activity you've already done.

The policy wording sets out all conditions. If you're unsure, ask us before you go.`,
  },
  {
    slug: "extend-your-policy",
    title: "Extending your policy while you're away",
    tags: ["policy", "extension"],
    body: `Decided to stay a little longer? You can usually extend your policy without coming home.

## Who can extend

You can apply to extend a single-trip policy if:

- your current policy hasn't ended yet — apply at least **2 days before** it ends,
- your total trip, including the extension, is no longer than 12 months, and
- you haven't made a claim, or become aware of something you might claim for, during your trip.

## How to extend

1. Sign in to the app or harborinsurance.example/account.
2. Go to **My policy → Extend**.
3. Enter your new return date and answer a few questions about your health since you left.
4. Pay the additional premium. Your updated certificate of insurance is emailed to you straight away.

## Your health since you left

If you've seen a doctor or developed a new condition during your trip, tell us when you apply. We may still be able to extend your cover, but the new condition may not be covered during the extension.

## If your policy has already ended

We can't extend a policy that has ended. You'll need to buy a new policy, which has a **72-hour waiting period** for illness when bought while overseas.

## Annual multi-trip policies

These cover trips up to a maximum length, shown on your certificate of insurance. If your trip will go over that length, call us and we'll check the options.

## Questions

Call us on +61 2 5550 1234. If you're calling from overseas, we'll call you back so you don't pay international rates.`,
  },
  {
    slug: "travel-delay",
    title: "Travel delay benefits",
    tags: ["delay", "claim", "flights"],
    body: `If your flight, train or cruise is delayed for reasons outside your control, your policy may help with the extra costs.

## When the benefit applies

The travel delay benefit applies when your scheduled transport is delayed by **6 hours or more** because of something your policy covers, such as:

- mechanical breakdown of the aircraft or vessel,
- severe weather or natural disaster,
- industrial action that wasn't announced when you bought your policy.

## What it covers

Reasonable additional costs for **meals and accommodation** during the delay, up to the daily limit shown in your certificate of insurance. No excess applies to this benefit.

## What it doesn't cover

- Costs the airline or operator paid for or offered to pay (meal vouchers, hotel rooms).
- Delays caused by a strike announced before you bought your policy.
- Missing a connection because you left too little time between flights. The minimum connection times are in your policy wording.

## What to do during the delay

1. Ask the airline or operator for **written confirmation** of the delay and its cause. Most will give you a letter or email at the desk.
2. Accept any meals or accommodation they provide.
3. Keep receipts for anything you pay for yourself.

## Missing an important event

If a delay means you miss a wedding, conference or pre-paid tour, you may be able to claim under the **missed connection or special event** benefit instead.

## Claiming

When you're ready, see *How to make a claim*. A claims assessor will consider your claim against your policy wording.`,
  },
];
