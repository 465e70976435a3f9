import { describe, expect, it } from 'vitest';
import { chooseNeo4j } from '../support/neo4j-choice.ts';

const runtime = (reachable: boolean) => async () => reachable;

describe('which Neo4j the tests use', () => {
  it('takes NEO4J_URI over everything, without probing for containers', async () => {
    let probed = false;
    const choice = await chooseNeo4j({ NEO4J_URI: 'bolt://db:7687' }, async () => {
      probed = true;
      return true;
    });
    expect(choice).toBe('uri');
    expect(probed).toBe(false);
  });

  it('uses Testcontainers when a container runtime answers', async () => {
    expect(await chooseNeo4j({}, runtime(true))).toBe('testcontainers');
  });

  it('falls back to the managed local server otherwise', async () => {
    expect(await chooseNeo4j({}, runtime(false))).toBe('managed');
    expect(await chooseNeo4j({ NEO4J_URI: '' }, runtime(false))).toBe('managed');
  });
});
