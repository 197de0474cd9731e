import { v7 as uuidv7 } from "uuid";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";

export interface SeedDisposition {
  id: string;
  brandId: string;
  code: string;
  label: string;
}

const DISPOSITIONS: Record<BrandSlug, [code: string, label: string][]> = {
  "lumen-fibre": [
    ["fixed-first-contact", "Fixed on first contact"],
    ["engineer-booked", "Engineer visit booked"],
    ["known-outage", "Known outage — customer informed"],
    ["billing-adjusted", "Billing corrected or credited"],
    ["router-replaced", "Replacement router sent"],
    ["escalated-network", "Escalated to network operations"],
    ["no-response", "Closed — no reply from customer"],
  ],
  threadline: [
    ["refund-issued", "Refund issued"],
    ["exchange-arranged", "Exchange arranged"],
    ["order-tracked", "Order located and tracking shared"],
    ["advice-given", "Advice or product information given"],
    ["order-cancelled", "Order cancelled"],
    ["return-declined", "Return declined — outside policy"],
    ["escalated-warehouse", "Escalated to warehouse team"],
    ["no-response", "Closed — no reply from customer"],
  ],
  "harbor-insurance": [
    ["claim-lodged", "Claim lodged"],
    ["claim-update", "Claim status update given"],
    ["policy-info", "Policy cover explained"],
    ["policy-cancelled", "Policy cancelled within cooling-off"],
    ["emergency-transfer", "Transferred to emergency assistance"],
    ["documents-requested", "Supporting documents requested"],
    ["no-response", "Closed — no reply from customer"],
  ],
};

export function planDispositions(brands: readonly SeedBrand[]): SeedDisposition[] {
  return brands.flatMap((brand) => DISPOSITIONS[brand.slug].map(([code, label]) => ({ id: uuidv7(), brandId: brand.id, code, label })));
}

export function insertDispositions(tx: Queryable, dispositions: readonly SeedDisposition[]): Promise<void> {
  return insertRows(tx, "dispositions", dispositions, {
    id: ["uuid", (d) => d.id],
    brand_id: ["uuid", (d) => d.brandId],
    code: ["text", (d) => d.code],
    label: ["text", (d) => d.label],
  });
}
