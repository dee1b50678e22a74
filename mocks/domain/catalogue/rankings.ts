/**
 * Ranks titles by a count, highest first; equal counts share a rank and the next rank skips
 * (1, 2, 2, 4), as library bestseller lists print them. Ties are listed by title id for a stable
 * order. At most `limit` titles, but a tie at the edge is kept whole.
 */
export function rankByCount(counts: ReadonlyMap<string, number>, limit: number): { titleId: string; count: number; rank: number }[] {
  const sorted = [...counts].filter(([, count]) => count > 0).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const ranked: { titleId: string; count: number; rank: number }[] = [];
  for (const [index, [titleId, count]] of sorted.entries()) {
    const previous = ranked[index - 1];
    const rank = previous && previous.count === count ? previous.rank : index + 1;
    if (index >= limit && rank !== previous?.rank) break;
    ranked.push({ titleId, count, rank });
  }
  return ranked;
}
