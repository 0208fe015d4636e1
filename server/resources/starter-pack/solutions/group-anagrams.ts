/** Groups words that are anagrams of each other; groups and words keep first-seen order. */
export function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<string, string[]>(); // letter-count signature -> words
  for (const word of words) {
    const counts = new Array<number>(26).fill(0);
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97; // input is lowercase a-z
      counts[letter] = (counts[letter] ?? 0) + 1;
    }
    // The separator matters: without it, counts [1, 11] and [11, 1] would collide.
    const key = counts.join(',');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()]; // a Map iterates in insertion order, so output is deterministic
}
