import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { conversationId } from "../../../shared/testing/builders.ts";
import { fakeRequest, ok } from "../../testing/fakeRequest.ts";
import { createReadMarker } from "./readMarker.ts";

const id = conversationId(1);
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(visible = { value: true }) {
  const fake = fakeRequest({ "conversation:markRead": (input) => ok({ conversationId: id, lastReadSeq: input.seq }) });
  const applied: number[] = [];
  const marker = createReadMarker(id, { request: fake.request, applyRead: (_id, seq) => applied.push(seq), visible: () => visible.value, initialSeq: 3 });
  return { fake, marker, applied, visible };
}

it("marks the newest seq seen, once things settle", async () => {
  const { fake, marker, applied } = setup();
  marker.seen(4);
  marker.seen(6);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(fake.callsOf("conversation:markRead")).toEqual([{ conversationId: id, seq: 6 }]);
  expect(applied).toEqual([6]);
});

it("does not mark what the agent had already read", async () => {
  const { fake, marker } = setup();
  marker.seen(3);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(fake.calls).toEqual([]);
});

it("waits until the page is visible", async () => {
  const { fake, marker, visible } = setup({ value: false });
  marker.seen(5);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(fake.calls).toEqual([]);
  visible.value = true;
  marker.visible();
  await vi.advanceTimersByTimeAsync(0);
  expect(fake.callsOf("conversation:markRead")).toEqual([{ conversationId: id, seq: 5 }]);
});
