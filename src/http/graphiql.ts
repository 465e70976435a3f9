/**
 * GraphiQL at /graphql for a browser (a GET that accepts HTML), with its assets inlined (no
 * CDN), rendered once. It carries an ETag and is revalidated on every visit, so a browser that
 * has it gets a 304 and nothing more; the compression plugin sends it as Brotli or gzip.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';
import { examples } from '../graphiql-examples.ts';
import { encodingFor } from './compression.ts';
import { encodedTag, noneMatch, strongTag } from './entity-tags.ts';

export function graphiql(endpoint: string): Plugin {
  let page: { html: string; etag: string; bytes: number } | undefined;
  const rendered = () => {
    if (page === undefined) {
      const html = renderGraphiQL({
        title: 'NEASPEC knowledge graph',
        endpoint,
        defaultTabs: examples,
      });
      page = { html, etag: strongTag(html), bytes: Buffer.byteLength(html) };
    }
    return page;
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const wantsPage =
        request.method === 'GET' &&
        (url.pathname === endpoint || url.pathname === `${endpoint}/`) &&
        (request.headers.get('accept') ?? '').includes('text/html');
      if (!wantsPage) return;
      const { html, etag: tag, bytes } = rendered();
      const type = 'text/html; charset=utf-8';
      const etag = encodedTag(
        tag,
        encodingFor(request.headers.get('accept-encoding'), type, bytes),
      );
      const headers = { etag, 'cache-control': 'no-cache', vary: 'accept' };
      if (noneMatch(request.headers.get('if-none-match'), etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      endResponse(
        new fetchAPI.Response(html, {
          status: 200,
          headers: { ...headers, 'content-type': type },
        }),
      );
    },
  };
}
