import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";
import { NAME_GROUPS } from "./names.ts";
import { digits, type Random } from "./random.ts";
import { DAY } from "../../../shared/domain/durations.ts";

const CONTACTS_PER_BRAND = 80;

export interface SeedContact {
  id: string;
  brandId: string;
  name: string;
  firstName: string;
  email: string;
  phone: string | null;
  timeZone: string | null;
  createdAt: Date;
}

/** Where a brand's customers live: their time zone and a fictional phone number there. */
interface Locale {
  timeZone: string;
  phone: (random: Random) => string;
}

// Numbers from ranges reserved for fiction: Ofcom 07700 900xxx, NANP 555-01xx, ACMA 0x 5550 xxxx.
const LOCALES: Record<BrandSlug, Locale[]> = {
  "lumen-fibre": [{ timeZone: "Europe/London", phone: (r) => `+447700900${digits(r, 3)}` }],
  threadline: [
    { timeZone: "America/New_York", phone: (r) => `+1${r.pick(["212", "646", "617", "305"])}55501${digits(r, 2)}` },
    { timeZone: "America/Chicago", phone: (r) => `+1${r.pick(["312", "713", "214"])}55501${digits(r, 2)}` },
    { timeZone: "America/Denver", phone: (r) => `+130355501${digits(r, 2)}` },
    { timeZone: "America/Los_Angeles", phone: (r) => `+1${r.pick(["415", "213", "206"])}55501${digits(r, 2)}` },
  ],
  "harbor-insurance": [
    { timeZone: "Australia/Sydney", phone: (r) => `+6125550${digits(r, 4)}` },
    { timeZone: "Australia/Melbourne", phone: (r) => `+6135550${digits(r, 4)}` },
    { timeZone: "Australia/Brisbane", phone: (r) => `+6175550${digits(r, 4)}` },
    { timeZone: "Australia/Perth", phone: (r) => `+6185550${digits(r, 4)}` },
  ],
};

function emailLocalPart(first: string, last: string, random: Random): string {
  const clean = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
  const [f, l] = [clean(first), clean(last)];
  return random.weighted([
    [`${f}.${l}`, 5],
    [`${f}${l}`, 2],
    [`${f.charAt(0)}${l}`, 2],
    [`${f}_${l}${random.int(70, 99)}`, 1],
    [`${f}${random.int(1, 999)}`, 1],
  ]);
}

export function planContacts(brands: readonly SeedBrand[], random: Random, now: Date): SeedContact[] {
  return brands.flatMap((brand) => {
    const groups = NAME_GROUPS.map((group) => [group, group.weight[brand.slug]] as const);
    const takenNames = new Set<string>();
    const takenEmails = new Set<string>();
    const contacts: SeedContact[] = [];
    while (contacts.length < CONTACTS_PER_BRAND) {
      const group = random.weighted(groups);
      const firstName = random.pick(group.first);
      const lastName = random.pick(group.last);
      const name = `${firstName} ${lastName}`;
      if (takenNames.has(name)) continue;
      const email = `${emailLocalPart(firstName, lastName, random)}@${random.pick(brand.customerEmailDomains)}`;
      if (takenEmails.has(email)) continue;
      takenNames.add(name);
      takenEmails.add(email);
      const locale = random.pick(LOCALES[brand.slug]);
      contacts.push({
        id: uuidv7(),
        brandId: brand.id,
        name,
        firstName,
        email,
        phone: random.chance(0.6) ? locale.phone(random) : null,
        timeZone: random.chance(0.5) ? locale.timeZone : null,
        createdAt: new Date(now.getTime() - random.int(20, 700) * DAY),
      });
    }
    return contacts;
  });
}

export function contactsOf(contacts: readonly SeedContact[], brandId: string): SeedContact[] {
  return contacts.filter((contact) => contact.brandId === brandId);
}

export function insertContacts(tx: Queryable, contacts: readonly SeedContact[]): Promise<void> {
  return insertRows(tx, "contacts", contacts, {
    id: ["uuid", (c) => c.id],
    brand_id: ["uuid", (c) => c.brandId],
    name: ["text", (c) => c.name],
    email: ["text", (c) => c.email],
    phone: ["text", (c) => c.phone],
    time_zone: ["text", (c) => c.timeZone],
    created_at: ["timestamptz", (c) => c.createdAt],
    updated_at: ["timestamptz", (c) => c.createdAt],
  });
}
