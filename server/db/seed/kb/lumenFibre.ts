import type { KbArticleSpec } from "./kbSpec.ts";

const ontLights = `The ONT (optical network terminal) is the small white box on the wall where the fibre cable enters your home. Your router plugs into it. Its lights tell you, and us, where a problem is.

## The lights

| Light | Normal | What it means if not |
| --- | --- | --- |
| **Power** | Solid green | Off: check the power supply and the socket. |
| **PON** | Solid green | Flashing or off: the ONT can't reach our network. |
| **LOS** | Off | Red: no light is reaching the ONT — the fibre is damaged or unplugged. |
| **LAN** | Green, flickering | Off: the cable to your router is loose or faulty. |

## What to do

1. If **Power** is off, try a different socket and make sure the adapter is pushed firmly in.
2. If **PON** is flashing, switch the ONT off at the wall for 30 seconds, then back on. Give it two minutes.
3. If **LOS** is red, don't unplug or bend the thin fibre cable. This needs an engineer — contact us and we'll book one.
4. If **LAN** is off, reseat the cable between the ONT and your router's WAN port (usually grey or marked *Internet*).

If the lights look normal but you still can't get online, the ONT is fine and the issue is likely with the router or Wi-Fi. See *No internet? Start here*.`;

export const LUMEN_FIBRE_KB: KbArticleSpec[] = [
  {
    slug: "no-internet-start-here",
    title: "No internet? Start here",
    tags: ["no-internet", "troubleshooting", "router"],
    body: `Losing your connection is frustrating. Most problems can be fixed in a few minutes by working through these steps in order.

## 1. Check for an outage

Visit the **Service status** page at lumenfibre.example/status, or text STATUS to 60321, and enter your postcode. If there's a known fault in your area, you'll see the incident reference and when the next update is due. You don't need to do anything else — your service will return on its own.

## 2. Look at the lights on your ONT

The ONT is the small white box on the wall where the fibre comes in. The **PON** light should be solid green. If it's flashing or red, see *What the lights on your ONT mean*.

## 3. Restart your router

Switch the router off at the wall, wait 30 seconds, then switch it back on. It takes about three minutes to start. The light on the front turns **solid white** once it's connected.

## 4. Try a cable

Plug a laptop into one of the yellow ports on the router with an Ethernet cable. If it works by cable but not over Wi-Fi, the line is fine and the problem is your Wi-Fi — see *Fixing Wi-Fi dead spots*.

## Still offline?

Chat with us or call 020 7946 0321. We'll run a line test from our side, which takes about five minutes and won't change any of your settings. If we find a fault, we'll book an engineer at a time that suits you.`,
  },
  {
    slug: "ont-lights-explained",
    title: "What the lights on your ONT mean",
    tags: ["ont", "troubleshooting", "no-internet"],
    body: ontLights,
    draft: {
      title: "What the lights on your ONT mean",
      body: `${ontLights}

## Newer ONTs (white with a blue stripe)

Since March we've been fitting a newer ONT model. It has a single status light instead of four: **solid blue** means all is well, **flashing blue** means it is starting up, and **red** means no signal. Follow the same steps as above — a red light still needs an engineer.`,
    },
  },
  {
    slug: "restart-your-router",
    title: "How to restart your router properly",
    tags: ["router", "troubleshooting"],
    body: `A restart clears out most temporary glitches, from slow pages to devices that won't connect. Doing it properly makes a difference.

## Restart (keeps your settings)

1. Switch the router off **at the wall socket**, not just with the button on the back.
2. Wait **30 seconds**. This lets the router fully power down and drop its old connection.
3. Switch it back on.
4. Wait about **three minutes**. The light on the front will flash white while it starts, then turn **solid white** when it's connected.

Don't restart the router again while the light is still flashing — it resets the start-up and makes it take longer.

## What the router light means

- **Solid white** — connected and working.
- **Flashing white** — starting up or updating. Leave it alone.
- **Orange** — connected to the ONT but not to the internet. Restart once; if it stays orange, contact us.
- **Red** — no connection to the ONT. Check the cable between the ONT and the router's grey *Internet* port.

## Factory reset (last resort)

A factory reset wipes your Wi-Fi name and password back to those printed on the sticker, and removes any custom settings. Only do this if we ask you to. Hold the recessed *Reset* button with a paperclip for 15 seconds until the light flashes orange.

If restarting doesn't fix things, see *No internet? Start here* or get in touch — we can run a line test remotely.`,
  },
  {
    slug: "wifi-dead-spots",
    title: "Fixing Wi-Fi dead spots",
    tags: ["wifi", "router", "speed"],
    body: `Fibre brings a fast, stable connection to your router. How much of that reaches each room depends on your Wi-Fi, which thick walls, floors and distance all weaken.

## Quick wins

- **Move the router into the open.** Off the floor, out of cupboards, and away from the TV, microwave and fish tanks. Halfway up a wall in a central spot is ideal.
- **Use the 5 GHz network when you're close.** Your router broadcasts two networks: the one ending in *-5G* is much faster in the same room, while the other reaches further.
- **Restart the router** every few weeks to clear out old connections.
- **Plug in what doesn't move.** Games consoles, smart TVs and desktop computers work best with an Ethernet cable.

## Check it's Wi-Fi and not the line

Run a speed test at lumenfibre.example/speed on a laptop plugged into the router with a cable. If the cabled speed is good but Wi-Fi is slow in some rooms, the line is fine and the issue is coverage.

## Lumen Mesh

For larger homes, or homes over several floors, our **Lumen Mesh** add-on places extra units around your home so every room gets a strong signal. It costs £5 a month, includes one extra unit, and you can add more for £3 each. You can order it in the app or by chatting with us, and it arrives in two working days.

## Still having trouble?

Tell us which rooms are affected and what speeds you see there. We can check your router's settings remotely and suggest the best channel.`,
  },
  {
    slug: "slow-speeds",
    title: "Why is my broadband slow?",
    tags: ["speed", "troubleshooting"],
    body: `If pages load slowly or video keeps buffering, a few checks will show whether the cause is your line, your router or your Wi-Fi.

## Run a fair speed test

1. Plug a laptop into the router with an Ethernet cable.
2. Close other apps and pause downloads, streaming and backups on other devices.
3. Go to lumenfibre.example/speed and run the test three times.

Compare the result with the **guaranteed minimum** on your welcome email or in the app under *My plan*.

## If the cabled result is good

Your line is working as it should. Slow speeds on phones and laptops are almost always down to Wi-Fi. See *Fixing Wi-Fi dead spots*.

## If the cabled result is below your guaranteed minimum

- Restart the router (off at the wall for 30 seconds).
- Check the cable between the ONT and the router is firmly plugged in at both ends.
- Run the test again.

If it's still low, contact us. We'll run a line test, which checks the speed your line synchronises at and looks for errors. If we find a fault we'll book an engineer.

## Evenings are slower?

A small dip at peak times (7–11pm) is normal. A large, regular drop isn't. Send us your test results with the times you ran them and we'll investigate.

## Our speed guarantee

If your speed stays below the guaranteed minimum and we can't fix it within 30 days, you can leave your contract without paying an exit fee. See *Our speed guarantee*.`,
  },
  {
    slug: "checking-for-outages",
    title: "Checking for outages in your area",
    tags: ["outage", "status"],
    body: `When something goes wrong on our network, we post it on our service status page straight away, so you don't have to wait on hold to find out.

## How to check

- **Online:** lumenfibre.example/status — enter your postcode.
- **By text:** send STATUS and your postcode to 60321 (free to send).
- **In the app:** the banner at the top of the home screen turns amber when your area is affected.

## What you'll see

Each incident has a **reference** (for example *INC-20417*), the areas affected, what we know so far, and when the **next update** is due. We update at least every two hours until it's fixed, even if there's no news.

## Do I need to do anything?

No. Once the fault is fixed your service comes back on its own. If you're still offline an hour after we mark the incident resolved, restart your router; if that doesn't help, contact us and quote the incident reference.

## Get alerts

Tap *Notify me* on the status page or in the app, and we'll text you when the fault is fixed.

## Compensation

If your service is down for more than two full working days because of a fault on our network, you're automatically entitled to compensation for each day it's down. It appears as a credit on your next bill — you don't need to claim it.

## Planned maintenance

We occasionally carry out work overnight, between midnight and 6am. We'll email you at least five days beforehand if your area is affected.`,
  },
  {
    slug: "engineer-visits",
    title: "What to expect from an engineer visit",
    tags: ["engineer", "appointment"],
    body: `If a line test finds a fault in your home or on the fibre to your property, we'll send an engineer. Here's how it works.

## Before the visit

- You'll get a **text the day before** with a two-hour arrival window. Morning slots are 8am–1pm, afternoon slots 1pm–6pm.
- On the day, you'll get another text when the engineer is on the way, with a link to track them.
- Someone aged **18 or over** must be home for the whole visit.

## Get ready

- Make sure the engineer can reach the **ONT** (the white box where the fibre enters) and your **router**.
- Move furniture away from where the fibre cable runs, if you can.
- Keep pets in another room.

## During the visit

The engineer will test the signal at the ONT, check the fibre cable, and replace equipment if needed. Most visits take 30–90 minutes. They'll test your connection before they leave, so you know it's working.

## Is there a charge?

There's no charge if the fault is on our network or with our equipment. If the fault was caused by damage in your home — for example, a fibre cable that's been cut or pinched during building work — there may be a charge of £95. The engineer will always tell you before doing any chargeable work.

## Need to change the appointment?

Reply to the reminder text, use the app, or contact us at least 24 hours before. If the engineer can't get in and we didn't hear from you, a missed-appointment fee of £40 may apply.`,
  },
  {
    slug: "understanding-your-bill",
    title: "Understanding your bill",
    tags: ["billing"],
    body: `Your bill arrives by email on the same day each month. Here's what each part means.

## Your first bill

Your first bill is usually higher than the ones after it. That's because we bill **one month in advance**, and your first bill also covers the days between your activation date and your first billing date. From the second month on, you'll pay your regular monthly price.

## What's on the bill

- **Monthly plan charge** — your broadband plan, billed in advance.
- **Add-ons** — for example Lumen Mesh or a static IP address.
- **One-off charges** — such as a chargeable engineer visit or a late payment fee.
- **Credits** — compensation or goodwill credits, shown as minus amounts.

## Why has my bill gone up?

The most common reasons are:

1. **Your introductory offer has ended.** Most offers last 12 or 18 months. Your welcome email shows when yours ends.
2. **The annual price change in April.** Your contract sets out how prices change each year; see *Annual price changes*.
3. **An add-on or one-off charge** has been added.

## Paying

We take payment by Direct Debit five working days after your bill date. To change your bank details, use the app or the secure link we send you by text. **We'll never ask for your card or bank details over chat or email.**

## Something doesn't look right?

Contact us with your bill number and the charge you're querying. If we've made a mistake, we'll refund it to you within five working days.`,
  },
  {
    slug: "annual-price-changes",
    title: "Annual price changes",
    tags: ["billing", "price"],
    body: `Each April, the monthly price of most Lumen Fibre plans changes by a fixed amount set out in your contract. We tell you exactly what that amount is when you sign up, so there are no surprises.

## How much will it go up?

Contracts started after 1 January 2025 show the increase in pounds and pence — for example, *£3.00 a month from each April*. Older contracts used the Consumer Price Index plus 3.9%; we'll show the exact figure in your March bill.

## When will I hear about it?

We'll email you at least 30 days before the change takes effect, and the new price will show on your April bill.

## Can I leave without a fee?

Because the change is set out in your contract, it doesn't give you the right to leave without an exit fee. If we ever change your price in a way that isn't in your contract, we'll tell you at least 30 days in advance and you'll be able to leave without paying an exit fee.

## Does it affect add-ons?

Add-ons such as Lumen Mesh and static IP addresses don't change price in April.

## Help with costs

If you receive Universal Credit, Pension Credit or certain other benefits, you may be eligible for our **Lumen Essentials** social tariff: 150 Mbps for £15 a month, with no price rises in contract and no exit fees. Ask us about switching — there's no charge to move.

## Questions?

If you're not sure how your bill has changed, chat with us and we'll go through it line by line.`,
  },
  {
    slug: "moving-home",
    title: "Moving home with Lumen Fibre",
    tags: ["moving", "account"],
    body: `Moving is busy enough — here's how to take your broadband with you, or end it if we don't reach your new address.

## 1. Check your new address

Enter your new postcode at lumenfibre.example/move. If we already have fibre there, you can usually keep your current plan and price.

## 2. Tell us at least two weeks before

Use the app (*Account → Moving home*), chat with us, or call 020 7946 0321. We'll need your moving date and your new address.

## 3. On moving day

- **At your old home:** leave the ONT (the white box on the wall) where it is. It belongs to the property.
- **Take your router** and its power supply with you.
- **At your new home:** if there's already an ONT, plug your router into it and you'll usually be online the same day. If there isn't, we'll book an engineer to install one, normally within 10 working days.

## If we don't reach your new address

If we can't provide service at your new home, you can end your contract with no exit fee. We'll need proof of your new address, such as a tenancy agreement or completion letter. Return your router within 30 days using the prepaid bag we send you.

## Will my price change?

Your price stays the same if your plan is available at the new address. If you'd like to change plans while you move, we'll show you the options.`,
    draft: {
      title: "Moving home with Lumen Fibre",
      body: `Moving is busy enough — here's how to take your broadband with you, or end it if we don't reach your new address.

## 1. Check your new address

Enter your new postcode at lumenfibre.example/move. If we already have fibre there, you can usually keep your current plan and price.

## 2. Tell us at least two weeks before

Use the app (*Account → Moving home*), chat with us, or call 020 7946 0321. We'll need your moving date and your new address.

## 3. Bridge the gap with Lumen Go

If your new home needs an engineer install, we'll post you a **Lumen Go** 5G hub for free. Plug it in and you're online the day you move, until the fibre is live.

## 4. On moving day

- **At your old home:** leave the ONT (the white box on the wall) where it is. It belongs to the property.
- **Take your router** and its power supply with you.
- **At your new home:** if there's already an ONT, plug your router into it. Otherwise, an engineer installs one, normally within 10 working days.

## If we don't reach your new address

You can end your contract with no exit fee. We'll need proof of your new address, such as a tenancy agreement or completion letter. Return your router within 30 days using the prepaid bag we send you.`,
    },
  },
  {
    slug: "change-wifi-password",
    title: "Changing your Wi-Fi name and password",
    tags: ["wifi", "router", "security"],
    body: `Your router comes with a Wi-Fi name and password printed on the sticker underneath. You can change them to something easier to remember — or change the password if you think someone else is using your Wi-Fi.

## In the Lumen app

1. Open the app and tap **Home network**.
2. Tap **Wi-Fi settings**.
3. Enter a new name and password. Passwords must be at least 12 characters; we suggest three or four random words.
4. Tap **Save**. The router restarts its Wi-Fi, which takes about a minute.

## In your browser

1. On a device connected to your router, go to **192.168.1.1**.
2. Sign in with the admin password printed on the router sticker.
3. Choose **Wireless → Basic settings**, make your changes and select **Apply**.

## After changing it

Every device that used the old password will disconnect. Reconnect each one by choosing your Wi-Fi name and entering the new password. Smart speakers, doorbells and printers often need their own app to reconnect.

## Forgotten your new password?

You can see it in the app under *Wi-Fi settings → Show password*. If you can't get into the app, a factory reset returns the router to the name and password on the sticker — see *How to restart your router properly*.

## Keep it safe

We'll never ask for your Wi-Fi password. If someone contacts you claiming to be from Lumen Fibre and asks for it, hang up and call us on 020 7946 0321.`,
  },
  {
    slug: "speed-guarantee",
    title: "Our speed guarantee",
    tags: ["speed", "contract"],
    body: `When you sign up, we give you a personal **guaranteed minimum download speed** for your line. It's in your welcome email and in the app under *My plan*. If your speed falls below it, here's what we do.

## How we measure it

We look at the speed you get on a device connected to your router **by cable**, because Wi-Fi speeds depend on your home, not your line. Run three tests at lumenfibre.example/speed at different times of day and send us the results.

## What happens next

1. We run a line test and check your line's sync speed and error rates.
2. If we find a fault, we'll fix it — remotely where we can, or with an engineer visit at no charge.
3. We'll check your speed again afterwards.

## If we can't fix it within 30 days

You can choose to leave your contract without paying an exit fee, and we'll send a prepaid bag to return your router. You'll stay connected until you tell us you're ready to go, so you're never left without broadband while you switch.

## What the guarantee doesn't cover

- Speeds over Wi-Fi, or on devices that are old or busy with other tasks.
- Slowdowns caused by a website or service you're using.
- Faults caused by damage in your home.

## Getting help

Chat with us and say you'd like to use the speed guarantee. Have your three speed test results ready — it saves time.`,
  },
];
