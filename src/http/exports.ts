/**
 * The exports under /export/: an index of the files (/export), and each file (CSV, GraphML,
 * JSON-LD, Turtle) streamed from one read transaction as Neo4j sends its rows, compressed as it
 * goes (Brotli or gzip, by Accept-Encoding), with the graph revision it was read at as its ETag:
 * a client that sends the ETag back gets 304 while the graph is unchanged.
 */
import { Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import type { Authentication } from '../auth/tokens.ts';
import type { SecurityConfig } from '../config.ts';
import { chunked, type ExportFile, exportFile, exportFiles } from '../export/catalogue.ts';
import type { Database } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { version } from '../release.ts';
import { chooseEncoding } from './compression.ts';

const prefix = '/export';

const etagOf = (revision: number) => `W/"graph-${revision}"`;

const compressor = (encoding: 'br' | 'gzip') =>
  encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 });

/** The index of the exports, as JSON. */
function index(origin: string) {
  return {
    description:
      'Exports of the whole graph, generated from it on each request. Every fact comes with its evidence: the source, a verbatim quote or a note, and the source URL. `npm run export -- --out DIR` writes the same files with a manifest (version, graph revision, counts, SHA-256 of each file).',
    version,
    files: exportFiles.map(({ path, description, contentType }) => ({
      path,
      url: `${origin}${prefix}/${path}`,
      contentType,
      description,
    })),
  };
}

const downloadName = (file: ExportFile) => `neaspec-${file.path.replaceAll('/', '-')}`;

/** Who may download: anyone when reads are open, else the holders of a valid token. */
export interface ExportAccess {
  reads: SecurityConfig['auth']['reads'];
  authenticate: (header: string | null) => Promise<Authentication>;
}

export function exportsRoute(db: Database, access: ExportAccess): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return;
      const say = (status: number, body: string, type = 'text/plain; charset=utf-8') =>
        endResponse(new fetchAPI.Response(body, { status, headers: { 'content-type': type } }));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        say(405, 'The exports answer GET and HEAD only.');
        return;
      }
      const { viewer, problem } = await access.authenticate(request.headers.get('authorization'));
      if (problem !== undefined || (access.reads === 'token' && viewer === null)) {
        endResponse(
          new fetchAPI.Response(
            problem === undefined
              ? 'This server needs a token for reads, exports too: send "Authorization: Bearer <token>".'
              : `Not authenticated: ${problem}.`,
            {
              status: 401,
              headers: {
                'content-type': 'text/plain; charset=utf-8',
                'www-authenticate': 'Bearer',
              },
            },
          ),
        );
        return;
      }
      if (url.pathname === prefix || url.pathname === `${prefix}/`) {
        say(200, JSON.stringify(index(url.origin), null, 2), 'application/json; charset=utf-8');
        return;
      }
      const file = exportFile(url.pathname.slice(prefix.length + 1));
      if (file === undefined) {
        say(404, `No export ${url.pathname}: the list of exports is at ${prefix}`);
        return;
      }
      const snapshot = await db.snapshot();
      let streaming = false;
      try {
        let revision = 0;
        for await (const row of snapshot.rows(statements.read.graphRevision)) revision = row.number;
        const etag = etagOf(revision);
        const encoding = chooseEncoding(request.headers.get('accept-encoding'));
        const headers = {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${downloadName(file)}"`,
          etag,
          'cache-control': 'no-cache',
          vary: 'accept-encoding',
          ...(encoding ? { 'content-encoding': encoding } : {}),
        };
        const unchanged = (request.headers.get('if-none-match') ?? '')
          .split(',')
          .some((tag) => tag.trim() === etag || tag.trim() === '*');
        if (unchanged || request.method === 'HEAD') {
          endResponse(new fetchAPI.Response(null, { status: unchanged ? 304 : 200, headers }));
          return;
        }
        const text = Readable.from(
          (async function* () {
            try {
              yield* chunked(file.write(snapshot, url.origin));
            } finally {
              await snapshot.close();
            }
          })(),
        );
        const body = encoding ? text.pipe(compressor(encoding)) : text;
        text.on('error', (error) => body.destroy(error));
        streaming = true;
        endResponse(
          new fetchAPI.Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
            status: 200,
            headers,
          }),
        );
      } finally {
        if (!streaming) await snapshot.close();
      }
    },
  };
}
