import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ClientId, Instant, UserId } from "../../shared/schemas/ids.ts";
import { ARRAY_ITEM, formatPath, freeTextPaths, withValueAt } from "./freeTextPaths.ts";

const paths = (schema: z.ZodType) => freeTextPaths(schema).map((f) => formatPath(f.path));

describe("freeTextPaths", () => {
  it.each([
    ["a plain string", z.object({ note: z.string() }), ["note"]],
    ["an email, whose local part is free text", z.object({ email: z.email() }), ["email"]],
    ["a string with a pattern", z.object({ tag: z.string().regex(/^[a-z0-9 ]+$/) }), ["tag"]],
    ["ids and instants", z.object({ clientId: ClientId, userId: UserId, at: Instant, legacy: z.string().uuid() }), []],
    ["enums, literals, numbers and booleans", z.object({ kind: z.enum(["a", "b"]), v: z.literal(1), n: z.number(), b: z.boolean() }), []],
    ["optional, nullable and defaulted strings", z.object({ a: z.string().optional(), b: z.string().nullable(), c: z.string().default("") }), ["a", "b", "c"]],
    ["strings in nested objects and arrays", z.object({ filter: z.object({ tags: z.array(z.string()) }).default({ tags: [] }) }), ["filter.tags[]"]],
    ["the input side of a pipe", z.object({ name: z.string().pipe(z.transform((s) => s.length)) }), ["name"]],
    ["a union of an enum and an id", z.object({ assignee: z.union([z.enum(["me", "any"]), UserId]) }), []],
    ["a union with a free string", z.object({ who: z.union([UserId, z.string().max(20)]) }), ["who"]],
    ["a refined object", z.object({ note: z.string() }).refine((v) => v.note !== "x"), ["note"]],
  ])("%s", (_name, schema, expected) => {
    expect(paths(schema)).toEqual(expected);
  });

  it("stops at a type it cannot see inside, naming the path", () => {
    expect(() => freeTextPaths(z.object({ data: z.record(z.string(), z.string()) }))).toThrow(/record at "data"/);
  });
});

describe("withValueAt", () => {
  it.each([
    ["a top-level field", { a: 1, b: "x" }, ["b"], { a: 1, b: "V" }],
    ["a field of an absent object", {}, ["filter", "query"], { filter: { query: "V" } }],
    ["an array element, as the only one", { tags: ["a", "b"] }, ["tags", ARRAY_ITEM], { tags: ["V"] }],
    ["inside an absent array", {}, ["filter", "tags", ARRAY_ITEM], { filter: { tags: ["V"] } }],
  ] as const)("sets %s", (_name, payload, path, expected) => {
    expect(withValueAt(payload, path, "V")).toEqual(expected);
  });

  it("leaves the payload it was given as it was", () => {
    const payload = { filter: { tags: ["a"] } };
    withValueAt(payload, ["filter", "tags", ARRAY_ITEM], "V");
    expect(payload).toEqual({ filter: { tags: ["a"] } });
  });
});
