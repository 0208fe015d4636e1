/** Best profit from one buy followed by one later sell (0 if prices only fall). O(n), O(1). */
export function maxProfit(prices: number[]): number {
  let cheapest = Number.POSITIVE_INFINITY; // lowest price seen so far: the best day to have bought
  let best = 0;
  for (const price of prices) {
    // Selling today is best paired with the cheapest earlier day.
    best = Math.max(best, price - cheapest);
    cheapest = Math.min(cheapest, price);
  }
  return best;
}
