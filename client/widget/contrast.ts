/**
 * Text on the brand's colours: white or near-black, whichever contrasts more (WCAG 2 relative luminance), so that
 * any brand colour an admin picks stays readable on the launcher, the header and the visitor's bubbles.
 */
export const LIGHT_TEXT = "#ffffff";
export const DARK_TEXT = "#111827";

/** "#rgb" or "#rrggbb" as 0–255 channels; null for anything else. */
export function parseHexColor(value: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [a, b].map((c) => relativeLuminance(parseHexColor(c) ?? [0, 0, 0])) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function textColorOn(background: string): string {
  return contrastRatio(background, LIGHT_TEXT) >= contrastRatio(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}
