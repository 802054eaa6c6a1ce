import {access, stat} from 'node:fs/promises'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {yearOption} from '../arguments.js'
import {printDiagnostics} from '../diagnostics.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface NewArguments {
  code: string
  title: string
  year: number | undefined
  root: string
}

export const command = 'new <code>'
export const describe = () => messages().new.describe

export function builder(yargs: Argv): Argv<NewArguments> {
  const m = messages()
  return yargs
    .positional('code', {type: 'string', describe: m.new.code})
    .option('title', {type: 'string', demandOption: true, describe: m.new.title})
    .option('year', yearOption(m.new.year))
    .option('root', {type: 'string', default: 'standards', describe: m.cli.folderOfStandards}) as unknown as Argv<NewArguments>
}

export async function handler(argv: NewArguments, io: Io): Promise<number> {
  const {scaffold, slugOf, WorkflowError, writeAtomically} = await import('stdkit')
  const year = argv.year ?? new Date().getFullYear()
  let markdown: string
  try {
    markdown = scaffold(argv.code, argv.title, year)
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error
    if (error.file) printDiagnostics([error.file], 'text', io)
    throw new CliError(error.message, exitCodes.usage)
  }
  // The folder of standards is made if it is missing, but a file in its place is a mistake in the command.
  const root = await stat(path.resolve(io.cwd, argv.root)).catch(() => undefined)
  if (root && !root.isDirectory()) throw new CliError(messages().cli.notFolder({folder: argv.root}), exitCodes.usage)
  const folder = path.join(argv.root, slugOf(argv.code))
  const exists = await access(path.resolve(io.cwd, folder)).then(() => true, () => false)
  if (exists) throw new CliError(messages().new.exists({folder, slug: slugOf(argv.code)}), exitCodes.usage)
  const file = path.join(folder, `${year}.md`)
  await writeAtomically(path.resolve(io.cwd, file), markdown)
  io.stdout(`${messages().new.created({file})}\n`)
  return exitCodes.ok
}
