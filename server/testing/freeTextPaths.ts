/**
 * Finds every place in a request's input schema where a client can put free text: a string that is not an id, a
 * date or time, an enum or a literal. Tests use it to put a card number in each such field, so a field added later
 * is tested without anybody listing it. A schema construct it does not know stops it with an error naming the
 * path, rather than letting a field go unseen.
 */
import type { z } from "zod";

/** A field's place in a payload: object keys, and ARRAY_ITEM for "an element of this array". */
export type FieldPath = readonly (string | typeof ARRAY_ITEM)[];
export const ARRAY_ITEM = Symbol("array item");

export interface FreeTextField {
  path: FieldPath;
  /** the string schema at the end of the path, to find a value it accepts */
  leaf: z.ZodType;
}

/** String formats that hold an identifier, an instant or an address: no room for text. */
const STRUCTURED_FORMATS = new Set([
  "uuid",
  "guid",
  "nanoid",
  "cuid",
  "cuid2",
  "ulid",
  "xid",
  "ksuid",
  "datetime",
  "date",
  "time",
  "duration",
  "ipv4",
  "ipv6",
  "cidrv4",
  "cidrv6",
  "base64",
  "base64url",
  "jwt",
]);

const NO_TEXT = new Set(["number", "int", "boolean", "bigint", "enum", "literal", "null", "undefined", "nan", "date"]);
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "readonly", "catch"]);

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: { format?: string } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
  getter?: () => z.ZodType;
}

export function freeTextPaths(schema: z.ZodType): FreeTextField[] {
  const found = new Map<string, FreeTextField>();
  walk(schema, [], found);
  return [...found.values()];
}

export function formatPath(path: FieldPath): string {
  return path.map((step) => (step === ARRAY_ITEM ? "[]" : step)).join(".").replaceAll(".[]", "[]");
}

function walk(schema: z.ZodType, path: FieldPath, found: Map<string, FreeTextField>): void {
  const def = schema._zod.def as unknown as Def;
  if (def.type === "string") {
    const formats = [def.format, ...(def.checks ?? []).map((c) => c._zod.def.format)];
    if (!formats.some((f) => f !== undefined && STRUCTURED_FORMATS.has(f))) found.set(formatPath(path), { path, leaf: schema });
    return;
  }
  if (NO_TEXT.has(def.type)) return;
  if (WRAPPERS.has(def.type)) return walk(def.innerType!, path, found);
  switch (def.type) {
    case "object":
      for (const [key, field] of Object.entries(def.shape!)) walk(field, [...path, key], found);
      return;
    case "array":
      return walk(def.element!, [...path, ARRAY_ITEM], found);
    // the client sends what goes into a pipe, not what comes out
    case "pipe":
      return walk(def.in!, path, found);
    case "union":
      for (const option of def.options!) walk(option, path, found);
      return;
    case "lazy":
      return walk(def.getter!(), path, found);
    default:
      throw new Error(`freeTextPaths cannot see inside a zod ${def.type} at "${formatPath(path)}": teach it that type`);
  }
}

/** A copy of the payload with value at path; an array on the path becomes that one element. */
export function withValueAt(payload: unknown, path: FieldPath, value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (step === ARRAY_ITEM) return [withValueAt(undefined, rest, value)];
  const object = payload !== null && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
  return { ...object, [step]: withValueAt(object[step], rest, value) };
}
