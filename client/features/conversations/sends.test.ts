import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../../../shared/schemas/timeline.ts";
import { anItem, conversationId } from "../../../shared/testing/builders.ts";
import { fakeRequest, ok, refused } from "../../testing/fakeRequest.ts";
import { CONFLICT_MESSAGE, createSends } from "./sends.ts";

const id = conversationId(1);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(answers: Array<() => ReturnType<typeof ok<TimelineItem>> | ReturnType<typeof refused>>) {
  let n = 0;
  const fake = fakeRequest({
    "timeline:append": (input) => (answers.shift() ?? (() => ok(anItem(9, { clientId: input.clientId as string }))))(),
  });
  const delivered: TimelineItem[] = [];
  const sends = createSends(id, { request: fake.request, delivered: (item) => delivered.push(item), newClientId: () => `id-${++n}` });
  return { fake, sends, delivered };
}

const reply = { kind: "message" as const, body: "Your engineer is booked.", mentions: [], ifNoReplySince: 4 };

describe("sends", () => {
  it("shows a reply as sending until acknowledged, then hands the item to the timeline", async () => {
    const { fake, sends, delivered } = setup([]);
    sends.send(reply);
    expect(sends.sends()).toMatchObject([{ clientId: "id-1", state: "sending" }]);
    await flush();
    expect(sends.sends()).toEqual([]);
    expect(delivered.map((item) => item.clientId)).toEqual(["id-1"]);
    expect(fake.callsOf("timeline:append")[0]).toEqual({
      clientId: "id-1",
      conversationId: id,
      kind: "message",
      body: "Your engineer is booked.",
      mentions: [],
      ifNoReplySince: 4,
    });
  });

  it("shows why it failed, and retries with the same clientId", async () => {
    const { fake, sends } = setup([() => refused("timeout", "Switchboard did not answer within 10 s.")]);
    sends.send(reply);
    await flush();
    expect(sends.sends()).toMatchObject([{ state: "failed", problem: "Switchboard did not answer within 10 s." }]);
    sends.retry("id-1");
    await flush();
    expect(sends.sends()).toEqual([]);
    expect(fake.callsOf("timeline:append").map((call) => call.clientId)).toEqual(["id-1", "id-1"]);
  });

  it("warns on a collision, and sends anyway without the guard, as a new action", async () => {
    const { fake, sends } = setup([() => refused("conflict")]);
    sends.send(reply);
    await flush();
    expect(sends.sends()).toMatchObject([{ state: "conflict", problem: CONFLICT_MESSAGE }]);
    sends.sendAnyway("id-1");
    await flush();
    const second = fake.callsOf("timeline:append")[1];
    expect(second?.clientId).toBe("id-2");
    expect(second).not.toHaveProperty("ifNoReplySince");
    expect(sends.sends()).toEqual([]);
  });

  it("settles when the pushed item arrives before the acknowledgement", () => {
    const { sends } = setup([]);
    const clientId = sends.send(reply);
    sends.settle(anItem(9, { clientId }));
    expect(sends.sends()).toEqual([]);
  });

  it("gives the text back when discarded", async () => {
    const { sends } = setup([() => refused("forbidden", "You no longer work for this brand.")]);
    sends.send(reply);
    await flush();
    expect(sends.discard("id-1")?.body).toBe("Your engineer is booked.");
    expect(sends.sends()).toEqual([]);
  });

  it("says when the sends on their way have settled, and how many were committed", async () => {
    const { sends } = setup([() => refused("invalid_input", "Too long"), () => ok(anItem(9, { clientId: "id-2" }))]);
    sends.send(reply);
    sends.send({ ...reply, kind: "note" });
    expect(await sends.settled()).toBe(1);
    expect(await sends.settled()).toBe(0);
  });
});
