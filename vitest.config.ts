import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Two projects: the pure stages run in plain Node; the HTTP layer runs inside workerd, the runtime
// the worker is deployed to, through the same wrangler.toml. `npm test` builds the corpus first.
export default defineConfig({
  test: {
    projects: [
      {
        // A test that builds an article reads the shared tables (WordNet, word neighbours) once per
        // file: seconds on a loaded machine, beside the other projects. Speed is `npm run bench`'s to
        // measure, so the timeout only catches a hang.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/http/**', 'tests/browser/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['tests/http/**/*.test.ts'], exclude: ['tests/http/rate-limit.test.ts'] },
      },
      {
        // The same worker with a rate limit low enough to reach in a test.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { ratelimits: { RATE_LIMITER: { simple: { limit: 5, period: 60 } } } } })],
        test: { name: 'worker-rate-limited', include: ['tests/http/rate-limit.test.ts'] },
      },
      {
        // End to end: the worker under `wrangler dev`, driven in Debian's Chromium.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // Generous: under `npm test` these run beside the unit and workerd projects on the same cores.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
