import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/**
 * Public ES entries. The build keeps one output module per source module (as the Lit starter
 * publishes), so `sideEffects` in package.json can name exactly the registration files and the
 * violation watcher; lit and zod stay external so apps dedupe them.
 */
const esmEntries = [
  src('index.ts'),
  src('define.ts'),
  src('components/card-form/pay-card-form.ts'),
  src('components/diagnostics/pay-diagnostics.ts'),
  src('diagnostics/index.ts'),
];

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo, offline, on a fixed port.
    return {
      root: resolve(root, 'demo'),
      server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
    };
  }
  if (mode === 'cdn') {
    // The single-file script-tag bundle: every element defined, `window.PayElements` exposed.
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        lib: { entry: src('cdn.ts'), name: 'PayElements', formats: ['iife'], fileName: () => 'pay-elements.iife.js' },
      },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2021',
      minify: false,
      lib: { entry: esmEntries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
