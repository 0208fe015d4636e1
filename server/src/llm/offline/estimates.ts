// Back-of-envelope estimates from the numbers a question states ("50k requests per second",
// "10M daily active users", "2 KB per message"). The offline engine puts these in place of
// a generic example, so the arithmetic is about the user's system, and says which figures are
// assumptions.

export type Period = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Quantity {
  /** As written in the question: "50k requests per second". */
  text: string;
  value: number;
  /** What is counted: "requests", "daily active users", "messages". */
  noun: string;
  per: Period | undefined;
  /** Bytes, for a size ("2 KB per message", "5 TB of data"). */
  bytes: number | undefined;
}

const SECONDS: Record<Period, number> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
  year: 31_536_000,
};

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const BYTES: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
};

const PERIOD_NAMES: [RegExp, Period][] = [
  [/^(s|secs?|seconds?)$/, 'second'],
  [/^(mins?|minutes?)$/, 'minute'],
  [/^(h|hrs?|hours?)$/, 'hour'],
  [/^(d|days?)$/, 'day'],
  [/^(w|wks?|weeks?)$/, 'week'],
  [/^(mo|months?)$/, 'month'],
  [/^(y|yrs?|years?)$/, 'year'],
];
const ADVERBS: Record<string, Period> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year',
};

const periodOf = (word: string): Period | undefined =>
  PERIOD_NAMES.find(([pattern]) => pattern.test(word.toLowerCase()))?.[1];

const NUMBER =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|mm|mn|m|bn|b|t|thousand|millions?|billions?|trillion)?\b\s*(tb|gb|mb|kb|pb|bytes?)?(?![\w])/gi;

// Words that end the noun after a number: "50k requests per second", "2 KB messages from".
const NOUN =
  /^\s*((?:of\s+)?[a-z][\w-]*(?:\s+(?!(?:per|a|an|each|every|in|at|with|and|to|from|for|that|which|on|or|across|over|under|into|is|are|by)\b)(?:of\s+)?[a-z][\w-]*){0,3})/i;
const PER = /^\s*(?:\/\s*|(?:per|a|an|each|every)\s+)([a-z]+)\b/i;
const RATE_UNITS: Record<string, Period> = { rps: 'second', qps: 'second', tps: 'second' };

