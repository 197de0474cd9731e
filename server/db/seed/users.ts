import { v7 as uuidv7 } from "uuid";
import type { Role } from "../../../shared/schemas/user.ts";
import type { Queryable } from "../client.ts";
import type { BrandSlug, SeedBrand } from "./brands.ts";
import { insertRows } from "./insertRows.ts";

/** Every demo account signs in with this; the end-to-end tests rely on it. */
export const DEMO_PASSWORD = "demo1234";

export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  /** role and brands, e.g. "agent · Lumen Fibre, Threadline" */
  summary: string;
}

export interface SeedUser {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  chatCapacity: number;
  role: Role;
  brandIds: string[];
}

const ALL: BrandSlug[] = ["lumen-fibre", "threadline", "harbor-insurance"];

// The emails are fixed: end-to-end tests sign in with them. Agents sit where BPO floors do.
const USERS: { email: string; name: string; timeZone: string; role: Role; brands: BrandSlug[]; chatCapacity?: number }[] = [
  { email: "admin@switchboard.demo", name: "Priya Raman", timeZone: "Europe/London", role: "admin", brands: ALL },
  { email: "supervisor@switchboard.demo", name: "Marcus Webb", timeZone: "Europe/Dublin", role: "supervisor", brands: ["lumen-fibre", "threadline"] },
  { email: "ana@switchboard.demo", name: "Ana Souza", timeZone: "Europe/Lisbon", role: "agent", brands: ["lumen-fibre", "threadline"] },
  { email: "tom@switchboard.demo", name: "Tom Becker", timeZone: "Europe/Berlin", role: "agent", brands: ["lumen-fibre"] },
  { email: "li@switchboard.demo", name: "Li Wei", timeZone: "Asia/Manila", role: "agent", brands: ["threadline", "harbor-insurance"] },
  { email: "sam@switchboard.demo", name: "Sam Okafor", timeZone: "Africa/Lagos", role: "agent", brands: ["harbor-insurance"] },
  { email: "jo@switchboard.demo", name: "Jo Martin", timeZone: "Asia/Kolkata", role: "trainer", brands: ALL },
  { email: "dev@switchboard.demo", name: "Dev Patel", timeZone: "Asia/Manila", role: "agent", brands: ALL, chatCapacity: 4 },
];

export function planUsers(brands: readonly SeedBrand[]): SeedUser[] {
  return USERS.map((user) => ({
    id: uuidv7(),
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    chatCapacity: user.chatCapacity ?? 3,
    role: user.role,
    brandIds: brands.filter((brand) => user.brands.includes(brand.slug)).map((brand) => brand.id),
  }));
}

/** Who may be handed a conversation of the brand: its agents. Trainers never touch customer data. */
export function agentsOf(users: readonly SeedUser[], brandId: string): SeedUser[] {
  return users.filter((user) => user.role === "agent" && user.brandIds.includes(brandId));
}

/** Who writes the brand's scripts and KB. */
export function authorOf(users: readonly SeedUser[], brandId: string): SeedUser | undefined {
  return users.find((user) => user.role === "trainer" && user.brandIds.includes(brandId));
}

export function demoLogins(users: readonly SeedUser[], brands: readonly SeedBrand[]): DemoLogin[] {
  return users.map((user) => ({
    email: user.email,
    password: DEMO_PASSWORD,
    name: user.name,
    summary: `${user.role} · ${brands.filter((brand) => user.brandIds.includes(brand.id)).map((brand) => brand.name).join(", ")}`,
  }));
}

export async function insertUsers(tx: Queryable, users: readonly SeedUser[], passwordHash: string, now: Date): Promise<void> {
  await insertRows(tx, "users", users, {
    id: ["uuid", (u) => u.id],
    email: ["text", (u) => u.email],
    name: ["text", (u) => u.name],
    password_hash: ["text", () => passwordHash],
    time_zone: ["text", (u) => u.timeZone],
    status: ["text", () => "offline"],
    chat_capacity: ["integer", (u) => u.chatCapacity],
    created_at: ["timestamptz", () => now],
    updated_at: ["timestamptz", () => now],
  });
  const memberships = users.flatMap((user) => user.brandIds.map((brandId) => ({ user, brandId })));
  await insertRows(tx, "brand_memberships", memberships, {
    user_id: ["uuid", (m) => m.user.id],
    brand_id: ["uuid", (m) => m.brandId],
    role: ["text", (m) => m.user.role],
    created_at: ["timestamptz", () => now],
  });
}
