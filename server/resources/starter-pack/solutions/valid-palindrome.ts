/** True when s reads the same both ways, ignoring case and non-alphanumeric characters. */
export function isPalindrome(s: string): boolean {
  const isAlphanumeric = (c: string) => /[a-z0-9]/i.test(c);
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    // Skip punctuation and spaces from both ends without building a cleaned copy.
    if (!isAlphanumeric(s.charAt(i))) i++;
    else if (!isAlphanumeric(s.charAt(j))) j--;
    else if (s.charAt(i).toLowerCase() !== s.charAt(j).toLowerCase()) return false;
    else {
      i++;
      j--;
    }
  }
  return true;
}
