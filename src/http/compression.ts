/**
 * Compressed answers: JSON, GraphiQL and the explorer's files go out as Brotli or gzip when the
 * client's Accept-Encoding takes them (by its q-values, Brotli first), bodies under 1 KB as they
 * are. A response with a strong ETag (a static page or file) is compressed once, at the best
 * ratio, and kept; answers that change are compressed fast.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = 'br' | 'gzip';

const compressible = /^(application\/(json|graphql-response\+json|javascript)|text\/|image\/svg)/;
const smallest = 1024;

/** The encoding to answer with for an Accept-Encoding header, or none. */
export function chooseEncoding(header: string | null): Encoding | undefined {
  if (!header) return undefined;
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) quality.set(name, q === undefined ? 1 : Number(q));
  }
  const accepted = (encoding: Encoding) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).find(accepted);
}

function compress(body: Buffer, encoding: Encoding, best: boolean): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(body, { level: best ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? 9 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export function compression(): Plugin {
  /** Compressed static bodies, by ETag and encoding. */
  const kept = new Map<string, Promise<Buffer>>();
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      const type = response.headers.get('content-type') ?? '';
      if (
        encoding === undefined ||
        response.body === null ||
        response.headers.has('content-encoding') ||
        !compressible.test(type)
      )
        return;
      const body = Buffer.from(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'accept-encoding');
      let sent: Uint8Array = body;
      if (body.length >= smallest) {
        const etag = response.headers.get('etag');
        const stable = etag !== null && !etag.startsWith('W/');
        if (stable) {
          const key = `${etag} ${encoding}`;
          if (!kept.has(key)) kept.set(key, compress(body, encoding, true));
          sent = (await kept.get(key)) as Uint8Array;
        } else {
          sent = await compress(body, encoding, false);
        }
        headers.set('content-encoding', encoding);
      }
      headers.set('content-length', String(sent.length));
      setResponse(
        new fetchAPI.Response(sent as Uint8Array<ArrayBuffer>, {
          status: response.status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
}
