/** How the tests get their Neo4j, in design order. */
export type Neo4jChoice = 'uri' | 'testcontainers' | 'managed';

/**
 * NEO4J_URI always wins; else a reachable container runtime means Testcontainers; else the
 * managed local server.
 */
export function chooseNeo4j(
  env: NodeJS.ProcessEnv,
  containerRuntimeReachable: () => Promise<boolean>,
): Promise<Neo4jChoice> | Neo4jChoice {
  if (env.NEO4J_URI) return 'uri';
  return containerRuntimeReachable().then((reachable) =>
    reachable ? 'testcontainers' : 'managed',
  );
}
