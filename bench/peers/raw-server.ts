/**
 * The raw Cypher floor of bench:peers: node:http and neo4j-driver, one hand-written statement per
 * operation (cypher/bench/), answering JSON of this API's shape. GET /<operation name>.
 * NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, PORT.
 */
import { createServer } from 'node:http';
import { Database } from '../../src/neo4j/database.ts';
import { operations } from './operations.ts';

const db = new Database(
  {
    uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: 'neo4j',
  },
  { queryTimeoutMs: 60_000 },
);
const byPath = new Map(operations.map((op) => [`/${encodeURIComponent(op.name)}`, op.raw]));

const server = createServer(async (request, response) => {
  const raw = byPath.get(request.url ?? '');
  if (raw === undefined) {
    response.writeHead(404).end();
    return;
  }
  const body = JSON.stringify({ data: await raw.answer(db) });
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => db.close().then(() => process.exit(0))));
