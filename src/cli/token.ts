/**
 * npm run token -- [--subject NAME] [--role editor] [--expires 8h]
 * Mints a bearer token signed with AUTH_JWT_SECRET, for local use and scripts.
 */
import { parseArgs } from 'node:util';
import { mintToken } from '../auth/mint.ts';
import { loadConfig } from '../config.ts';
import { UserError } from '../user-error.ts';

try {
  const { values } = parseArgs({
    options: {
      subject: { type: 'string', default: process.env.USER ?? 'curator' },
      role: { type: 'string', multiple: true, default: ['editor'] },
      expires: { type: 'string', default: '8h' },
    },
  });
  const config = loadConfig(process.env);
  const token = await mintToken(config.security.auth, {
    subject: values.subject,
    roles: values.role,
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
} catch (error) {
  // Wrong options, a bad --expires or a missing secret: say so in one line.
  const usage = (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
  const period = error instanceof TypeError && /time period/.test(error.message);
  if (!(error instanceof UserError || usage || period)) throw error;
  console.error((error as Error).message);
  process.exitCode = 1;
}
