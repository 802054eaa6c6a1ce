/**
 * The arguments of a command line, judged before any command acts on them:
 * what yargs finds wrong (unknown names, missing arguments, values outside
 * their choices) said in one line with the likely intended name, and what it
 * lets through (an option given twice, an empty value, a number that is not
 * one, a year that is not a year) refused as a usage error.
 */
import type {Argv, Options} from 'yargs'
import {isDate} from '@stdkit/check/dates'
import {messages} from '@stdkit/messages'
import {CliError, exitCodes} from './errors.js'

/** What yargs 18 tells of the options declared so far, which the types (of yargs 17) leave out. */
export interface Parsing {
  getOptions(): {key: Record<string, unknown>; array: Array<string>; number: Array<string>; string: Array<string>}
}

/** What a command declares, as yargs knows it while parsing its arguments. */
export interface Declared {
  /** The command line's form: `diff <old> <new>`, or undefined before a command is named. */
  command: string | undefined
  /** Every option and positional name, aliases included. */
  names: ReadonlyArray<string>
  /** Names that take several values. */
  arrays: ReadonlyArray<string>
  /** Names that take a number. */
  numbers: ReadonlyArray<string>
}

/** A usage error: exit 2, nothing done. */
function usage(message: string): CliError {
  return new CliError(message, exitCodes.usage)
}

/** How a name is written on the command line: `--root`, `-o`, or `<old>` for a positional. */
function written(name: string, declared: Declared): string {
  if (positionals(declared.command).includes(name)) return `<${name}>`
  return name.length === 1 ? `-${name}` : `--${name}`
}

/**
 * `yargs` with every option that takes a value requiring one: without, a
 * trailing `--out` would quietly stand for the default folder. An option
 * that takes several values takes one each time it is given.
 */
export function requireValues(yargs: Argv, form: string): Argv {
  const options = (yargs as unknown as Parsing).getOptions()
  const own = positionals(form)
  return yargs.requiresArg([...options.string, ...options.number].filter((name) => !own.includes(name)))
}

/** The positionals of a command's form, in order: `diff <old> <new>` → old, new. */
function positionals(command: string | undefined): Array<string> {
  return [...(command ?? '').matchAll(/[<[](?<name>[^\]>.]+)/gu)].map((match) => match.groups?.name ?? '')
}

/**
 * Refuses what yargs accepts but no command can use: an option that takes
 * one value given several times (yargs would pass an array where a string is
 * expected), an empty value, a number that does not parse.
 */
export function checkValues(argv: Record<string, unknown>, declared: Declared): void {
  for (const name of declared.names) {
    if (!(name in argv) || name.length === 1) continue
    const value = argv[name]
    if (Array.isArray(value) && !declared.arrays.includes(name)) throw usage(messages().cli.givenTimes({name: written(name, declared), times: value.length}))
    for (const each of Array.isArray(value) ? value : [value]) {
      if (each === '') throw usage(messages().cli.emptyValue({name: written(name, declared)}))
      if (declared.numbers.includes(name) && typeof each === 'number' && !Number.isFinite(each)) throw usage(messages().cli.notNumber({name: written(name, declared)}))
    }
  }
}

/**
 * An option whose value `parse` reads, or refuses with what was `expected`,
 * before the command runs. A repeated option reaches it as an array.
 */
function valueOption<T>(name: string, options: Options, expected: () => string, parse: (text: string) => T | undefined): Options {
  return {
    ...options,
    coerce: (value: unknown) => {
      if (Array.isArray(value)) throw usage(messages().cli.givenTimes({name: `--${name}`, times: value.length}))
      const parsed = parse(String(value))
      if (parsed === undefined) throw usage(messages().cli.badValue({name, value: String(value), expected: expected()}))
      return parsed
    }
  }
}

/** A year option: four digits, refused otherwise before anything is written. */
export function yearOption(describe: string): Options {
  return valueOption('year', {type: 'string', describe}, () => messages().cli.year({example: new Date().getFullYear()}), (text) => (/^\d{4}$/u.test(text) ? Number(text) : undefined))
}

