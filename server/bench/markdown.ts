// Markdown tables laid out the way Biome formats them (columns padded to one width, alignment
// in the rule), so a results file the bench writes passes `npm run lint` as written.

/** `l`: left-aligned text; `r`: right-aligned figures. */
export type Align = 'l' | 'r';

export function table(header: string[], align: Align[], rows: string[][]): string[] {
  const widths = header.map((title, i) =>
    Math.max(3, title.length, ...rows.map((cells) => (cells[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${widths
      .map((width, i) =>
        align[i] === 'r' ? (cells[i] ?? '').padStart(width) : (cells[i] ?? '').padEnd(width),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, i) => (align[i] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)];
}

/** Joins blocks of lines with one blank line between them and a final newline, as Biome does. */
export const document = (blocks: string[][]): string =>
  `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
