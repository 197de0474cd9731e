/**
 * A brand's SVG logo as an image URL. Shown through <img>, an SVG cannot run scripts or reach the page,
 * which is why the markup is never put into the DOM directly.
 */
export function logoDataUrl(logoSvg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(logoSvg)}`;
}
