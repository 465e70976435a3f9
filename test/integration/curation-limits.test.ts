/**
 * Editors' limits and the integrity of history under load: twenty editors changing one fact at
 * once leave one consistent fact and twenty history entries chained in commit order; an editor
 * past the write limit gets 429 RATE_LIMITED with Retry-After; every refused write is one log line.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/schema/ids.ts';
import { createApp } from '../../src/server.ts';
import { editorSecurity, send, testSecret, token } from '../support/auth.ts';
import { securityWith } from '../support/database.ts';
import { seededGraph } from '../support/seeded.ts';

const { app, db } = seededGraph(editorSecurity);

const project = encodeId('Project', 'transboundary-air-pollution-framework');
const updateProject = `mutation ($input: UpdateProjectInput!) {
  updateProject(input: $input) { __typename ... on Project { summary } ... on InvalidInputError { problems { field } } }
}`;

describe('twenty editors changing the same fact at once', () => {
  it('leave one consistent fact and twenty history entries, chained in commit order', async () => {
    const run = `editor-${Date.now().toString(36)}-`;
    const [original] = await db.query<{ summary: string }>(
      `MATCH (p:Project {id: 'transboundary-air-pollution-framework'}) RETURN p.summary AS summary`,
    );
    const editors = await Promise.all(
      Array.from({ length: 20 }, (_, i) => token(['editor'], '1h', `${run}${i}`)),
    );
    const summaries = editors.map((_, i) => `The summary editor ${i} of the load test writes.`);
    const results = await Promise.all(
      editors.map((bearer, i) =>
        send(app, updateProject, { input: { id: project, summary: summaries[i] } }, bearer),
      ),
    );
    for (const result of results) expect(result.data?.updateProject?.__typename).toBe('Project');

    const [chain] = await db.query<{
      changes: number;
      facts: number;
      authors: number;
      breaks: number;
      first: string;
      last: string;
      now: string;
    }>(
      `MATCH (c:Change) WHERE c.by STARTS WITH $run
       MATCH (f:FactChange {change: c.id})
       WITH c, f ORDER BY c.at, c.id
       WITH collect(DISTINCT c.id) AS changes, collect(f) AS facts, collect(DISTINCT c.by) AS authors
       MATCH (p:Project {id: 'transboundary-air-pollution-framework'})
       RETURN size(changes) AS changes, size(facts) AS facts, size(authors) AS authors,
              size([i IN range(1, size(facts) - 1) WHERE facts[i].before <> facts[i - 1].after]) AS breaks,
              facts[0].before AS first, facts[-1].after AS last, p.summary AS now`,
      { run },
    );
    expect(chain).toMatchObject({ changes: 20, facts: 20, authors: 20, breaks: 0 });
    expect(JSON.parse(chain?.first as string).summary).toBe(original?.summary);
    expect(JSON.parse(chain?.last as string).summary).toBe(chain?.now);
    expect(summaries).toContain(chain?.now);
  });
});

/** An app whose log lines are kept, allowing `perMinute` writes per editor. */
function loggedApp(perMinute: number) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const security = securityWith({
    AUTH_JWT_SECRET: testSecret,
    CURATION_WRITES_PER_MINUTE: String(perMinute),
  });
  const logged = createApp({ db, isReady: () => true, logger: pino(stream), security });
  const refused = () => lines.filter((line) => line.msg === 'write refused');
  return { app: logged, refused };
}

describe("editors' limits", () => {
  it('refuses an editor past the writes of a minute with 429, RATE_LIMITED and Retry-After, and logs it', async () => {
    const { app: limited, refused } = loggedApp(3);
    const hasty = await token(['editor'], '1h', 'hasty');
    const input = { id: project, summary: 'A summary the limit test writes.' };
    for (let i = 0; i < 3; i += 1) {
      const allowed = await send(limited, updateProject, { input }, hasty);
      expect(allowed.status).toBe(200);
    }
    const fourth = await send(limited, updateProject, { input }, hasty);
    expect(fourth.status).toBe(429);
    expect(fourth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retry = Number(fourth.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // Another editor writes on.
    const other = await send(
      limited,
      updateProject,
      { input },
      await token(['editor'], '1h', 'calm'),
    );
    expect(other.status).toBe(200);
    expect(refused()).toEqual([
      expect.objectContaining({
        editor: 'hasty',
        operation: 'updateProject',
        reason: expect.stringContaining('RATE_LIMITED'),
      }),
    ]);
  });

  it('logs every refused write as one line: who, which mutation, why, and nothing of the token', async () => {
    const { app: logged, refused } = loggedApp(100);
    const editor = await token(['editor'], '1h', 'careful');
    const reader = await token(['reader'], '1h', 'onlooker');
    await send(logged, updateProject, { input: { id: project, name: null } }, editor);
    await send(logged, updateProject, { input: { id: encodeId('Project', 'nowhere') } }, editor);
    await send(logged, updateProject, { input: { id: project } }, reader);
    await send(logged, updateProject, { input: { id: project } });
    expect(refused().map(({ editor: who, operation, reason }) => [who, operation, reason])).toEqual(
      [
        ['careful', 'updateProject', expect.stringMatching(/^InvalidInputError: .*input\.name/)],
        ['careful', 'updateProject', expect.stringMatching(/^NotFoundError: /)],
        ['onlooker', 'updateProject', expect.stringMatching(/^FORBIDDEN: /)],
        [null, 'updateProject', expect.stringMatching(/^UNAUTHENTICATED: /)],
      ],
    );
    const logText = JSON.stringify(refused());
    expect(logText).not.toContain(editor);
    expect(logText).not.toContain(reader);
  });
});
