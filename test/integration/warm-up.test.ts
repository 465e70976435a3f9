/**
 * The questions asked before the service says it is ready reach Neo4j, round after round: each
 * is answered without errors, and none from the response cache (each round's are new documents).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../../src/graphiql-examples.ts';
import { warmUp } from '../../src/http/warm-up.ts';
import { seededGraph } from '../support/seeded.ts';

const { app } = seededGraph();

const cachedAnswers = async () =>
  (
    (await (await app.fetch('http://localhost/memory')).json()) as {
      caches: { responses: { entries: number } };
    }
  ).caches.responses.entries;

describe('the warm-up before readiness', () => {
  it('answers every example in every round, each computed anew', { timeout: 120_000 }, async () => {
    const before = await cachedAnswers();
    expect(await warmUp(app, 2)).toBe(examples.length * 2);
    expect(await cachedAnswers()).toBe(before + examples.length * 2);
  });
});
