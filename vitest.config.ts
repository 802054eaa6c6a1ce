import {defineConfig} from 'vitest/config'

// Packages export their TypeScript sources under the `source` condition, so
// tests run against the code as written, without a build step in between.
export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source']}},
  test: {
    // Builds typeset PDFs and drive a browser: on a busy two-core machine that takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    typecheck: {enabled: true, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: 'packages/tree/tsconfig.json'}
  }
})