/** The quantities a question states, in the order it states them. Years and versions are not. */
export function statedQuantities(question: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of question.matchAll(NUMBER)) {
    const [whole, digits = '', scale, unit] = match;
    const start = match.index ?? 0;
    // "HTTP/2", "v3", "p99", "HTTP 1.1": not quantities to estimate with.
    if (/[a-z/]$/i.test(question.slice(Math.max(0, start - 1), start))) continue;
    if (
      /\b(http|version|v|ipv|python|java|es|node|step|phase|top|o)\s*$/i.test(
        question.slice(0, start),
      )
    )
      continue;
    const base = Number(digits.replaceAll(',', ''));
    if (!Number.isFinite(base) || base === 0) continue;
    if (!scale && !unit && base >= 1900 && base <= 2100) continue;
    let rest = question.slice(start + whole.trimEnd().length);
    if (/^\s*(x|×|%|percent|times|nines?)\b/i.test(rest) || /^(x|%)/i.test(rest)) continue;
    const value = base * (scale ? (MULTIPLIERS[scale.toLowerCase()] ?? 1) : 1);
    const bytes = unit ? value * (BYTES[unit.toLowerCase()] ?? 1) : undefined;

    const nounMatch = rest.match(NOUN);
    // A verb ends the noun: "10M daily active users sending messages".
    const nounWords = (nounMatch?.[1] ?? '')
      .replace(/^of\s+/i, '')
      .toLowerCase()
      .split(/\s+/);
    const verbAt = nounWords.findIndex((word, i) => i > 0 && /ing$|ed$/.test(word));
    let noun = (verbAt > 0 ? nounWords.slice(0, verbAt) : nounWords).join(' ');
    const nounLength = nounMatch?.[0]
      ? verbAt > 0
        ? (nounMatch[0].match(
            new RegExp(`^\\s*(?:of\\s+)?${nounWords.slice(0, verbAt).join('\\s+')}`, 'i'),
          )?.[0].length ?? nounMatch[0].length)
        : nounMatch[0].length
      : 0;
    rest = rest.slice(nounLength);
    let per: Period | undefined;
    const perMatch = rest.match(PER);
    if (perMatch && periodOf(perMatch[1] ?? '')) {
      per = periodOf(perMatch[1] ?? '');
      rest = rest.slice(perMatch[0].length);
    }
    const rateUnit = Object.keys(RATE_UNITS).find((u) => new RegExp(`\\b${u}\\b`).test(noun));
    if (!per && rateUnit) {
      per = RATE_UNITS[rateUnit];
      noun = noun.replace(new RegExp(`\\b${rateUnit}\\b`), 'requests').trim();
    }
    // "every 10 seconds": an interval, turning the count before it into a rate.
    const interval = periodOf(noun.split(' ')[0] ?? '');
    if (/\bevery\s*$/i.test(question.slice(0, start)) && interval) {
      const previous = found.at(-1);
      if (previous && !previous.per) {
        previous.value = previous.value / (base * SECONDS[interval]);
        previous.per = 'second';
        previous.noun = `reports (one per ${previous.noun.replace(/s$/, '') || 'source'})`;
        previous.text = `${previous.text} every ${whole.trim()} ${noun}`;
      }
      continue;
    }
    if (interval && !per) continue; // "in 10 seconds", "within 200 ms": a target, not a load
    const adverb = noun.split(' ')[0] ?? '';
    const active = /\b(active|dau|mau)\b/.test(noun);
    if (!per && ADVERBS[adverb] && !active) {
      per = ADVERBS[adverb];
      noun = noun.split(' ').slice(1).join(' ');
    }
    if (!scale && !unit && !per && base < 100) continue;
    const text = question
      .slice(start, question.length - rest.length)
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ text, value, noun: noun.trim(), per, bytes });
  }
  return found;
}

const round = (n: number) => {
  if (n >= 100) return Math.round(n);
  if (n >= 10) return Math.round(n * 10) / 10;
  return Math.round(n * 100) / 100;
};

/** 4,320,000,000 → "4.3 billion"; 65,000 → "65,000". */
export function humanNumber(n: number): string {
  if (n >= 1e12) return `${round(n / 1e12)} trillion`;
  if (n >= 1e9) return `${round(n / 1e9)} billion`;
  if (n >= 1e6) return `${round(n / 1e6)} million`;
  return round(n).toLocaleString('en-US');
}

export function humanBytes(n: number): string {
  const units: [number, string][] = [
    [1e15, 'PB'],
    [1e12, 'TB'],
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'KB'],
  ];
  for (const [size, unit] of units) if (n >= size) return `${round(n / size)} ${unit}`;
  return `${Math.round(n)} bytes`;
}

const REQUEST_LIKE =
  /\b(requests?|queries|calls?|writes?|reads?|messages?|events?|transactions?|clicks?|lookups?|redirects?|uploads?|checks?|reports?|urls?|orders?|payments?|notifications?)\b/;

const isUsers = (q: Quantity) =>
  /\b(users?|dau|mau|customers?|members?|people|subscribers?|accounts?|drivers?|riders?|players?)\b/.test(
    q.noun,
  );

/**
 * Estimate lines for the stated quantities, or none when the question states no numbers.
 * Each line names its assumption; the stated figures are quoted as written.
 */
