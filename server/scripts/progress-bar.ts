// A progress bar on stderr, shared by the bench's seed and the import/export commands; one
// line per tenth when stderr is not a terminal (CI logs).

/** Returns `advance(step)`: call it with how many more items are done. */
export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastTenth = -1;
  return (step: number) => {
    done += step;
    const share = total === 0 ? 1 : Math.min(1, done / total);
    const bar = `${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}`;
    const line = `${label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    if (tty) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
    else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}
