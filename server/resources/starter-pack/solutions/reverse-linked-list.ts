interface ListNode {
  val: number;
  next: ListNode | null;
}

/** Reverses a singly linked list in place and returns the new head. O(n) time, O(1) space. */
export function reverse(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  let current = head;
  while (current) {
    const next = current.next; // save it before the link is overwritten
    current.next = prev;
    prev = current;
    current = next;
  }
  return prev;
}

/** Array in, array out: builds the list, reverses it, and reads it back. */
export function reverseList(values: number[]): number[] {
  return toArray(reverse(fromArray(values)));
}

function fromArray(values: number[]): ListNode | null {
  let head: ListNode | null = null;
  for (let i = values.length - 1; i >= 0; i--) head = { val: values[i] as number, next: head };
  return head;
}

function toArray(head: ListNode | null): number[] {
  const values: number[] = [];
  for (let node = head; node; node = node.next) values.push(node.val);
  return values;
}
