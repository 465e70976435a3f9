import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { projectRoot } from '../paths.ts';
import { encodingFor } from './compression.ts';
import { encodedTag, noneMatch, strongTag } from './entity-tags.ts';
import { requestIdOf } from './request-log.ts';

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

/**
 * What the file system answers for a path that names no file: none there, a directory, a file
 * taken for a directory (`index.html/x.js`), a name or path too long, a loop of links.
 */
const noFile = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP', 'EINVAL']);

async function readIfThere(path: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (noFile.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

/** Built files whose names carry a hash of their content: they never change. */
const hashedName = /^\/explore\/assets\/.+-[\w-]{8}\.\w+$/;

interface Answer {
  status: number;
  body: Uint8Array<ArrayBuffer> | string;
  headers: Record<string, string>;
}

const say = (status: number, message: string): Answer => ({
  status,
  body: message,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
});

/** The answer to a GET or HEAD of `pathname` under /explore, from the files in `dir`. */
async function answer(dir: string, pathname: string, request: Request): Promise<Answer> {
  const send = (body: Uint8Array<ArrayBuffer>, type: string): Answer => {
    const etag = encodedTag(
      strongTag(body),
      encodingFor(request.headers.get('accept-encoding'), type, body.length),
    );
    const unchanged = noneMatch(request.headers.get('if-none-match'), etag);
    return {
      status: unchanged ? 304 : 200,
      body,
      headers: {
        'content-type': type,
        etag,
        'cache-control': hashedName.test(pathname)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      },
    };
  };
  // The URL parser has already resolved "..", so the path stays inside `dir`.
  const path = resolve(dir, `.${pathname.slice(prefix.length)}`);
  const extension = extname(path);
  const file = path.startsWith(dir + sep) && extension !== '' ? await readIfThere(path) : undefined;
  if (file !== undefined) return send(file, contentTypes[extension] ?? 'application/octet-stream');
  if (extension !== '') return say(404, `No such file: ${pathname}`);
  const page = await readIfThere(join(dir, 'index.html'));
  if (page === undefined)
    return say(
      503,
      'The explorer page is not built: run `npm run explorer:build` (npm install and npm start build it).',
    );
  return send(page, contentTypes['.html'] as string);
}

/**
 * Serves the explorer page under /explore: its built files by name, and index.html for every
 * other path without a file extension, since those are the page's own views (/explore/path?...)
 * and a shared link to one must load the page. Every answer has a strong ETag per encoding (so
 * the compression plugin compresses it once); the content-hashed assets may be cached for a year,
 * the page is revalidated on each visit (a 304 when unchanged). A path that names no file is
 * answered 404; any other failure to read is logged under the request's id and answered 500
 * with that id alone, never a path of the machine or a stack.
 */
export function explorePage(logger: Logger, dir = explorerDist): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return;
      let sent: Answer;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sent = say(405, 'The explorer page answers GET and HEAD only.');
      } else {
        try {
          sent = await answer(dir, pathname, request);
        } catch (error) {
          const requestId = requestIdOf(request.headers.get('x-request-id'));
          logger.error({ err: error, requestId, path: pathname }, 'cannot read an explorer file');
          sent = say(500, `Unexpected error (request ${requestId}).`);
          sent.headers['x-request-id'] = requestId;
        }
      }
      const empty = request.method === 'HEAD' || sent.status === 304;
      endResponse(
        new fetchAPI.Response(empty ? null : sent.body, {
          status: sent.status,
          headers: { 'x-content-type-options': 'nosniff', ...sent.headers },
        }),
      );
    },
  };
}
