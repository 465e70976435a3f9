import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../paths.ts';

/** Where `npm install`, `npm start` and `npm run explorer:build` put the built page. */
export const explorerDist = join(projectRoot, 'explorer', 'dist');

const prefix = '/explore';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function readIfThere(path: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
}

/** Built files whose names carry a hash of their content: they never change. */
const hashedName = /^\/explore\/assets\/.+-[\w-]{8}\.\w+$/;

const entityTag = (body: Uint8Array) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * Serves the explorer page under /explore: its built files by name, and index.html for every
 * other path without a file extension, since those are the page's own views (/explore/path?...)
 * and a shared link to one must load the page. Every answer has a strong ETag (so the
 * compression plugin compresses it once); the content-hashed assets may be cached for a year,
 * the page is revalidated on each visit (a 304 when unchanged).
 */
export function explorePage(dir = explorerDist): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return;
      const respond = (
        status: number,
        body: Uint8Array<ArrayBuffer> | string,
        headers: Record<string, string>,
      ) => {
        const empty = request.method === 'HEAD' || status === 304;
        endResponse(
          new fetchAPI.Response(empty ? null : body, {
            status,
            headers: { 'x-content-type-options': 'nosniff', ...headers },
          }),
        );
      };
      const say = (status: number, message: string) =>
        respond(status, message, { 'content-type': 'text/plain; charset=utf-8' });
      const send = (body: Uint8Array<ArrayBuffer>, type: string) => {
        const etag = entityTag(body);
        const unchanged = request.headers.get('if-none-match') === etag;
        respond(unchanged ? 304 : 200, body, {
          'content-type': type,
          etag,
          'cache-control': hashedName.test(url.pathname)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        });
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        say(405, 'The explorer page answers GET and HEAD only.');
        return;
      }
      // The URL parser has already resolved "..", so the path stays inside `dir`.
      const path = resolve(dir, `.${url.pathname.slice(prefix.length)}`);
      const extension = extname(path);
      const file =
        path.startsWith(dir + sep) && extension !== '' ? await readIfThere(path) : undefined;
      if (file !== undefined) {
        send(file, contentTypes[extension] ?? 'application/octet-stream');
        return;
      }
      if (extension !== '') {
        say(404, `No such file: ${url.pathname}`);
        return;
      }
      const page = await readIfThere(join(dir, 'index.html'));
      if (page === undefined) {
        say(
          503,
          'The explorer page is not built: run `npm run explorer:build` (npm install and npm start build it).',
        );
        return;
      }
      send(page, contentTypes['.html'] as string);
    },
  };
}
