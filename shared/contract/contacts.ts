import { z } from "zod";
import { CannedReply, ContactDetails } from "../schemas/contact.ts";
import { BrandId, ContactId } from "../schemas/ids.ts";
import { query } from "./define.ts";

export const contactRequests = {
  /** A contact of one of the caller's brands, with their other conversations with that brand. */
  "contact:get": query(z.object({ contactId: ContactId }), ContactDetails),
  /** The brand's canned replies, for the composer's picker. */
  "cannedReply:list": query(z.object({ brandId: BrandId }), z.array(CannedReply)),
};
