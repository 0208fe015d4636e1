// A wall-clock date and time in an IANA timezone, as the instant it names. Rounds store their
// time as the interviewer said it ("14:00 Europe/Paris"); the feed sends UTC instants, which
// every calendar app shows in its user's own zone without needing a VTIMEZONE block.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
  return wall - (instant - (instant % 1000));
}

/** True when the name is a timezone this runtime knows. */
export const isKnownTimeZone = (timeZone: string) => formatterFor(timeZone) !== undefined;

/**
 * The instant at which the clocks of `timeZone` show `date` `time` (YYYY-MM-DD, HH:MM[:SS]).
 * An unknown zone counts as UTC. In a spring-forward gap the later offset wins.
 */
export function zonedInstant(date: string, time: string, timeZone: string | null): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss);
  const formatter = formatterFor(timeZone || 'UTC');
  if (!formatter) return new Date(wall);
  const first = wall - offsetAt(formatter, wall);
  const second = wall - offsetAt(formatter, first);
  return new Date(second);
}
