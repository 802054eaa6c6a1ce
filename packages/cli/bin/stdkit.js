#!/usr/bin/env node
// Entry point of the `stdkit` command: runs the compiled CLI (`pnpm build:ts`).
import {main} from '../dist/index.js'

// A reader that stops early (`stdkit rules | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
