#!/usr/bin/env node
// Entry point of the `stdkit` command: runs the compiled CLI (`pnpm build:ts`).
import {main, reportFailure} from '../dist/index.js'

// What fails outside a command's own course (a callback of a watcher) is reported as a command's failure is.
for (const event of ['uncaughtException', 'unhandledRejection']) process.on(event, (error) => process.exit(reportFailure(error)))

// A reader that stops early (`stdkit rules | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
