/** Value of an expression in Reverse Polish Notation; division truncates toward zero. */
export function evalRPN(tokens: string[]): number {
  const stack: number[] = [];
  const apply: Record<string, (a: number, b: number) => number> = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    '/': (a, b) => {
      const q = Math.trunc(a / b);
      return q === 0 ? 0 : q; // avoid -0 from e.g. -1 / 2
    },
  };
  for (const token of tokens) {
    const op = apply[token];
    if (op === undefined) {
      stack.push(Number(token));
      continue;
    }
    // The right operand is on top: "4 2 -" means 4 - 2.
    const b = stack.pop();
    const a = stack.pop();
    if (a === undefined || b === undefined) throw new Error(`not enough operands for ${token}`);
    stack.push(op(a, b));
  }
  if (stack.length !== 1) throw new Error('malformed expression');
  return stack[0] as number;
}
