/**
 * Keeping the list still under the agent's eyes while pushes add, move and drop rows above what they are reading.
 * Rows have one fixed height, so a row's offset is its index times that height.
 */

/**
 * The scroll offset after the rows changed from `before` to `after` (ids in order) that keeps the first row on
 * screen at the same place in the viewport. A row that left, or moved (it no longer has either neighbour it had),
 * is what changed, not what the agent holds on to: the nearest steady row below it anchors instead. At the very top
 * the list stays at the top, so that new arrivals there are seen.
 */
export function anchoredScrollTop(before: readonly string[], after: readonly string[], scrollTop: number, rowHeight: number): number {
  if (scrollTop <= 0 || before.length === 0) return scrollTop;
  const firstVisible = Math.floor(scrollTop / rowHeight);
  const positions = new Map(after.map((id, index) => [id, index]));
  for (let index = firstVisible; index < before.length; index++) {
    const now = positions.get(before[index] as string);
    if (now === undefined) continue;
    const steady = after[now - 1] === before[index - 1] || after[now + 1] === before[index + 1];
    if (!steady) continue;
    const screenOffset = index * rowHeight - scrollTop;
    return Math.max(0, now * rowHeight - screenOffset);
  }
  return scrollTop;
}
