/**
 * No card number is stored in clear, whichever field it is sent in. For every request of both socket catalogs, a
 * card number goes into each free-text field of its input schema in turn (found by walking the schema, so a field
 * added later is covered without being listed), through a real socket to a real server; then every row of every
 * table and, on the embedded database, every byte of its data folder are searched for the digits.
 *
 * Every event needs a sample here, even one with no free text: a new event fails this test until it has one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Socket } from "socket.io-client";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Ack, RequestSpec } from "../../shared/contract/define.ts";
import { requests, type RequestName } from "../../shared/contract/index.ts";
import { widgetRequests, type WidgetRequestName } from "../../shared/contract/widget.ts";
import { luhnValid } from "../../shared/domain/redaction/cardNumbers.ts";
import { Credentials } from "../../shared/schemas/user.ts";
import { startBrandFloor, type BrandFloor, type Member } from "../testing/brandFloor.ts";
import { everyRowAsText } from "../testing/everyRow.ts";
import { aChatBrand, aConversation, aUser, TEST_PASSWORD, type ConversationOptions } from "../testing/fixtures.ts";
import { formatPath, freeTextPaths, withValueAt } from "../testing/freeTextPaths.ts";
import type { TestSocket } from "../testing/testServer.ts";
import { connectVisitor, type VisitorTestSocket } from "../testing/visitorClient.ts";

type EventName = RequestName | WidgetRequestName;

interface World {
  floor: BrandFloor;
  /** an agent of the chat brand, available, so that visitors can start chats */
  vera: Member;
  /** an agent of the other brand, whom its admin (Olga) manages */
  pat: { id: string };
  chatBrand: { id: string; widgetKey: string };
  conversation(options?: ConversationOptions): Promise<{ id: string; contactId: string }>;
  visitor(): Promise<VisitorTestSocket>;
  visitorInChat(): Promise<VisitorTestSocket>;
  visitorAfterChat(): Promise<VisitorTestSocket>;
}

interface Prepared {
  /** the socket of whoever may send it: an agent's console or a visitor's widget */
  on: TestSocket | VisitorTestSocket;
  /** a valid payload that commits something, with fresh rows and a fresh clientId for each send */
  payload: Record<string, unknown>;
}

interface Sample {
  prepare(world: World): Promise<Prepared>;
  /** free-text fields that the server refuses with a card number in them, and why that is right */
  refuses?: Record<string, string>;
}

const fresh = () => uuidv7();
const newEmail = () => `casey.${uuidv7().slice(-12)}@customer.example`;
const NOW = () => new Date().toISOString();
const TRANSFER_NOTE = "Over to you, she wants a call back.";

const samples: Record<EventName, Sample> = {
  "session:whoami": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: {} }) },
  "conversation:get": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id } }) },
  "conversation:watch": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id } }) },
  "conversation:unwatch": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id } }) },
  "conversation:assign": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { clientId: fresh(), conversationId: (await w.conversation()).id, assigneeId: w.floor.ana.id } }),
  },
  "conversation:setStatus": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { clientId: fresh(), conversationId: (await w.conversation()).id, status: "pending" } }),
  },
  "conversation:setPriority": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { clientId: fresh(), conversationId: (await w.conversation()).id, priority: "high" } }),
  },
  "conversation:setTags": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { clientId: fresh(), conversationId: (await w.conversation()).id, tags: ["billing"] } }),
  },
  "conversation:markRead": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { clientId: fresh(), conversationId: (await w.conversation()).id, seq: 0 } }),
  },
  "conversation:assignees": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id } }) },
  "conversation:presence": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id, state: "viewing" } }),
  },
  "inbox:list": {
    prepare: async (w) => ({ on: w.floor.ana.socket, payload: { filter: { tags: ["billing"] } } }),
    refuses: { cursor: "a cursor is one the server made for the previous page; any other string is refused as not one of ours" },
  },
  "inbox:counts": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: {} }) },
  "inbox:search": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { query: "refund", filter: { tags: ["billing"] } } }) },
  "inbox:changes": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { since: NOW() } }) },
  "contact:get": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { contactId: (await w.conversation()).contactId } }) },
  "cannedReply:list": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { brandId: w.floor.brandId } }) },
  "timeline:append": {
    prepare: async (w) => ({
      on: w.floor.ana.socket,
      payload: { clientId: fresh(), conversationId: (await w.conversation({ assigneeId: w.floor.ana.id })).id, kind: "message", body: "On it." },
    }),
  },
  "timeline:list": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id } }) },
  "timeline:before": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { conversationId: (await w.conversation()).id, beforeSeq: 1 } }) },
  "user:list": { prepare: async (w) => ({ on: w.floor.outsider.socket, payload: {} }) },
  "user:setDisabled": { prepare: async (w) => ({ on: w.floor.outsider.socket, payload: { clientId: fresh(), userId: w.pat.id, disabled: false } }) },
  "membership:set": {
    prepare: async (w) => ({ on: w.floor.outsider.socket, payload: { clientId: fresh(), userId: w.pat.id, brandId: w.floor.otherBrandId, role: "agent" } }),
  },
  "agent:state": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: {} }) },
  "agent:setStatus": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: { clientId: fresh(), status: "away", awayReason: "break" } }) },
  "agent:setCapacity": { prepare: async (w) => ({ on: w.floor.outsider.socket, payload: { clientId: fresh(), userId: w.pat.id, capacity: 2 } }) },
  "queue:list": { prepare: async (w) => ({ on: w.floor.ana.socket, payload: {} }) },
  "conversation:transfer": {
    prepare: async (w) => ({
      on: w.floor.ana.socket,
      payload: { clientId: fresh(), conversationId: (await w.conversation({ assigneeId: w.floor.ana.id })).id, toUserId: w.floor.tom.id, note: TRANSFER_NOTE },
    }),
  },

  "widget:hello": { prepare: async (w) => ({ on: await w.visitor(), payload: {} }) },
  // a new email each time: a known one finds its contact and stores neither name nor email
  "chat:start": { prepare: async (w) => ({ on: await w.visitor(), payload: { clientId: fresh(), name: "Casey", email: newEmail(), body: "Hello" } }) },
  "chat:send": { prepare: async (w) => ({ on: await w.visitorInChat(), payload: { clientId: fresh(), body: "Are you there?" } }) },
  "chat:history": { prepare: async (w) => ({ on: await w.visitorInChat(), payload: { afterSeq: 0 } }) },
  "chat:typing": { prepare: async (w) => ({ on: await w.visitorInChat(), payload: { typing: true } }) },
  "chat:read": { prepare: async (w) => ({ on: await w.visitorInChat(), payload: { seq: 1 } }) },
  "chat:end": { prepare: async (w) => ({ on: await w.visitorInChat(), payload: { clientId: fresh() } }) },
  "chat:rate": { prepare: async (w) => ({ on: await w.visitorAfterChat(), payload: { clientId: fresh(), score: 4, comment: "Quick and kind." } }) },
  "chat:leaveMessage": {
    prepare: async (w) => ({ on: await w.visitor(), payload: { clientId: fresh(), name: "Casey", email: newEmail(), body: "Please call me back." } }),
  },
};

