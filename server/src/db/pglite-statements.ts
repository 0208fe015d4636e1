// Named prepared statements for PGlite. PGlite's query() parses and plans every statement again
// (it has no named statements), and on the server's one thread that was most of a request: the
// interview list's page took 7.5 ms that way and 1.4 ms as a prepared statement. This wraps
// the client Drizzle uses so that a SELECT seen before runs by name: PostgreSQL's extended
// protocol through PGlite's own protocol functions, under the same locks its query() takes.
// Transactions keep PGlite's own path (Drizzle runs them on the transaction's object).
import {
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
} from '@electric-sql/pglite';
import { isSelect, replacingMethods } from './pglite-client.js';

/** Statements kept; the least recently used is closed past this. */
export const MAX_PGLITE_STATEMENTS = 256;

interface Statement {
  name: string;
  paramTypes: number[];
}

type Message = { name: string; dataTypeIDs?: number[] };

export function withNamedStatements(client: PGlite): PGlite {
  const { serialize } = protocol;
  const statements = new Map<string, Statement>();
  let counter = 0;
  const send = (message: Uint8Array) =>
    client.execProtocolStream(message, { syncToFs: false }) as Promise<Message[]>;

  async function prepare(text: string): Promise<Statement> {
    const name = `s${++counter}`;
    await send(serialize.parse({ name, text, types: [] }));
    const described = await send(serialize.describe({ type: 'S', name }));
    const paramTypes = described.find((m) => m.name === 'parameterDescription')?.dataTypeIDs ?? [];
    return { name, paramTypes };
  }

  async function close(statement: Statement) {
    await send(serialize.close({ type: 'S', name: statement.name }));
  }

  async function run<T>(text: string, params: unknown[], options?: QueryOptions) {
    const messages: Message[] = [];
    try {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text); // re-inserted below: the map's order is recency
      } else {
        statement = await prepare(text);
        if (statements.size >= MAX_PGLITE_STATEMENTS) {
          const [oldestText, oldest] = statements.entries().next().value as [string, Statement];
          statements.delete(oldestText);
          await close(oldest);
        }
      }
      statements.set(text, statement);
      const types = statement.paramTypes;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = types[i] as number;
        const serializer = options?.serializers?.[type] ?? client.serializers[type];
        return serializer ? serializer(value) : String(value);
      });
      messages.push(...(await send(serialize.bind({ statement: statement.name, values }))));
      messages.push(...(await send(serialize.describe({ type: 'P' }))));
      messages.push(...(await send(serialize.execute({}))));
    } catch (error) {
      // A statement that failed to parse was never kept; one that failed to run stays valid.
      throw Object.assign(error as object, { query: text, params });
    } finally {
      messages.push(...(await send(serialize.sync())));
    }
    await client.syncToFs();
    return parse.parseResults(messages as never, client.parsers, options)[0] as Results<T>;
  }

  async function query<T>(text: string, params: unknown[] = [], options?: QueryOptions) {
    if (!isSelect(text)) return client.query<T>(text, params, options);
    await client._checkReady();
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(() => run<T>(text, params, options)),
    );
  }

  return replacingMethods(client, {
    query: (_original, [text, params, options]) =>
      query(text as string, params as unknown[] | undefined, options as QueryOptions | undefined),
  });
}
