interface ListNode {
  val: number;
  next: ListNode | null;
}

/** Splices two sorted lists into one sorted list, reusing their nodes. O(m + n), O(1) space. */
export function merge(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy: ListNode = { val: 0, next: null }; // avoids special-casing the first node
  let tail = dummy;
  while (a && b) {
    // Taking from a on ties keeps the merge stable.
    if (a.val <= b.val) {
      tail.next = a;
      tail = a;
      a = a.next;
    } else {
      tail.next = b;
      tail = b;
      b = b.next;
    }
  }
  tail.next = a ?? b; // one list is exhausted; attach the rest of the other in O(1)
  return dummy.next;
}

/** Array in, array out: builds both lists, merges them, and reads the result back. */
export function mergeTwoLists(first: number[], second: number[]): number[] {
  return toArray(merge(fromArray(first), fromArray(second)));
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
