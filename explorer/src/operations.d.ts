/** Built by the `explorer-operations` Vite plugin from operations.graphql. */
declare module '*/operations.graphql' {
  const operations: Record<string, { text: string; hash: string }>;
  export default operations;
}
