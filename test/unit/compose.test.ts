import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.ts';
import { projectRoot } from '../../src/paths.ts';

interface Service {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  ports: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(await readFile(join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const neo4j = compose.services.neo4j as Service;
const api = compose.services.api as Service;

/** Docker Compose's `${NAME:-default}` with nothing set. */
const withDefaults = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml (no Docker engine here: checked by reading)', () => {
  it('runs Neo4j 5.26 Community with auth, persistent volumes and a healthcheck', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-[^}]+\}$/);
    expect(neo4j.volumes).toEqual(['neo4j-data:/data', 'neo4j-logs:/logs']);
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data', 'neo4j-logs']);
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
    expect(neo4j.ports).toEqual(['127.0.0.1:7687:7687']);
  });

  it('builds the API, starts it once Neo4j is healthy, and points it at that Neo4j', () => {
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    // Published on this machine's loopback only, unless API_BIND says otherwise.
    expect(api.ports.map(withDefaults)).toEqual(['127.0.0.1:4000:4000']);
    const env = Object.fromEntries(
      Object.entries(api.environment).map(([name, value]) => [name, withDefaults(value)]),
    );
    const config = loadConfig(env);
    expect(config.neo4j).toMatchObject({ kind: 'external', uri: 'bolt://neo4j:7687' });
    expect(config.http).toEqual({ host: '0.0.0.0', port: 4000 });
  });

  it('passes the editor token settings on from the environment', () => {
    for (const name of [
      'AUTH_JWT_SECRET',
      'AUTH_JWKS_URL',
      'AUTH_ISSUER',
      'AUTH_AUDIENCE',
      'AUTH_EDITOR_ROLE',
      'AUTH_READS',
    ]) {
      expect(api.environment[name], name).toMatch(new RegExp(`^\\$\\{${name}:-[^}]*\\}$`));
    }
    const secret = 'x'.repeat(40);
    const env = Object.fromEntries(
      Object.entries(api.environment).map(([name, value]) => [
        name,
        value.replace(/\$\{AUTH_JWT_SECRET:-\}/, secret).replace(/\$\{\w+:-([^}]*)\}/g, '$1'),
      ]),
    );
    expect(loadConfig(env).security.auth.secret).toBe(secret);
  });

  it('gives the API the password Neo4j is started with', () => {
    const password = withDefaults(neo4j.environment.NEO4J_AUTH ?? '').replace(/^neo4j\//, '');
    expect(withDefaults(api.environment.NEO4J_PASSWORD ?? '')).toBe(password);
  });
});