const catalogs: Record<string, RequestSpec> = { ...requests, ...widgetRequests };
const events = [...Object.keys(requests), ...Object.keys(widgetRequests)] as EventName[];

/** One card number per field tried, so a number found later names the event and field it was sent in. */
interface Planted {
  source: string;
  digits: string;
  pattern: RegExp;
  /** whether the field is kept (masked, or in clear when masking fails): else finding nothing proves nothing */
  kept: boolean;
}
const planted: Planted[] = [];

function nextCardNumber(): string {
  const body = `4000${String(planted.length + 1).padStart(11, "0")}`;
  for (let check = 0; check <= 9; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error("unreachable: one check digit of ten completes any number");
}

function plant(source: string, kept: boolean): string {
  const digits = nextCardNumber();
  // in clear means the digits in order, however they are grouped
  planted.push({ source, digits, pattern: new RegExp(digits.split("").join("[ -]?")), kept });
  return digits;
}

/** The ways a person writes a card number into a field, the first one the field's schema accepts is used. */
const cardForms = (digits: string) => [digits.replace(/(\d{4})(?=\d)/g, "$1 "), digits, `${digits}@example.com`];

function cardValueFor(leaf: z.ZodType, digits: string): string | undefined {
  return cardForms(digits).find((value) => leaf.safeParse(value).success);
}

function ask(on: TestSocket | VisitorTestSocket, event: string, payload: unknown): Promise<Ack<unknown>> {
  return ((on as Socket).timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<unknown>> }).emitWithAck(event, payload);
}

