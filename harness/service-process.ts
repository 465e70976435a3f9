import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../src/paths.ts';

/** The service in its own process. */
export interface ServiceProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const settings = /^(NEO4J_|PORT$|HOST$|LOG_)/;

/**
 * Starts the service with `env` (nothing of the test's own NEO4J_/PORT/LOG_ settings). By
 * default node runs src/main.ts directly; `npm: true` goes through `npm start` as a user does.
 */
export function startService(env: Record<string, string>, { npm = false } = {}): ServiceProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !settings.test(name)),
  );
  const [command, args] = npm
    ? ['npm', ['start', '--silent']]
    : [process.execPath, ['src/main.ts']];
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { ...inherited, LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/**
 * `npm start` in a pseudo-terminal, as a person runs it (util-linux `script` makes the terminal):
 * Ctrl-C typed there reaches every process of the terminal's foreground group, npm and the
 * service alike, and npm forwards it to the service once more. `type` writes keystrokes.
 */
export function startInTerminal(
  env: Record<string, string>,
): ServiceProcess & { type: (keys: string) => void } {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !settings.test(name)),
  );
  // `exec`: npm itself runs in the terminal, as when a person types the command, whatever
  // shell `script` starts (dash, unlike bash, would stay in between and die of the Ctrl-C).
  const child = spawn(
    'script',
    ['--quiet', '--flush', '--return', '--command', 'exec npm start', '/dev/null'],
    {
      cwd: projectRoot,
      env: { ...inherited, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    child,
    stdout: () => output,
    stderr: () => '',
    exited,
    type: (keys) => child.stdin?.write(keys),
  };
}

/** Polls `url` until it answers `status`, or fails after `timeoutMs`. */
export async function waitForStatus(url: string, status: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await fetch(url).then(
      (response) => response.status,
      () => undefined,
    );
    if (answer === status) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
}
