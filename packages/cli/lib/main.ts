import {readFileSync} from 'node:fs'
import yargs, {type Arguments, type Argv, type MiddlewareFunction} from 'yargs'
import {languageOf, languages, messages, useLanguage} from '@stdkit/messages'
import {escapeControls} from '@stdkit/tree/controls'
import {checkValues, requireValues, usageMessage, type Declared, type Parsing} from './arguments.js'
import * as buildCommand from './commands/build.js'
import * as checkCommand from './commands/check.js'
import * as diffCommand from './commands/diff.js'
import * as fmtCommand from './commands/fmt.js'
import * as historyCommand from './commands/history.js'
import * as importCommand from './commands/import.js'
import * as newCommand from './commands/new.js'
import * as refsCommand from './commands/refs.js'
import * as releaseCommand from './commands/release.js'
import * as reviseCommand from './commands/revise.js'
import * as rulesCommand from './commands/rules.js'
import * as serveCommand from './commands/serve.js'
import {CliError, describeFailure, exitCodes} from './errors.js'
import {processIo, type Io} from './io.js'

interface Command {
  command: string
  /** What the command does, in the language in use. */
  describe(): string
  builder(yargs: Argv): Argv<any>
  handler(argv: any, io: Io): Promise<number>
  /** Whether the command escapes its output itself, keeping control sequences of its own (a coloured redline). */
  escapesOutput?: boolean
}

const commands: ReadonlyArray<Command> = [buildCommand, checkCommand, diffCommand, historyCommand, importCommand, newCommand, refsCommand, reviseCommand, releaseCommand, serveCommand, fmtCommand, rulesCommand]

const names = commands.map((command) => command.command.split(' ')[0] ?? '')

/** The command a word names, if any. */
function commandNamed(word: unknown): Command | undefined {
  return commands.find((command) => command.command.split(' ')[0] === word)
}

/** The version of this package, from the nearest package.json above this module (in `lib/` or `dist/lib/`). */
function version(): string {
  for (let folder = new URL('./', import.meta.url); ; folder = new URL('../', folder)) {
    try {
      return (JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {version: string}).version
    } catch (error) {
      if (folder.pathname === '/') throw error
    }
  }
}

/** The language a `--lang` on the command line names, the last one given; yargs judges its value. */
function langFlag(args: ReadonlyArray<string>): string | undefined {
  let found: string | undefined
  args.forEach((arg, index) => {
    if (arg === '--lang') found = args[index + 1]
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length)
  })
  return found
}

/**
 * `io` with control characters escaped (`\u001b`): what a source, a file name
 * or an argument holds reaches the terminal as text, never as a command to it.
 */
function escaped(io: Io, output: boolean): Io {
  const {progress} = io
  return {
    ...io,
    stdout: output ? (text) => io.stdout(escapeControls(text)) : io.stdout,
    stderr: (text) => io.stderr(escapeControls(text)),
    progress: progress && ((text) => progress(escapeControls(text)))
  }
}

/** Runs the CLI on `args` (without `node` and the script) and resolves to the exit code. */
export async function main(args: ReadonlyArray<string>, io: Io = processIo): Promise<number> {
  try {
    return await run(args, io)
  } catch (error) {
    return reportFailure(error, io)
  }
}

/** Reports what stopped the CLI in a line or two, without a Node stack, and returns the exit code. */
export function reportFailure(error: unknown, io: Io = processIo): number {
  const {message, exitCode} = describeFailure(error, io.cwd)
  escaped(io, false).stderr(`stdkit: ${message}\n`)
  return exitCode
}

/**
 * Parses and runs one command. Every argument is judged before the command
 * runs: a failure of yargs' validation, or of the values it lets through,
 * throws a usage error, and the handler is never called.
 */
async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  // Help is worded before yargs reads the arguments, so `--lang` is looked for first.
  useLanguage(languageOf(io.env ?? process.env, langFlag(args)))
  const m = messages()
  let code: number = exitCodes.ok
  let declared: Declared = {command: undefined, names: [], arrays: [], numbers: []}
  const cli = yargs([...args])
    .scriptName('stdkit')
    .usage(m.cli.usage)
    // yargs' failures are read in English (`usageMessage`), its help worded by the catalogue.
    .locale('en')
    // The types know only plain strings; yargs also takes y18n's plural forms.
    .updateStrings(m.cli.yargs as unknown as Record<string, string>)
    .strict()
    // `--format json standards` gives one format and the folder, rather than taking the folder for a second format.
    .parserConfiguration({'greedy-arrays': false})
    .demandCommand(1, m.cli.nameCommand({commands: names}))
    .wrap(100)
    .version(version())
    .describe('version', m.cli.version)
    .option('lang', {type: 'string', choices: languages, global: true, describe: m.cli.lang})
    .help()
    .alias('help', 'h')
    .exitProcess(false)
    .fail((message, error) => {
      if (error instanceof CliError) throw error
      // Some failures come before the middleware has seen the command: the command named is the first word.
      declared.command ??= commandNamed(args.find((arg) => !arg.startsWith('-')))?.command
      throw new CliError(usageMessage(error?.message ?? message, args, declared, names), exitCodes.usage)
    })
    .middleware(((argv: Arguments, parsing: Parsing) => {
      const options = parsing.getOptions()
      declared = {command: commandNamed(argv._[0])?.command, names: Object.keys(options.key), arrays: options.array, numbers: options.number}
      checkValues(argv, declared)
    }) as unknown as MiddlewareFunction, true)
  for (const command of commands) {
    cli.command(command.command, command.describe(), (yargs) => requireValues(command.builder(yargs), command.command), async (argv) => {
      code = await command.handler(argv, escaped(io, command.escapesOutput !== true))
    })
  }
  let output = ''
  await cli.parseAsync([...args], {}, (_error, _argv, text) => {
    output = text
  })
  // Help and the version, which yargs gives instead of running a command.
  if (output !== '') io.stdout(`${output}\n`)
  return code
}
