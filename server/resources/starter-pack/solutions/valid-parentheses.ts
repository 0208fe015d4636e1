/** True when every bracket in s is closed by the same type in the right order. O(n). */
export function isValid(s: string): boolean {
  const opening: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const c of s) {
    const expected = opening[c];
    if (expected === undefined) {
      stack.push(c); // an opening bracket waits for its partner
    } else if (stack.pop() !== expected) {
      return false; // wrong type, or nothing left to close
    }
  }
  return stack.length === 0; // anything left open is unbalanced
}
