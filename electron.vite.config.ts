// Builds the three Electron targets: main (+ the browser-mode server and the CLI), the sandboxed preload, the renderer.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const r = (p: string): string => resolve(process.cwd(), p)

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: r('electron/main.ts'),
          web: r('electron/web/main.ts'),
          cli: r('electron/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload may require only 'electron': everything else is bundled into one CommonJS file.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: { input: { index: r('electron/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: r('renderer'),
    // `@shared/…` in the renderer is the pure code in shared/ (tsconfig.web.json has the same alias).
    resolve: { alias: { '@shared': r('shared') } },
    plugins: [react()],
    build: {
      outDir: r('out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: r('renderer/index.html') } },
    },
  },
})
