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

/** A q-value as RFC 9110 12.4.2 writes it: 0 to 1, at most three decimals. */
const qValue = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/**
 * The encoding to answer with for an Accept-Encoding header, or none. An entry whose q-value is
 * not one (negative, over 1, not a number) is left out; q=0 means "not acceptable".
 */
export function chooseEncoding(header: string | null): Encoding | undefined {
  if (!header) return undefined;
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=(.*?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (!name || (q !== undefined && !qValue.test(q))) continue;
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepted = (encoding: Encoding) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).find(accepted);
}

/** The encoding a body of this type and size goes out in, for a request: none when as it is. */
export function encodingFor(
  acceptEncoding: string | null | undefined,
  type: string,
  bytes: number,
): Encoding | undefined {
  if (bytes < smallest || !compressible.test(type)) return undefined;
  return chooseEncoding(acceptEncoding ?? null);
}

/** A body compressed: at the best ratio when it is kept, else fast. */
export function compress(body: Buffer, encoding: Encoding, best: boolean): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(body, { level: best ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? 9 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

const vary = (headers: Headers) => {
  if (!/accept-encoding/i.test(headers.get('vary') ?? ''))
    headers.append('vary', 'accept-encoding');
};

/**
 * Compresses answers as their request accepts. A static answer's strong ETag must already name
 * the encoding it goes out in (entity-tags.ts `encodedTag` with `encodingFor`), so that each
 * encoding is revalidated by a tag of its own.
 */
export function compression(): Plugin {
  /** Compressed static bodies, by ETag and encoding. */
  const kept = new Map<string, Promise<Buffer>>();
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const type = response.headers.get('content-type') ?? '';
      // Every answer whose encoding depends on Accept-Encoding says so, a 304 as its 200 would.
      if (compressible.test(type) || response.status === 304) vary(response.headers);
      if (
        response.body === null ||
        response.headers.has('content-encoding') ||
        !compressible.test(type) ||
        chooseEncoding(request.headers.get('accept-encoding')) === undefined
      )
        return;
      const body = Buffer.from(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      const encoding = encodingFor(request.headers.get('accept-encoding'), type, body.length);
      let sent: Uint8Array = body;
      if (encoding !== undefined) {
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
