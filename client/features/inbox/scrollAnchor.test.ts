import { describe, expect, it } from "vitest";
import { anchoredScrollTop } from "./scrollAnchor.ts";

const H = 60;
const ids = (...n: number[]) => n.map(String);

describe("anchoredScrollTop", () => {
  it("stays at the top so new arrivals show", () => {
    expect(anchoredScrollTop(ids(1, 2, 3), ids(0, 1, 2, 3), 0, H)).toBe(0);
  });

  it("moves down by the rows added above the first visible row", () => {
    // row 3 at the top of the viewport, 10 px scrolled into it
    expect(anchoredScrollTop(ids(1, 2, 3, 4), ids(8, 9, 1, 2, 3, 4), 2 * H + 10, H)).toBe(4 * H + 10);
  });

  it("moves up by the rows dropped above it", () => {
    expect(anchoredScrollTop(ids(1, 2, 3, 4), ids(2, 3, 4), 2 * H, H)).toBe(1 * H);
  });

  it("ignores changes below it", () => {
    expect(anchoredScrollTop(ids(1, 2, 3, 4), ids(1, 2, 3, 9, 4), 2 * H, H)).toBe(2 * H);
  });

  it("holds on to the next surviving row when the first visible one leaves", () => {
    // row 3 (top of the viewport) moved away; row 4 was one row below the top and stays there
    expect(anchoredScrollTop(ids(1, 2, 3, 4, 5), ids(0, 1, 2, 4, 5, 3), 2 * H, H)).toBe(2 * H);
    expect(anchoredScrollTop(ids(1, 2, 3, 4, 5), ids(1, 4, 5), 2 * H, H)).toBe(0);
  });

  it("keeps the offset when nothing it showed survived", () => {
    expect(anchoredScrollTop(ids(1, 2, 3), ids(7, 8, 9), H, H)).toBe(H);
  });
});
