import {defineConfig} from 'vitest/config'

// Packages export their TypeScript sources under the `source` condition, so
// tests run against the code as written, without a build step in between.
export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    typecheck: {enabled: true, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: 'packages/tree/tsconfig.json'}
  }
})
