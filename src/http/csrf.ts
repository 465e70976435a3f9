import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Headers that show a request was not sent by a plain form of another site: yoga's, Apollo's. */
const csrfHeaders = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/** Bodies a web page of any site can make a browser POST without asking (no CORS preflight). */
const simpleBodies = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Cross-site request forgery: a page of another site can make a browser send a form post, and
 * the request would act with what the browser holds. A query over GET changes nothing (GraphQL
 * runs mutations over POST only), so GET needs no header and any client's default GET works; a
 * POST whose body a form could send needs the header, and its refusal names it. JSON POSTs, as
 * every GraphQL client sends, are preflighted by browsers and need nothing.
 */
export const csrfPrevention: Plugin = {
  onRequestParse({ request }) {
    if (request.method === 'GET' || csrfHeaders.some((name) => request.headers.has(name))) return;
    const type = request.headers.get('content-type')?.toLowerCase();
    if (type !== undefined && !simpleBodies.some((simple) => type.startsWith(simple))) return;
    throw createGraphQLError(
      `A POST ${type ? `of ${type.split(';')[0]}` : 'without a Content-Type'} could come from a form on any web page: send the header "${csrfHeaders[0]}: 1" with it, or send JSON (Content-Type: application/json).`,
      { extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } } },
    );
  },
};