describe("no card number is stored in clear, whichever field it is sent in", () => {
  const onPostgres = Boolean(process.env.DATABASE_URL);
  let dataDir: string;
  let world: World;
  let closed = false;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "sb-cards-"));
    // TRUST_PROXY: X-Forwarded-For is then read from the request, and is one more text a client sends
    const floor = await startBrandFloor({ TRUST_PROXY: true, WIDGET_CHATS_PER_HOUR_PER_ADDRESS: 1_000 }, { dataDir });
    const db = floor.server.database.db;
    const chatBrand = await aChatBrand(db, "Harbor");
    const veraUser = await aUser(db, [{ brandId: chatBrand.id, role: "agent" }], "Vera");
    const vera = { ...veraUser, socket: await floor.server.connect(await floor.server.cookieFor(veraUser.email)) };
    expect(await ask(vera.socket, "agent:setStatus", { clientId: fresh(), status: "available" })).toMatchObject({ ok: true });
    const pat = await aUser(db, [{ brandId: floor.otherBrandId, role: "agent" }], "Pat");
    const visitor = () => connectVisitor(floor.server.app.url, chatBrand.widgetKey);
    const visitorInChat = async () => {
      const socket = await visitor();
      const started = await ask(socket, "chat:start", { clientId: fresh(), body: "Hello" });
      expect(started, `chat:start: ${JSON.stringify(started)}`).toMatchObject({ ok: true });
      return socket;
    };
    world = {
      floor,
      vera,
      pat,
      chatBrand,
      conversation: (options = {}) => aConversation(db, floor.brandId, "email", options),
      visitor,
      visitorInChat,
      async visitorAfterChat() {
        const socket = await visitorInChat();
        expect(await ask(socket, "chat:end", { clientId: fresh() })).toMatchObject({ ok: true });
        return socket;
      },
    };
  });

  afterAll(async () => {
    if (!closed) await world?.floor.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("has a sample for every request of both catalogs, and the catalogs share no event name", () => {
    expect(events.filter((name) => !Object.hasOwn(samples, name))).toEqual([]);
    expect(Object.keys(requests).filter((name) => Object.hasOwn(widgetRequests, name))).toEqual([]);
  });

  it.each(events)("%s: its sample, then a card number in each free-text field", async (event) => {
    const sample = samples[event];
    if (!sample) throw new Error(`${event} has no sample: add one to samples`);
    const schema = catalogs[event]!.input;
    const fields = freeTextPaths(schema);
    const plain = await sample.prepare(world);
    const answer = await ask(plain.on, event, plain.payload);
    expect(answer, `${event} with its sample payload: ${JSON.stringify(answer)}`).toMatchObject({ ok: true });

    for (const field of fields) {
      const name = formatPath(field.path);
      const source = `${event} ${name}`;
      const refused = Boolean(sample.refuses?.[name]);
      const value = cardValueFor(field.leaf, plant(source, catalogs[event]!.kind === "action" && !refused));
      if (value === undefined) throw new Error(`${source}: no way of writing a card number passes its schema; add one to cardForms`);
      const prepared = await sample.prepare(world);
      const payload = withValueAt(prepared.payload, field.path, value);
      const valid = schema.safeParse(payload);
      if (!valid.success) throw new Error(`${source}: the sample with a card number there is refused by the schema: ${valid.error.message}`);
      const ack = await ask(prepared.on, event, payload);
      const said = `${source}: ${JSON.stringify(ack)}`;
      if (refused) expect(ack, said).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      else expect(ack, said).toMatchObject({ ok: true });
    }
    expect(Object.keys(sample.refuses ?? {}).filter((name) => !fields.some((f) => formatPath(f.path) === name))).toEqual([]);
  });

  it("POST /api/session: a card number in each field of the sign-in, and in the headers it keeps", async () => {
    const { server, ana } = world.floor;
    for (const field of freeTextPaths(Credentials)) {
      const source = `POST /api/session ${formatPath(field.path)}`;
      // the email a failed sign-in tried is audited; the password is never kept
      const value = cardValueFor(field.leaf, plant(source, formatPath(field.path) === "email"))!;
      const response = await server.signIn(...credentialsOf(withValueAt({ email: "nobody@test.example", password: "wrong" }, field.path, value)));
      expect(response.status, source).toBe(401);
    }
    const headers = {
      "user-agent": `Mozilla/5.0 ${cardForms(plant("POST /api/session user-agent", true))[0]}`,
      // not an address, so the connection's own address is kept instead
      "x-forwarded-for": cardForms(plant("POST /api/session x-forwarded-for", false))[0]!,
    };
    expect((await server.signIn(ana.email, TEST_PASSWORD, headers)).status).toBe(200);
  });

  it("finds none of the numbers in clear in any row of any table", async () => {
    const rows = await everyRowAsText(world.floor.server.database.db);
    expect(rows.some((row) => row.table === "actions")).toBe(true);
    expect(rows.some((row) => row.table === "audit_log")).toBe(true);
    const found = new Set(planted.flatMap((p) => rows.filter((row) => p.pattern.test(row.text)).map((row) => `${p.source} → table ${row.table}`)));
    expect.soft([...found]).toEqual([]);
    const lost = planted.filter((p) => p.kept && !rows.some((row) => row.text.includes(`•••• ${p.digits.slice(-4)}`) || p.pattern.test(row.text)));
    expect(lost.map((p) => `${p.source}: kept nowhere, so its sample proves nothing`)).toEqual([]);
  });

  it.skipIf(onPostgres)("finds none of them in the files of the embedded database either", async () => {
    await world.floor.server.close();
    closed = true;
    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const found = new Set<string>();
    let noteSeen = false;
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      const bytes = readFileSync(path).toString("latin1");
      noteSeen ||= bytes.includes(TRANSFER_NOTE);
      for (const p of planted) if (p.pattern.test(bytes)) found.add(`${p.source} → file ${relative(dataDir, path)}`);
    }
    // the text is there to be found: stored text reaches these files as it was written
    expect(noteSeen).toBe(true);
    expect([...found]).toEqual([]);
  });
});

function credentialsOf(payload: unknown): [string, string] {
  const { email, password } = payload as { email: string; password: string };
  return [email, password];
}
