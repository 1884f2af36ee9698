// Creates a PGlite data folder in a process of its own: PostgreSQL's initdb needs several hundred MB
// for a few seconds, which the bot's long-running process then never has to hold.
// Usage: node src/store/pglite-init.mjs <dir> <postgresql.conf line>…
import { PGlite } from '@electric-sql/pglite';

const [dir, ...conf] = process.argv.slice(2);
const db = new PGlite(dir, { postgresqlconf: conf });
await db.waitReady;
await db.close();
