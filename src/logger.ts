import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * JSON lines for log collectors; readable lines when a person watches the terminal.
 * JSON goes through process.stdout rather than pino's own writer, whose flush at exit never
 * ends once its reader is gone: a service whose log pipe broke must still stop on SIGTERM.
 */
export function createLogger({ level, format }: Config['log']): Logger {
  const options = { level, base: { service: 'neaspec-kg' } };
  if (format === 'pretty' || (format === undefined && process.stdout.isTTY === true)) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { ignore: 'pid,hostname,service', translateTime: 'HH:MM:ss' },
      },
    });
  }
  // With nobody left to read the logs, there is nowhere to report that: drop them.
  process.stdout.on('error', () => {});
  return pino(options, process.stdout);
}
