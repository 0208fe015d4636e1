import { PGlite } from '@electric-sql/pglite';

const rss = () => Math.round(process.memoryUsage().rss / 1048576);
console.log('start', rss());
const pg = await PGlite.create(process.argv[2] ?? 'memory://');
console.log('pglite', rss());
await pg.query('select 1');
console.log('query', rss());
