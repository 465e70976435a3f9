import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { explorerOperations, operationsFile, persistedOperations } from './operations.ts';

/**
 * `import operations from '../operations.graphql'` gives the page each operation's text and
 * hash, computed here at build time (a page served over plain HTTP to another host has no
 * Web Crypto to hash with); the build also writes the allow-list next to the page.
 */
function operationsModule(): Plugin {
  return {
    name: 'explorer-operations',
    load(id) {
      if (id !== operationsFile) return null;
      this.addWatchFile(operationsFile);
      const byName = Object.fromEntries(
        explorerOperations().map(({ name, text, hash }) => [name, { text, hash }]),
      );
      return `export default ${JSON.stringify(byName)};`;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-operations.json',
        source: `${JSON.stringify(persistedOperations(explorerOperations()), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  publicDir: false,
  plugins: [operationsModule()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The graph and chart libraries load with the views that need them.
    chunkSizeWarningLimit: 600,
  },
});
