/**
 * Vite, three ways:
 *
 * - `vite` (npm start): the demo sandbox. The repository is the root; `index.html` is the
 *   interOP-like shell (SPA fallback serves deep links such as /clients/msb-0001 with it) and
 *   `demo/legacy.html` a plain legacy page that loads only the standalone bundle. `public/` is
 *   served at / (the seed bundle at /seed/demo-seed.json).
 * - `vite build`: the library for bundler users. ES modules `dist/index.js` (classes, defines
 *   nothing) and `dist/define.js` (registers the tags), readable, with lit, @lit/*, @lit-labs/*
 *   and dexie left as imports (peer dependencies, deduplicated by the host's bundler).
 * - `vite build --mode standalone`: `dist/interop-clients.js`, one self-contained minified ES
 *   module with every dependency inside, for a single `<script type="module">` tag.
 *
 * Declarations come from `tsc -p tsconfig.build.json` into dist/types.
 */
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {fileURLToPath} from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Dependencies the library build leaves to the host's bundler (and their subpaths). */
const PEER_DEPENDENCIES = ['lit', '@lit/context', '@lit/task', '@lit/reactive-element', 'lit-html', 'lit-element', 'dexie'];
const isPeerDependency = (id: string) => PEER_DEPENDENCIES.some((name) => id === name || id.startsWith(`${name}/`));

/** Prints the demo's pages next to Vite's own URL lines. */
function printDemoUrls(): Plugin {
  return {
    name: 'interop-clients:demo-urls',
    configureServer(server) {
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const base = (server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port ?? 5173}/`).replace(/\/$/, '');
        const tty = process.stdout.isTTY && !process.env.NO_COLOR;
        const paint = (code: number, text: string) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
        const info = (label: string, url: string) => server.config.logger.info(`  ${paint(32, '➜')}  ${label.padEnd(9)}${paint(36, url)}`);
        info('Demo:', `${base}/`);
        info('Client:', `${base}/clients/<id>  (deep links work)`);
        info('Legacy:', `${base}/demo/legacy.html  (standalone bundle only)`);
      };
    },
  };
}

const server: UserConfig['server'] = {host: '127.0.0.1', port: 5173, strictPort: true, open: false};

export default defineConfig(({command, mode}): UserConfig => {
  if (command === 'serve') {
    return {
      root: here('.'),
      appType: 'spa',
      publicDir: 'public',
      server,
      preview: {host: '127.0.0.1', port: 4173, strictPort: true},
      // Only the shell is scanned for dependencies to pre-bundle: the legacy page loads the
      // already-built standalone bundle from dist/.
      optimizeDeps: {entries: ['index.html']},
      plugins: [printDemoUrls()],
    };
  }

  if (mode === 'standalone') {
    return {
      publicDir: false,
      // Library mode leaves `process.env.NODE_ENV` for bundlers; a plain page has no `process`.
      define: {'process.env.NODE_ENV': JSON.stringify('production')},
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false,
        minify: true,
        sourcemap: true,
        target: 'es2022',
        lib: {
          entry: {'interop-clients': here('src/define.ts')},
          formats: ['es'],
          fileName: () => 'interop-clients.js',
        },
        rolldownOptions: {
          // Everything inside, in one file: no chunk to fetch, no bare import left.
          external: [],
          output: {codeSplitting: false},
        },
      },
    };
  }

  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: {index: here('src/index.ts'), define: here('src/define.ts')},
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external: isPeerDependency,
        output: {chunkFileNames: 'chunks/[name]-[hash].js', minifyInternalExports: false},
      },
    },
  };
});
