import {messages} from '@stdkit/messages'
import type {VFile} from 'vfile'
import type {Argv} from 'yargs'
import {loadNamedEdition} from '../editions.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface DiffArguments {
  old: string
  new: string
  root: string
  format: 'text' | 'json'
  color: boolean | undefined
  all: boolean
}

export const command = 'diff <old> <new>'
// The redline escapes the sources' control characters itself, and keeps its colours.
export const escapesOutput = true
export const describe = () => messages().diff.describe

export function builder(yargs: Argv): Argv<DiffArguments> {
  const m = messages().diff
  return yargs
    .positional('old', {type: 'string', describe: m.old})
    .positional('new', {type: 'string', describe: m.new})
    .option('root', {type: 'string', default: 'standards', describe: m.root})
    .option('format', {type: 'string', choices: ['text', 'json'], default: 'text', describe: m.format})
    .option('color', {type: 'boolean', describe: m.color})
    .option('all', {type: 'boolean', default: false, describe: m.all}) as unknown as Argv<DiffArguments>
}

export async function handler(argv: DiffArguments, io: Io): Promise<number> {
  // The comparison and its redline only: the JSON publisher is loaded when JSON is asked for.
  const [{DiffError, toRedline}, {commandMemo}] = await Promise.all([import('@stdkit/diff'), import('@stdkit/build/memo')])
  // The trees and the comparison a build made of the same texts come from the build cache.
  const memo = await commandMemo(io.cwd)
  const parse = (file: VFile) => memo.parse(file)
  const old = await loadNamedEdition(argv.old, argv.root, io, parse)
  const now = await loadNamedEdition(argv.new, argv.root, io, parse)
  let diff
  try {
    diff = await memo.compare(old, now)
  } catch (error) {
    if (error instanceof DiffError) throw new CliError(error.message)
    throw error
  }
  io.stdout(argv.format === 'json' ? (await import('stdkit')).renderDiffJson(diff) : toRedline(diff, {color: argv.color ?? io.color === true, all: argv.all}))
  return exitCodes.ok
}
