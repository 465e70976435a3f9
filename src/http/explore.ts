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

/**
 * Serves the explorer page under /explore: its built files by name, and index.html for every
 * other path without a file extension, since those are the page's own views (/explore/path?...)
 * and a shared link to one must load the page.
 */
export function explorePage(dir = explorerDist): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return;
      const respond = (status: number, body: Uint8Array<ArrayBuffer> | string, type: string) =>
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            status,
            headers: { 'content-type': type, 'x-content-type-options': 'nosniff' },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        respond(405, 'The explorer page answers GET and HEAD only.', 'text/plain; charset=utf-8');
        return;
      }
      // The URL parser has already resolved "..", so the path stays inside `dir`.
      const path = resolve(dir, `.${url.pathname.slice(prefix.length)}`);
      const extension = extname(path);
      const file =
        path.startsWith(dir + sep) && extension !== '' ? await readIfThere(path) : undefined;
      if (file !== undefined) {
        respond(200, file, contentTypes[extension] ?? 'application/octet-stream');
        return;
      }
      if (extension !== '') {
        respond(404, `No such file: ${url.pathname}`, 'text/plain; charset=utf-8');
        return;
      }
      const page = await readIfThere(join(dir, 'index.html'));
      if (page === undefined) {
        respond(
          503,
          'The explorer page is not built: run `npm run explorer:build` (npm install and npm start build it).',
          'text/plain; charset=utf-8',
        );
        return;
      }
      respond(200, page, contentTypes['.html'] as string);
    },
  };
}