export function estimateLines(question: string): string[] {
  const quantities = statedQuantities(question);
  if (quantities.length === 0) return [];
  const lines: string[] = [];
  const rates = quantities.filter((q) => q.per && !q.bytes);
  const users = quantities.find((q) => isUsers(q) && !q.bytes);
  const sizes = quantities.filter((q) => q.bytes !== undefined);

  for (const rate of rates) {
    const perSecond = rate.value / SECONDS[rate.per as Period];
    const noun = rate.noun || 'events';
    lines.push(
      `**${rate.text}** (stated) = ${humanNumber(perSecond)} ${noun}/s on average, ` +
        `${humanNumber(perSecond * 86_400)} a day, ${humanNumber(perSecond * SECONDS.month)} a month.`,
    );
    const peak = perSecond * 3;
    lines.push(
      `If that is the average, plan for a peak about 3x higher (${humanNumber(peak)}/s); if it is already the peak, add ~30% headroom (${humanNumber(perSecond * 1.3)}/s).`,
    );
    const perNode = 5_000;
    if (REQUEST_LIKE.test(noun) && perSecond >= 1_000) {
      const nodes = Math.ceil((perSecond * 1.3) / perNode);
      lines.push(
        `At an assumed ${perNode.toLocaleString('en-US')} ${noun}/s per stateless instance, that is ${nodes} instance${nodes === 1 ? '' : 's'} for the headroom figure, spread over at least two zones.`,
      );
    }
  }

  if (users && !users.per) {
    const actions = 20;
    const monthly = /\b(monthly|mau)\b/.test(users.noun);
    const daily = monthly ? users.value / 2 : users.value;
    const perSecond = (daily * actions) / 86_400;
    lines.push(
      `**${users.text}** (stated)${monthly ? `: assume half are active on a given day, ${humanNumber(daily)} daily users;` : ':'} at an assumed ${actions} requests per user per day, ${humanNumber(daily * actions)} requests a day = ${humanNumber(perSecond)}/s on average and ~${humanNumber(perSecond * 3)}/s at a 3x peak.`,
    );
    if (sizes.length === 0) {
      lines.push(
        `If each daily user writes one 1 KB record a day: ${humanBytes(daily * 1_000)} a day, ${humanBytes(daily * 1_000 * 365)} a year, ${humanBytes(daily * 1_000 * 365 * 3)} with 3 replicas.`,
      );
    }
  }

  for (const size of sizes) {
    const bytes = size.bytes as number;
    const countPerDay = rates[0]
      ? (rates[0].value / SECONDS[rates[0].per as Period]) * 86_400
      : users
        ? (/\b(monthly|mau)\b/.test(users.noun) ? users.value / 2 : users.value) * 20
        : undefined;
    if (size.per) {
      lines.push(
        `**${size.text}** (stated) = ${humanBytes((bytes / SECONDS[size.per]) * 86_400)} a day, ${humanBytes((bytes / SECONDS[size.per]) * SECONDS.year)} a year before replication.`,
      );
    } else if (countPerDay !== undefined && bytes < 1e8) {
      lines.push(
        `**${size.text}** (stated) x ${humanNumber(countPerDay)} a day = ${humanBytes(bytes * countPerDay)} a day, ${humanBytes(bytes * countPerDay * 365)} a year, ${humanBytes(bytes * countPerDay * 365 * 3)} with 3 replicas.`,
      );
    } else {
      lines.push(
        `**${size.text}** (stated): at 3 replicas that is ${humanBytes(bytes * 3)} of raw disk; at ~2 TB usable per node, about ${Math.max(1, Math.ceil((bytes * 3) / 2e12))} storage nodes before growth.`,
      );
    }
  }

  const counts = quantities.filter((q) => !q.per && !q.bytes && q !== users && q.value >= 10);
  for (const count of counts) {
    lines.push(
      `**${count.text}** (stated): size every per-item cost against this figure, e.g. at 1 KB of metadata each, ${humanBytes(count.value * 1_000)} in all.`,
    );
  }
  if (lines.length > 0) {
    lines.push(
      'Say which figures you were given and which you assumed, and redo the arithmetic out loud if the interviewer changes them.',
    );
  }
  return lines;
}
