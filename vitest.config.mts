// Vitest runs unit and integration tests (*.test.ts); Playwright owns *.spec.ts.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Renderer modules under test import the pure code as `@shared/…`, as in electron.vite.config.ts.
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
})
