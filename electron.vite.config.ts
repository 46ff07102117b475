// Builds the three Electron targets: main (+ the browser-mode server and the CLI), the sandboxed preload, the renderer.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const r = (p: string): string => resolve(process.cwd(), p)

/**
 * In the renderer's own bundle (not its workers', nor main's), shared/engine/formulaMath.ts, the seam to
 * mathjs, becomes renderer/src/formulaMathLater.ts: mathjs then loads after the first paint, which draws
 * from the formula values main sent (shared/engine/formulaCache.ts).
 */
function laterFormulaMath(): Plugin {
  const seam = r('shared/engine/formulaMath.ts')
  const later = r('renderer/src/formulaMathLater.ts')
  return {
    name: 'etabli:later-formula-math',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('formulaMath')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === seam ? later : null
    },
  }
}

/**
 * V8's compile hint for the chunk holding Chart.js: its functions are compiled eagerly, on the background
 * thread that parses the file while it downloads, instead of one by one on the main thread while the first
 * chart is drawn (most of Chart.js runs for it). Only there: hinting every chunk compiles code the first paint
 * never runs, and was slower when measured.
 */
function eagerChartCode(): Plugin {
  return {
    name: 'etabli:eager-chart-code',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.moduleIds.some((id) => /node_modules\/chart\.js\//.test(id)))
          continue
        file.code = `//# allFunctionsCalledOnLoad\n${file.code}`
        // A source map (when one is built) then starts with the comment's line, which maps to nothing.
        const map = bundle[`${file.fileName}.map`]
        if (map?.type === 'asset' && typeof map.source === 'string') {
          const json = JSON.parse(map.source) as { mappings: string }
          map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` })
        }
      }
    },
  }
}

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
    plugins: [react(), laterFormulaMath(), eagerChartCode()],
    build: {
      outDir: r('out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: r('renderer/index.html') } },
    },
  },
})
