/** Fewest coins (unlimited supply of each) that sum to amount, or -1. O(amount * coins). */
export function coinChange(coins: number[], amount: number): number {
  // fewest[a] = fewest coins making a; Infinity while a is unreachable.
  const fewest = new Array<number>(amount + 1).fill(Number.POSITIVE_INFINITY);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) {
      // Optimal substructure: the last coin is some c, and the rest is an optimal a - c.
      if (coin <= a) fewest[a] = Math.min(fewest[a] as number, (fewest[a - coin] as number) + 1);
    }
  }
  const best = fewest[amount] as number;
  return best === Number.POSITIVE_INFINITY ? -1 : best;
}
