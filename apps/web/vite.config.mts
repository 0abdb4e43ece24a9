import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.BERNE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/apps/web', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: /^@berne\/domain$/,
        replacement: fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
      },
      {
        find: /^@berne\/collab\/client$/,
        replacement: fileURLToPath(new URL('../../libs/collab/src/client.ts', import.meta.url)),
      },
      {
        find: /^@berne\/collab$/,
        replacement: fileURLToPath(new URL('../../libs/collab/src/index.ts', import.meta.url)),
      },
    ],
  },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true },
      '/health': { target: api },
      // Calendar files (a meeting's .ics, personal feeds) and other non-GraphQL downloads.
      '/api': { target: api },
      '/api': { target: api },
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: {
      '/graphql': { target: api },
      '/socket.io': { target: api, ws: true },
      '/health': { target: api },
      '/api': { target: api },
      '/api': { target: api },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The API's CSP forbids inline scripts; keep every script an external file.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'router',
              test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
            },
            {
              // socket.io on its own: the workspace's `/live` connection needs it, not Yjs.
              name: 'socket',
              test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io|xmlhttprequest-ssl)[\\/]/,
            },
            {
              // Yjs before the editor: TipTap's Yjs binding would otherwise pull it into 'editor'.
              name: 'collab',
              test: /node_modules[\\/](yjs|y-protocols|y-indexeddb|lib0)[\\/]/,
            },
            {
              // The note editor's libraries: loaded with the editor page only.
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs)[\\/]/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