/** A date option: a real date written YYYY-MM-DD. */
export function dateOption(name: string, describe: string): Options {
  return valueOption(name, {type: 'string', demandOption: true, describe}, () => messages().cli.date, (text) => (isDate(text) ? text : undefined))
}

/**
 * The one-line message for a failure yargs reports: an unknown command or
 * option with the name it most likely meant, missing positionals by name.
 */
export function usageMessage(failure: string, args: ReadonlyArray<string>, declared: Declared, commands: ReadonlyArray<string>): string {
  const help = `stdkit${declared.command === undefined ? '' : ` ${declared.command.split(' ')[0]}`} --help`
  const unknown = /^Unknown arguments?: (?<names>.+)$/u.exec(failure)?.groups?.names
  if (unknown !== undefined) return unknownMessage(unknown.split(', '), args, declared, commands, help)
  const missing = /^Not enough non-option arguments: got (?<got>\d+)/u.exec(failure)?.groups?.got
  if (missing !== undefined) {
    const names = positionals(declared.command).slice(Number(missing)).filter((name) => declared.command?.includes(`<${name}>`))
    return messages().cli.missingPositionals({names: names.map((name) => `<${name}>`), form: declared.command ?? ''})
  }
  const [first, ...details] = failure.split('\n').map((part) => part.trim())
  return messages().cli.seeHelp({failure: [first, details.join('; ')].filter(Boolean).join(' '), help})
}

function unknownMessage(found: ReadonlyArray<string>, args: ReadonlyArray<string>, declared: Declared, commands: ReadonlyArray<string>, help: string): string {
  // yargs names an unknown `--wrong-name` twice, the second time as `wrongName`.
  const names = found.filter((name) => !found.some((other) => other !== name && camelCase(other) === name))
  const options = names.filter((name) => args.some((arg) => given(name, arg)))
  const others = names.filter((name) => !options.includes(name))
  const m = messages().cli
  if (declared.command === undefined && others.length > 0) {
    const name = others[0] ?? ''
    const meant = suggest(name, commands)
    return meant === undefined ? m.unknownCommand({name, commands}) : m.unknownCommandMeant({name, meant})
  }
  let suggested = false
  const parts = options.map((name) => {
    const meant = suggest(name, declared.names)
    const option = name.length === 1 ? `-${name}` : `--${name}`
    suggested ||= meant !== undefined
    return meant === undefined ? option : m.optionMeant({option, meant})
  })
  const said = m.together([...(parts.length > 0 ? [m.unknownOptions({options: parts})] : []), ...(others.length > 0 ? [m.unexpectedArguments({names: others})] : [])])
  return suggested ? said : m.seeHelp({failure: said, help})
}

/** Whether `arg` gives the option `name`: `--name`, `--no-name`, `--name=…`, or a letter of `-abc`. */
function given(name: string, arg: string): boolean {
  if (!arg.startsWith('--')) return name.length === 1 && /^-[^-]/u.test(arg) && arg.includes(name)
  const written = arg.slice(2).split('=')[0] ?? ''
  return written === name || written === `no-${name}`
}

/** How yargs spells a dashed name as a second key: `wrong-name` → `wrongName`. */
function camelCase(name: string): string {
  return name.replace(/-+(?<next>.)?/gu, (...match) => String((match.at(-1) as {next?: string}).next ?? '').toUpperCase())
}

/**
 * The known name closest to a misspelt one: within an edit or two
 * (transposed letters count as one), or one it begins; none for a name too
 * far from all of them. Single letters are aliases, never suggested.
 */
function suggest(name: string, known: ReadonlyArray<string>): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3))
  let best: {name: string; distance: number} | undefined
  for (const candidate of known) {
    if (candidate.length < 2) continue
    const distance = editDistance(name, candidate)
    const near = distance <= limit || (name.length >= 3 && candidate.startsWith(name))
    if (near && (best === undefined || distance < best.distance)) best = {name: candidate, distance}
  }
  return best?.name
}

/** Edits (insertions, deletions, substitutions, transpositions of neighbours) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  const rows: Array<Array<number>> = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const row = rows[i] as Array<number>
      const above = rows[i - 1] as Array<number>
      row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, (rows[i - 2]?.[j - 2] ?? 0) + 1)
    }
  }
  return rows[a.length]?.[b.length] ?? 0
}
