import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const jwks = 'https://login.example.org/jwks';

describe('configuration from the environment', () => {
  it('defaults to the managed local Neo4j and port 4000 on loopback', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j).toMatchObject({ kind: 'managed', boltPort: 7687, database: 'neo4j' });
    expect(config.log.level).toBe('info');
  });

  it('runs expensive reads on at most half the cores at once, at least one, unless told', () => {
    const cores = availableParallelism();
    expect(loadConfig({}).security.expensiveReads.atOnce).toBe(Math.max(1, Math.floor(cores / 2)));
    expect(loadConfig({ EXPENSIVE_QUERIES_AT_ONCE: '3' }).security.expensiveReads.atOnce).toBe(3);
  });

  it('uses the server NEO4J_URI names, with its credentials and database', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'neaspec',
      PORT: '4100',
    });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      password: 'pw',
      database: 'neaspec',
    });
    expect(config.http.port).toBe(4100);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).http.port).toBe(4000);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc": expected a port number/],
    [{ PORT: '70000' }, /PORT="70000": expected a port from 1 to 65535/],
    [
      { NEO4J_URI: 'http://localhost:7474' },
      /NEO4J_URI="http:\/\/localhost:7474": expected neo4j:\/\//,
    ],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD is required with NEO4J_URI/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, /NEO4J_LOCAL_HEAP="lots": expected a size such as 512m/],
    [{ NEO4J_QUERY_TIMEOUT_MS: '5' }, /NEO4J_QUERY_TIMEOUT_MS="5": expected at least 100 ms/],
    [
      { AUTH_OIDC_ISSUER: 'login.example.org', AUTH_OIDC_CLIENT_ID: 'explorer' },
      /AUTH_OIDC_ISSUER="login.example.org": expected the http\(s\) URL of an OpenID Connect issuer/,
    ],
    [
      { AUTH_OIDC_ISSUER: 'https://login.example.org', AUTH_JWKS_URL: jwks },
      /AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID go together/,
    ],
    [
      { AUTH_OIDC_ISSUER: 'https://login.example.org', AUTH_OIDC_CLIENT_ID: 'explorer' },
      /AUTH_OIDC_ISSUER needs AUTH_JWKS_URL/,
    ],
    [{ AUTH_OIDC_NAME: 'Example' }, /AUTH_OIDC_NAME names the provider of AUTH_OIDC_ISSUER/],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('offers the explorer an identity provider only when one is configured, named by its host unless AUTH_OIDC_NAME names it', () => {
    expect(loadConfig({}).security.auth.oidc).toBeUndefined();
    const provider = {
      AUTH_JWKS_URL: jwks,
      AUTH_OIDC_ISSUER: 'https://login.example.org/realms/neaspec',
      AUTH_OIDC_CLIENT_ID: 'explorer',
    };
    expect(loadConfig(provider).security.auth.oidc).toEqual({
      issuer: 'https://login.example.org/realms/neaspec',
      clientId: 'explorer',
      name: 'login.example.org',
    });
    expect(
      loadConfig({ ...provider, AUTH_OIDC_NAME: 'ESCAP sign-in' }).security.auth.oidc?.name,
    ).toBe('ESCAP sign-in');
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT="x".*; LOG_LEVEL="y"/);
  });
});
