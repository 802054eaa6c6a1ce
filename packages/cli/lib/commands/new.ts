import {access, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Argv} from 'yargs'
import {yearOption} from '../arguments.js'
import {CliError, exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export interface NewArguments {
  code: string
  title: string
  year: number | undefined
  root: string
}

export const command = 'new <code>'
export const describe = 'Start a new standard: a draft first edition with the chapters GB/T 1.1 requires'

export function builder(yargs: Argv): Argv<NewArguments> {
  return yargs
    .positional('code', {type: 'string', describe: 'The designation, such as "Q/ZX 75.1900"'})
    .option('title', {type: 'string', demandOption: true, describe: 'Title of the standard (标准名称)'})
    .option('year', yearOption('Year of the first edition (default: this year)'))
    .option('root', {type: 'string', default: 'standards', describe: 'Folder of standards'}) as unknown as Argv<NewArguments>
}

export async function handler(argv: NewArguments, io: Io): Promise<number> {
  const {scaffold, slugOf, WorkflowError, writeAtomically} = await import('stdkit')
  const year = argv.year ?? new Date().getFullYear()
  let markdown: string
  try {
    markdown = scaffold(argv.code, argv.title, year)
  } catch (error) {
    if (error instanceof WorkflowError) throw new CliError(error.message, exitCodes.usage)
    throw error
  }
  // The folder of standards is made if it is missing, but a file in its place is a mistake in the command.
  const root = await stat(path.resolve(io.cwd, argv.root)).catch(() => undefined)
  if (root && !root.isDirectory()) throw new CliError(`Not a folder: ${argv.root}`, exitCodes.usage)
  const folder = path.join(argv.root, slugOf(argv.code))
  const exists = await access(path.resolve(io.cwd, folder)).then(() => true, () => false)
  if (exists) throw new CliError(`${folder} exists already: revise that standard with \`stdkit revise ${slugOf(argv.code)}\``, exitCodes.usage)
  const file = path.join(folder, `${year}.md`)
  await writeAtomically(path.resolve(io.cwd, file), markdown)
  io.stdout(`created ${file}: a draft; fill in the placeholders (【待填写…】) that \`stdkit check\` lists\n`)
  return exitCodes.ok
}
