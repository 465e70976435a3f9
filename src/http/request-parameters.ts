import { GraphQLError } from 'graphql';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';

const badRequest = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/** The media type of a request body, without its parameters. */
const mediaType = (request: Request) =>
  request.headers.get('content-type')?.split(/[,;]/)[0]?.trim().toLowerCase();

/**
 * A GET or form parameter that holds JSON (`variables`, `extensions`); what it holds is checked
 * afterwards with the parameters of every other request.
 */
function jsonParameter(parameters: URLSearchParams, name: string) {
  const text = parameters.get(name);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw badRequest(`The "${name}" parameter is not valid JSON.`);
  }
}

const fromParameters = (parameters: URLSearchParams): GraphQLParams => ({
  query: parameters.get('query') || undefined,
  operationName: parameters.get('operationName') || undefined,
  variables: jsonParameter(parameters, 'variables'),
  extensions: jsonParameter(parameters, 'extensions'),
});

/**
 * GraphQL parameters a client sent in a form it got wrong are refused with 400 and the parameter
 * named, never answered 500: yoga's own parsers let JSON.parse fail bare on the `variables` or
 * `extensions` of a GET or form request, and a multipart `map` of the wrong shape fail in them.
 */
export const requestParameters: Plugin = {
  onRequestParse({ request, url, requestParser, setRequestParser }) {
    if (requestParser === undefined) return;
    const type = mediaType(request);
    if (request.method === 'GET') {
      setRequestParser(() => {
        const parameters = fromParameters(url.searchParams);
        // Yoga answers this one 200, as if the request were well-formed.
        if (parameters.query === undefined && parameters.extensions === undefined)
          throw badRequest(
            'A GET request needs a "query" parameter (or a persisted operation in "extensions").',
          );
        return parameters;
      });
    } else if (type === 'application/x-www-form-urlencoded') {
      setRequestParser(async (body) => fromParameters(new URLSearchParams(await body.text())));
    } else if (type === 'multipart/form-data') {
      setRequestParser(async (body) => {
        let operations: Awaited<ReturnType<typeof requestParser>>;
        try {
          operations = await requestParser(body);
        } catch (error) {
          // Yoga names the field it could not read, but without a status (answered 200).
          if (error instanceof GraphQLError && error.extensions.http === undefined)
            throw badRequest(error.message);
          // A map whose entries are not lists of paths fails while files are put in place.
          if (error instanceof TypeError)
            throw badRequest(
              'Multipart form field "map" must map each file field to a list of paths in "operations".',
            );
          throw error;
        }
        if (operations === null || typeof operations !== 'object')
          throw badRequest('Multipart form field "operations" must be a JSON object.');
        return operations;
      });
    }
  },
};
