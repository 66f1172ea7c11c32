import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// One build for every part: the Electron main process, the command line and browser mode's
// server (main/), the preload script and the renderer. Output in out/.
export default defineConfig({
  main: {
    build: {
      // electron-store is ESM only: bundle it into main instead of requiring it at run time.
      externalizeDeps: { exclude: ['electron-store'] },
      rollupOptions: {
        input: {
          index: resolve('main/electron/main.ts'),
          cli: resolve('main/cli/main.ts'),
          web: resolve('main/web/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else (zod, the
      // contract) into out/preload/index.cjs. test/unit/cli… checks the built file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified (it was one 1.7 MB file). Loading and parsing
      // the code is a good part of the time to the first screen (test/bench/run.ts browser).
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        treeshake: {
          // @digdir/designsystemet-react declares no "sideEffects", so every component it has
          // (its barrel) landed in the first chunk, used or not. Its modules only define
          // components; the global behaviours are in @digdir/designsystemet-web, which main.tsx
          // imports itself (and which keeps its side effects).
          moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
        },
        output: {
          // Each view is a chunk of its own (views/registry.tsx). The libraries they share go in a
          // few chunks of their own rather than one per component and icon: fewer requests before
          // a view can show (a browser opens six connections at a time), and chunks that stay the
          // same from one version of Samling to the next.
          codeSplitting: {
            groups: [
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'designsystemet', test: /[\\/]node_modules[\\/](@digdir|@u-elements|@floating-ui|@radix-ui|clsx)[\\/]/ },
              { name: 'icons', test: /[\\/]node_modules[\\/]@navikt[\\/]aksel-icons[\\/]/ },
              // The small building blocks the views share (renderer/src/ui: dialogs, pickers, the
              // data layer), with the catalogues: one chunk, loaded with the frame. No CSS: a
              // stylesheet imported from these modules would come before styles.css (its chunk's
              // <link> comes first) and turn the cascade within @layer app around; main.tsx imports
              // ui/day.css after styles.css instead.
              { name: 'app', test: /[\\/]renderer[\\/]src[\\/](ui|i18n)[\\/][^?]*\.tsx?$/ },
            ],
          },
        },
      },
    },
  },
});
