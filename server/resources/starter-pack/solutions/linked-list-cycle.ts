interface ListNode {
  val: number;
  next: ListNode | null;
}

/** Floyd's tortoise and hare: the node where the cycle begins, or null if the list ends. */
export function cycleStart(head: ListNode | null): ListNode | null {
  let slow = head;
  let fast = head;
  while (fast?.next) {
    slow = (slow as ListNode).next; // slow is behind fast, so it is never null here
    fast = fast.next.next;
    if (slow === fast) {
      // Head-to-entry distance equals meeting-point-to-entry distance (mod the cycle length).
      let fromHead = head as ListNode;
      let fromMeeting = slow as ListNode;
      while (fromHead !== fromMeeting) {
        fromHead = fromHead.next as ListNode;
        fromMeeting = fromMeeting.next as ListNode;
      }
      return fromHead;
    }
  }
  return null;
}

/** Builds a list whose tail links to index pos (-1: no cycle); returns the cycle's start index or -1. */
export function detectCycle(values: number[], pos: number): number {
  const nodes: ListNode[] = values.map((val) => ({ val, next: null }));
  nodes.forEach((node, i) => {
    node.next = nodes[i + 1] ?? null;
  });
  const tail = nodes[nodes.length - 1];
  if (tail && pos >= 0) tail.next = nodes[pos] ?? null;
  const start = cycleStart(nodes[0] ?? null);
  return start ? nodes.indexOf(start) : -1;
}
