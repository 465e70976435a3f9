import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/** JSON lines for log collectors; readable lines when a person watches the terminal. */
export function createLogger({ level, format }: Config['log']): Logger {
  const pretty = format === 'pretty' || (format === undefined && process.stdout.isTTY === true);
  return pino({
    level,
    base: { service: 'neaspec-kg' },
    ...(pretty && {
      transport: {
        target: 'pino-pretty',
        options: { ignore: 'pid,hostname,service', translateTime: 'HH:MM:ss' },
      },
    }),
  });
}
