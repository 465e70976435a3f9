import { spawn } from 'node:child_process';
import { UserError } from '../../user-error.ts';

/** Said whenever the managed Neo4j cannot be had on this machine. */
export const alternatives =
  'Alternatives: run `docker compose up` (Neo4j in a container), or set NEO4J_URI ' +
  '(with NEO4J_USERNAME and NEO4J_PASSWORD) to an existing Neo4j 5 server.';

export class LocalNeo4jError extends UserError {
  override name = 'LocalNeo4jError';
}

export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion, collecting stdout and stderr; rejects only when it cannot start. */
export function run(
  command: string,
  args: readonly string[],
  { onLine, env }: { onLine?: (line: string) => void; env?: Record<string, string> } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    let pending = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (onLine === undefined) return;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Checks that `java` is Java 17 or later, which Neo4j 5.26 needs. */
export async function requireJava(): Promise<void> {
  let result: CommandResult;
  try {
    result = await run('java', ['-version']);
  } catch (error) {
    if (missing(error)) {
      throw new LocalNeo4jError(
        `Java is not installed: the managed Neo4j needs Java 17 or 21 on the PATH. ${alternatives}`,
      );
    }
    throw error;
  }
  const major = Number(/version "(\d+)/.exec(result.output)?.[1]);
  if (!(major >= 17)) {
    throw new LocalNeo4jError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} is too old: the managed Neo4j needs Java 17 or 21. ${alternatives}`,
    );
  }
}

/** Runs Maven, turning "not installed" into the one sentence a user needs. */
export async function runMaven(
  args: readonly string[],
  onLine: (line: string) => void,
): Promise<CommandResult> {
  try {
    return await run('mvn', args, { onLine });
  } catch (error) {
    if (missing(error)) {
      throw new LocalNeo4jError(
        `Maven (mvn) is not installed: the managed Neo4j needs it once to fetch the Neo4j jars from Maven Central. ${alternatives}`,
      );
    }
    throw error;
  }
}
