import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * CI installs Chromium and must run the browser tests; elsewhere they run when it is there, and
 * say so when they are skipped, and why.
 */
export const chromiumRuns = existsSync(chromiumPath) || process.env.CI === 'true';
if (!chromiumRuns) {
  process.stderr.write(
    `[browser] skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome)\n`,
  );
}

/** Headless, without the sandbox (containers) and without any traffic of its own. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
