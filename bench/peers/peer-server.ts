/**
 * The peer of bench:peers: @neo4j/graphql over the same Neo4j (typeDefs.graphql maps the same
 * labels, relationship types and properties), served by graphql-yoga on node:http, as people
 * who pick the generated API would run it. NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, PORT.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
const typeDefs = readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: 'warn',
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => driver.close().then(() => process.exit(0))));
