import yargs, {type Argv} from 'yargs'
import * as buildCommand from './commands/build.js'
import * as checkCommand from './commands/check.js'
import * as diffCommand from './commands/diff.js'
import * as fmtCommand from './commands/fmt.js'
import * as historyCommand from './commands/history.js'
import * as newCommand from './commands/new.js'
import * as releaseCommand from './commands/release.js'
import * as reviseCommand from './commands/revise.js'
import * as rulesCommand from './commands/rules.js'
import * as serveCommand from './commands/serve.js'
import {CliError, exitCodes} from './errors.js'
import {processIo, type Io} from './io.js'

interface Command {
  command: string
  describe: string
  builder(yargs: Argv): Argv<any>
  handler(argv: any, io: Io): Promise<number>
}

const commands: ReadonlyArray<Command> = [buildCommand, checkCommand, diffCommand, historyCommand, newCommand, reviseCommand, releaseCommand, serveCommand, fmtCommand, rulesCommand]

/** Runs the CLI on `args` (without `node` and the script) and resolves to the exit code. */
export async function main(args: ReadonlyArray<string>, io: Io = processIo): Promise<number> {
  let code: number = exitCodes.ok
  let usage: string | undefined
  const cli = yargs([...args])
    .scriptName('stdkit')
    .usage('$0 <command> [options]\n\nKeep standards under version control: check, compare, format and publish them.')
    .strict()
    .demandCommand(1, 'Name a command: build, check, diff, history, new, revise, release, serve, fmt or rules')
    .recommendCommands()
    .wrap(100)
    .version(false)
    .help()
    .alias('help', 'h')
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error
      usage = message
    })
  for (const command of commands) {
    cli.command(command.command, command.describe, command.builder, async (argv) => {
      code = await command.handler(argv, io)
    })
  }
  let helpText = ''
  try {
    await cli.parseAsync([...args], {}, (_error, _argv, output) => {
      helpText = output
    })
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`stdkit: ${error.message}\n`)
      return error.exitCode
    }
    io.stderr(`stdkit: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.failed
  }
  if (usage !== undefined) {
    io.stderr(`${helpText === '' ? '' : `${helpText}\n\n`}${usage}\n`)
    return exitCodes.usage
  }
  if (helpText !== '') io.stdout(`${helpText}\n`)
  return code
}
