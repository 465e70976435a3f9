/**
 * npm run neo4j:install | neo4j:start | neo4j:stop | neo4j:status
 * Manages the local Neo4j that `npm start` uses, independently of the service: a server started
 * here keeps running until neo4j:stop, and `npm start` reuses it.
 */
import { loadConfig } from '../config.ts';
import { resolveClasspath } from '../neo4j/local/classpath.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../neo4j/local/server.ts';
import { requireJava } from '../neo4j/local/toolchain.ts';
import { UserError } from '../user-error.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig(process.env);
  if (config.neo4j.kind !== 'managed') {
    say(`NEO4J_URI is set (${config.neo4j.uri}): the service uses that server, not a local one.`);
    return command === 'status' ? 0 : 1;
  }
  const instance = { ...config.neo4j, onProgress: say };
  switch (command) {
    case 'install': {
      await requireJava();
      const jars = (await resolveClasspath(say)).split(':').length;
      say(`The Neo4j server jars are in place (${jars} jars).`);
      return 0;
    }
    case 'start': {
      const server = await startLocalNeo4j(instance, { standalone: true });
      say(`Neo4j is running: ${server.uri} (user ${server.username}, pid ${server.pid}).`);
      say(`Its password is in ${instance.home}/password.`);
      return 0;
    }
    case 'stop':
      say((await stopLocalNeo4j(instance.home)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const status = await localNeo4jStatus(instance.home);
      say(
        status.running
          ? `Neo4j is running: bolt://127.0.0.1:${status.boltPort}, pid ${status.pid}${status.ready ? '' : ' (starting)'}.`
          : 'Neo4j is not running.',
      );
      return status.running ? 0 : 3;
    }
    default:
      say('usage: neo4j.ts install | start | stop | status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  },
);
