import type { Plugin } from 'graphql-yoga';

/** `/` is where people land: send them to GraphiQL. */
export const redirectRoot: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname === '/') {
      endResponse(new fetchAPI.Response(null, { status: 302, headers: { Location: '/graphql' } }));
    }
  },
};
