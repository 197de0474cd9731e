import type { KbArticleSpec } from "./kbSpec.ts";

const returnsPolicyBody = (refundOptions: string) => `We want you to love what you order. If something isn't right, you can send it back.

## What you can return

- Anything **unworn and unwashed**, with the original **tags attached**, within **30 days** of delivery.
- Shoes must be tried on indoors only and returned in the original box.
- Sale items can be returned too, unless marked *Final sale*.

## What we can't take back

- Swimwear and underwear if the hygiene strip has been removed.
- Earrings, for hygiene reasons.
- Personalised or monogrammed items.
- Items that have been worn, washed or altered.

## How you get your money back

${refundOptions}

## Returns are free

Every order includes a **free prepaid return label** for US addresses. Start a return in your account under *Orders*, or ask us and we'll email one to you. Drop the parcel at any UPS Access Point.

## Faulty items

If something is faulty or arrived damaged, you're covered for 12 months — not just 30 days. See *Faulty or damaged items* and we'll replace or refund it, with no need to send it back in most cases.

## Gifts

Received a gift? You can return it for store credit using the order number from the gift receipt. The person who bought it won't be told.`;

export const THREADLINE_KB: KbArticleSpec[] = [
  {
    slug: "returns-policy",
    title: "Our returns policy",
    tags: ["returns", "refund", "policy"],
    body: returnsPolicyBody(
      "Refunds go back to your **original payment method** within 3–5 business days of your return arriving at our warehouse. We'll email you as soon as it's processed. Prefer something else? Choose an exchange instead and we'll ship the new item as soon as your return is scanned.",
    ),
    draft: {
      title: "Our returns policy",
      body: returnsPolicyBody(
        "Choose how you'd like it back:\n\n- **Store credit with a 10% bonus**, added to your account the moment your return is scanned by the carrier.\n- **A refund** to your original payment method, within 3–5 business days of your return arriving at our warehouse.\n- **An exchange** for a different size or colour, shipped as soon as your return is scanned.",
      ),
    },
  },
  {
    slug: "start-a-return",
    title: "How to start a return",
    tags: ["returns", "how-to"],
    body: `Starting a return takes about two minutes.

## Online

1. Sign in and go to **Account → Orders**.
2. Find the order and select **Return items**.
3. Choose the items, tell us why you're sending them back, and pick **refund** or **exchange**.
4. We'll email you a **prepaid UPS label** and a QR code.

## Ordered as a guest?

Go to threadline.example/returns and enter your order number (it starts with **TL-**) and the email you ordered with.

## Pack it up

- Use the original bag or box if you have it. Any sturdy packaging works too.
- Put all items from one return in one parcel.
- Stick the label over any old barcodes.

## Drop it off

Take the parcel to any **UPS Access Point** or UPS Store. If you have the QR code, they'll print the label for you — no printer needed. Ask for a drop-off receipt and keep it until your refund arrives.

## Track your return

You'll get an email when your parcel is scanned and another when it reaches our warehouse. Returns usually take **5–7 business days** to reach us.

## Returning from outside the US

International customers can return items too, but the return shipping isn't prepaid. Send it with a tracked service to the address in your return confirmation email, and we'll refund the item price once it arrives.

Questions? Chat with us — we're here every day.`,
  },
  {
    slug: "exchanges",
    title: "Exchanging for a different size or colour",
    tags: ["exchange", "sizing", "returns"],
    body: `Need a different size or colour? An exchange is the quickest way to get the right fit.

## How exchanges work

1. Start a return in **Account → Orders** and choose **Exchange**.
2. Pick the new size or colour. We **reserve it for you** straight away, so it won't sell out while your parcel is on its way.
3. Send your original item back with the free prepaid label.
4. As soon as the carrier **scans your return**, we ship the new item — you don't have to wait for it to reach our warehouse.

## Is there a charge?

No. Exchanges are free, and so is the shipping on the new item.

## Different price?

If the new item costs more, we'll ask you to pay the difference. If it costs less, we'll refund the difference to your original payment method.

## What if my size is sold out?

We'll let you know when you start the exchange. You can choose a different colour, sign up for a **back-in-stock alert**, or return the item for a refund instead.

## Exchanging for something completely different

For a different product, return the item for a refund and place a new order. That way you can grab it now, before it sells out.

## Not sure which size to choose?

Check the garment measurements on each product page and see *Finding your size*. Our team is also happy to help — tell us your usual size and your height, and we'll recommend one.`,
  },
  {
    slug: "refund-timing",
    title: "When will I get my refund?",
    tags: ["refund", "returns", "payments"],
    body: `Here's how long each step of a refund takes, so you know what to expect.

## Timeline

1. **Your parcel is in transit** — usually 5–7 business days to reach our warehouse.
2. **We check your return** — within 2 business days of it arriving. You'll get an email once it's approved.
3. **We issue the refund** — the same day we approve it.
4. **Your bank processes it** — 3–5 business days for cards, up to 10 for some banks. PayPal and Apple Pay refunds are usually faster.

In total, expect your money back **10–14 business days** after you drop off your parcel.

## How you're refunded

Refunds go back to the **original payment method**. If you paid with a gift card, the refund goes back onto a gift card. If you used a promo code, we refund the amount you actually paid.

## Shipping costs

- Standard shipping is refunded if you return the whole order.
- Express shipping isn't refundable, unless the item was faulty or we sent the wrong thing.

## Haven't received it?

First, check your email for our refund confirmation — it shows the date and amount. Then check your bank statement from that date onwards; refunds sometimes show with a different description. If it's been more than 10 business days since our confirmation, contact us with your order number and we'll send you the refund reference for your bank.

## Card expired or account closed?

Don't worry — the refund will still reach you. Your bank will route it to your new card or account.`,
  },
  {
    slug: "size-guide",
    title: "Finding your size",
    tags: ["sizing", "fit"],
    body: `Every brand fits a little differently — including ours. Here's how to find the right size first time.

## Use the garment measurements

Every product page has a **Size & fit** tab with the actual measurements of the garment, not just body measurements. The easiest way to use it:

1. Take a piece you already own that fits well.
2. Lay it flat and measure across the chest (or waist) from seam to seam, and from the top of the shoulder to the hem.
3. Compare those numbers with the chart.

## Reading the fit notes

- **Relaxed fit** — roomy by design. If you're between sizes, size down.
- **Regular fit** — true to size.
- **Slim fit** — close to the body. If you're between sizes, size up.
- **Non-stretch** — usually denim and linen. If you like a looser feel, go up one size.

## Our model sizes

Each photo tells you the model's height and the size they're wearing. That's especially useful for lengths on dresses and trousers.

## Dress and trouser lengths

Our trousers come in **short (28")**, **regular (30")** and **long (32")** inside leg. Dresses show the length from the shoulder.

## Reviews

Customers rate the fit in reviews: *runs small*, *true to size* or *runs large*. If most people say one thing, it's a good hint.

## Still unsure?

Chat with us and tell us your usual size, your height and what you're looking at. We'll check the measurements for you. And remember, exchanges are free.`,
  },
  {
    slug: "delivery-options",
    title: "Delivery options and times",
    tags: ["delivery", "shipping"],
    body: `We ship from our warehouse in Secaucus, New Jersey, Monday to Friday. Orders placed before **2pm Eastern** on a business day usually leave the same day.

## US delivery

| Option | Delivery time | Price |
| --- | --- | --- |
| Standard | 3–5 business days | $6.95, free on orders over $75 |
| Express | 1–2 business days | $14.95 |
| Next day | Next business day, order by 12pm ET | $24.95 |

Delivery times start from when your order ships, not when you place it.

## Alaska, Hawaii and US territories

Standard shipping takes 5–9 business days. Next-day delivery isn't available.

## International

We ship to Canada, the UK, Australia and most of Europe. Delivery takes 6–12 business days. Duties and taxes are calculated at checkout, so there's nothing extra to pay when your parcel arrives.

## PO boxes

We deliver to PO boxes and APO/FPO addresses with standard shipping only.

## Busy periods

During sales and the holidays, orders may take an extra 1–2 business days to leave the warehouse. We'll show any delays on the checkout page.

## Where's my order?

You'll get an email with tracking as soon as your order ships. See *Tracking your order* for what each status means.`,
    draft: {
      title: "Delivery options and times",
      body: `We ship from our warehouses in Secaucus, New Jersey and Reno, Nevada, Monday to Friday. Orders placed before **2pm local time** at the nearest warehouse usually leave the same day.

## US delivery

| Option | Delivery time | Price |
| --- | --- | --- |
| Standard | 2–4 business days | $6.95, free on orders over $75 |
| Express | 1–2 business days | $14.95 |
| Next day | Next business day, order by 12pm | $24.95 |

Delivery times start from when your order ships. With our second warehouse in Reno, West Coast orders now arrive up to two days sooner.

## Alaska, Hawaii and US territories

Standard shipping takes 5–9 business days. Next-day delivery isn't available.

## International

We ship to Canada, the UK, Australia and most of Europe. Delivery takes 6–12 business days. Duties and taxes are calculated at checkout, so there's nothing extra to pay on arrival.

## Split shipments

If items in your order come from different warehouses, you may receive two parcels. You'll get tracking for each, and you only pay shipping once.

## Where's my order?

You'll get an email with tracking as soon as your order ships. See *Tracking your order* for what each status means.`,
    },
  },
  {
    slug: "tracking-your-order",
    title: "Tracking your order",
    tags: ["delivery", "tracking", "order"],
    body: `You can follow your order from our warehouse to your door.

## Where to find tracking

- In the **shipping confirmation email** we send when your order leaves the warehouse.
- In **Account → Orders**, or at threadline.example/track with your order number and email if you checked out as a guest.

## What the order status means

- **Processing** — we've got your order and we're picking and packing it. Most orders ship within 2 business days.
- **Shipped** — it's with the carrier. Tracking can take up to 24 hours to show the first scan.
- **Out for delivery** — it's on the van and should arrive today.
- **Delivered** — the carrier has marked it as delivered. If you can't find it, see *My parcel says delivered but it isn't here*.
- **Exception** — the carrier has hit a problem, such as a wrong address or bad weather. They usually try again the next business day.

## Tracking hasn't moved

It's normal for tracking to pause for a day or two, especially over weekends. If there's been **no update for 5 business days**, contact us. We'll open a trace with the carrier, and if your parcel isn't found within 3 business days, we'll send a replacement or a refund — your choice.

## Changing the delivery address

Once an order has shipped, we can't change the address. You can ask the carrier to redirect it or hold it at a pickup point using the link in your tracking email.`,
  },
  {
    slug: "parcel-marked-delivered",
    title: "My parcel says delivered but it isn't here",
    tags: ["delivery", "missing", "order"],
    body: `Sorry you're in this spot — it's usually resolved quickly. Most "delivered but missing" parcels turn up within a day.

## Check these first

1. **Look around your home.** Porches, side doors, garages, behind planters and recycling bins are common safe places.
2. **Ask your neighbours** and check your building's mail room or front desk.
3. **Check the tracking page** for a delivery photo or a note such as *Left with neighbor*.
4. **Check the address** on your order confirmation for a typo.
5. **Wait until the end of the next business day.** Carriers sometimes mark a parcel as delivered a little before it arrives.

## Still missing?

Contact us with your order number. We'll:

- open a lost-parcel claim with the carrier, and
- send a **replacement** at no cost, or a **refund** if the item is out of stock or you'd prefer your money back.

We'll need you to confirm the delivery address and that nobody else at the address has taken the parcel in. For orders over $250, we may ask you to sign a short form before sending a replacement.

## Tips to avoid it next time

- Add delivery instructions at checkout, such as a side door or gate code.
- Choose a **UPS Access Point** for delivery if nobody's usually home.
- Sign up for carrier alerts from your tracking link so you know exactly when it arrives.

We'll always make it right — missing parcels are never your cost.`,
  },
  {
    slug: "faulty-or-damaged-items",
    title: "Faulty or damaged items",
    tags: ["damaged", "quality", "refund"],
    body: `Occasionally something slips past our quality checks. If an item arrives damaged or develops a fault, we'll put it right.

## What counts as faulty

- Holes, tears, pulled threads or stains that were there when it arrived.
- Broken zips, missing buttons or seams coming apart through normal wear.
- Colour that runs when washed according to the care label.
- Items that arrived crushed or wet because of the packaging.

## How long you're covered

Faults are covered for **12 months** from delivery, not just the 30-day returns window.

## What to do

1. Contact us with your order number.
2. Send **one photo of the fault** and **one of the care label** inside the garment. The label helps our quality team trace the production batch.
3. Choose a **replacement** or a **full refund**, including the original shipping.

In most cases you **don't need to send the item back**. If we do need it for inspection, we'll email you a prepaid label.

## Wear and tear

Normal wear over time isn't a fault: bobbling on knitwear, fading on denim, or worn soles after months of use. Our care guides help your pieces last longer — see *Caring for linen, wool and denim*.

## Wrong item?

If we sent the wrong size, colour or product, tell us and we'll send the right one by express shipping at no cost. Return the wrong item using the free label whenever it suits you.`,
  },
  {
    slug: "change-or-cancel-order",
    title: "Changing or cancelling an order",
    tags: ["order", "cancellation"],
    body: `We start packing orders quickly, so the sooner you tell us, the more likely we can change it.

## Within 30 minutes of ordering

Go to **Account → Orders** and select **Cancel order** or **Edit order**. You can change sizes, remove items or update the delivery address. Guests can use the link in the order confirmation email.

## After 30 minutes

Chat with us as soon as you can. If your order is still **Processing** and hasn't been picked, we'll do our best to change or cancel it. We can't add new items to an existing order — place a new one and we'll refund the shipping on it if the two orders ship together.

## Once it has shipped

We can't cancel a shipped order. You can:

- **Refuse the delivery** when the carrier arrives, and we'll refund you once it's back with us, or
- **Return it for free** once it arrives — see *How to start a return*.

## When will I get my money back?

For a cancelled order, we release the payment straight away. Your bank may take **3–5 business days** to remove the pending charge. It often appears as a charge and then disappears, rather than as a refund.

## Pre-orders

Pre-orders can be cancelled any time before they ship, from **Account → Orders**. You're not charged until the item ships.

## Changed your mind about a gift?

You can cancel or redirect it just like any other order. The recipient won't be notified.`,
  },
  {
    slug: "caring-for-your-clothes",
    title: "Caring for linen, wool and denim",
    tags: ["care", "product"],
    body: `Looking after your clothes keeps them looking good for longer — and it's better for the planet. Always check the care label first; these tips cover our most-loved fabrics.

## Linen

- Wash at **30°C / cold** on a gentle cycle, with similar colours.
- Linen softens with every wash. Creases are part of its charm.
- Line dry in the shade, and iron while still slightly damp for a crisp finish.
- Avoid tumble drying — it can shrink linen by up to 5%.

## Wool and cashmere

- Wool doesn't need washing often. Airing it overnight freshens it up.
- Hand wash in cool water with a wool detergent, or use your machine's wool cycle.
- Never wring. Roll it in a towel to press out water, then **dry flat** away from heat.
- Bobbling is normal on soft knits. A fabric comb removes it in minutes.
- Store folded, not hung, with cedar blocks to keep moths away.

## Denim

- Wash less. Every 5–10 wears is plenty unless they're visibly dirty.
- Turn jeans **inside out** and wash cold to keep the colour.
- Raw and dark denim may transfer dye at first. Avoid pale sofas for the first few wears.
- Hang to dry; tumble drying weakens stretch fibres.

## Stains

Treat stains as soon as you can: blot, don't rub. Cold water works for most stains; heat can set them.

## Something went wrong?

If colour ran or a seam came apart even though you followed the care label, that's a fault. See *Faulty or damaged items*.`,
  },
  {
    slug: "promo-codes-and-gift-cards",
    title: "Using promo codes and gift cards",
    tags: ["promo", "gift-card", "payments"],
    body: `Here's how to make the most of promo codes and gift cards at checkout.

## Promo codes

Enter your code in the **Promo code** box on the checkout page and select **Apply**. The discount shows in your order summary before you pay.

- Only **one promo code** can be used per order.
- Codes can't be used on gift cards or items marked *Final sale*, unless the code says so.
- Most codes have an expiry date and a minimum spend. Check the email or the terms where you found the code.
- Codes can't be added after an order is placed. If you forgot to use one, contact us within 24 hours and we'll see what we can do.

## Code not working?

Check for spaces before or after the code, the expiry date and the minimum spend. Codes are case-insensitive. If it still won't apply, chat with us and send a screenshot.

## Gift cards

- Enter the 16-digit gift card number and 4-digit PIN in the **Gift card** section at checkout.
- You can use up to **three gift cards** on one order and pay any balance by card.
- Gift cards never expire, and there are no fees.
- Check your balance at threadline.example/giftcard.

## Returns on orders paid with a gift card

Refunds go back onto a gift card, which we email to you. If you paid partly by card, we refund the card portion first.

## Lost your gift card?

If you bought it online, we can resend it. Contact us with the purchaser's email and order number.`,
  },
];
