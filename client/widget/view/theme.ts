import type { WidgetConfig } from "../../../shared/schemas/chat.ts";
import { parseHexColor, textColorOn } from "../contrast.ts";

/**
 * The brand's colours as custom properties on the widget's root, each with the text colour that reads on it.
 * Set through the CSSOM, which a strict Content-Security-Policy on the host page allows (a style attribute is not).
 */
export function applyBrandTheme(root: HTMLElement, brand: WidgetConfig["brand"]): void {
  for (const [name, color] of [["brand", brand.color], ["accent", brand.accentColor]] as const) {
    // a colour the widget cannot read keeps the neutral default rather than an unreadable pair
    if (!parseHexColor(color)) continue;
    root.style.setProperty(`--sb-${name}`, color);
    root.style.setProperty(`--sb-on-${name}`, textColorOn(color));
  }
}
