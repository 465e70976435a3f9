import operations from '../../operations.graphql';
import { token } from '../auth/session.ts';
import type { OperationName, Operations } from './results.ts';

/** The API this page is served with. */
const endpoint = '/graphql';

/** A GraphQL error the service answered, with its message (e.g. a bad argument). */
export class ApiError extends Error {
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

interface Response<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A service that runs only its allow-listed operations (PERSISTED_OPERATIONS_ONLY) refuses
 * operation text; from its first refusal on, the page sends each operation's hash alone.
 */
let sendHashes = false;

async function post<Data>(body: object, bearer: string | null): Promise<Response<Data>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    // application/json: GraphQL errors come with status 200, so the browser logs no failure.
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok && !response.headers.get('content-type')?.includes('json')) {
    throw new ApiError(`The service answered ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as Response<Data>;
}

const refusesText = (answer: Response<unknown>) =>
  answer.errors?.some(
    (e) =>
      e.extensions?.code === 'CANNOT_SEND_PQ_ID_AND_BODY' || e.message === 'PersistedQueryOnly',
  ) === true;

async function run(operationName: string, variables: object, bearer: string | null) {
  const operation = operations[operationName];
  if (operation === undefined) throw new ApiError(`No operation ${operationName}`);
  const persisted = { persistedQuery: { version: 1, sha256Hash: operation.hash } };
  // Requests sent side by side before the first refusal all sent their text: each sends again.
  const sentText = !sendHashes;
  let answer = await post<unknown>(
    sentText
      ? { operationName, variables, query: operation.text }
      : { operationName, variables, extensions: persisted },
    bearer,
  );
  if (sentText && refusesText(answer)) {
    sendHashes = true;
    answer = await post({ operationName, variables, extensions: persisted }, bearer);
  }
  const [error] = answer.errors ?? [];
  if (error !== undefined || answer.data == null) {
    throw new ApiError(error?.message ?? 'The service answered no data', error?.extensions?.code);
  }
  return answer.data;
}

/**
 * Runs one operation of operations.graphql by its name, with the signed-in editor's token, or
 * with `bearer` (a token being tried before it is kept).
 */
export const request = <Name extends OperationName>(
  operationName: Name,
  variables: Operations[Name]['variables'],
  bearer: string | null = token(),
) => run(operationName, variables, bearer) as Promise<Operations[Name]['data']>;

/**
 * Runs one of the operations generated alike for every label or relationship type (editing.ts),
 * named at run time, e.g. `UpdateProject`: its one root field's answer.
 */
export async function requestGenerated<Answer>(name: string, variables: object): Promise<Answer> {
  const data = (await run(name, variables, token())) as Record<string, Answer>;
  return Object.values(data)[0] as Answer;
}
