import { describe, expect, it } from "vitest";
import { contrastRatio, DARK_TEXT, LIGHT_TEXT, parseHexColor, textColorOn } from "./contrast.ts";

describe("textColorOn", () => {
  it.each([
    ["#0F766E", LIGHT_TEXT],
    ["#C2410C", LIGHT_TEXT],
    ["#1E3A8A", LIGHT_TEXT],
    ["#FACC15", DARK_TEXT],
    ["#ffffff", DARK_TEXT],
    ["#000", LIGHT_TEXT],
    ["#5EEAD4", DARK_TEXT],
  ])("on %s uses %s", (background, text) => {
    expect(textColorOn(background)).toBe(text);
  });

  it("meets WCAG AA for normal text on the demo brands' colours", () => {
    for (const brand of ["#0F766E", "#155E75", "#C2410C", "#9D174D", "#1E3A8A", "#1D4ED8"]) {
      expect(contrastRatio(brand, textColorOn(brand)), brand).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("parseHexColor", () => {
  it("reads short and long hex", () => {
    expect(parseHexColor("#fff")).toEqual([255, 255, 255]);
    expect(parseHexColor(" #0F766E ")).toEqual([15, 118, 110]);
  });
  it("refuses anything else, so nothing odd reaches a style", () => {
    for (const value of ["red", "#12345", "rgb(0,0,0)", "#0F766E;background:url(x)", ""]) expect(parseHexColor(value)).toBeNull();
  });
});
