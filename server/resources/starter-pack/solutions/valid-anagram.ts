/** True when t is a rearrangement of s (same characters, same counts). O(n) time. */
export function isAnagram(s: string, t: string): boolean {
  if (s.length !== t.length) return false; // cheap early exit
  const balance = new Map<string, number>(); // +1 for each character of s, -1 for each of t
  for (const c of s) balance.set(c, (balance.get(c) ?? 0) + 1);
  for (const c of t) {
    const left = balance.get(c) ?? 0;
    if (left === 0) return false; // t uses c more often than s does
    balance.set(c, left - 1);
  }
  return true; // equal lengths and no overdraft means every count is back to zero
}
