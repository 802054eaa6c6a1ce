/**
 * Shared by the checker's tests: the valid sources (the four real editions of
 * Q/ZX 75.1861 and small synthetic standards), parsing them, mutating a copy,
 * and finding where a piece of the broken text sits.
 */
import {readFileSync} from 'node:fs'
import type {Standard} from '@stdkit/tree'
import {VFile} from 'vfile'
import type {Edition} from '@stdkit/check'
import {useLanguage} from '@stdkit/messages'
import {parseStandard} from '@stdkit/parse'

// The rules' tests are about what they find and read its English; a Chinese message is pinned in rules.test.ts.
useLanguage('en')

/** The real editions, oldest first. */
export const years = ['2004', '2005', '2006', '2007'] as const
export type Year = (typeof years)[number]

/** The synthetic fixtures, each checked on its own: an enterprise standard, a national standard of the 2020 rules, a part of an industry standard of the 2009 rules, a national revision of the 2020 rules, a part of a national standard of the 2009 rules, a national cover with every key, a bank's enterprise standard of the 2020 rules. */
export const fixtures = ['minimal', 'national-2020', 'national-2009', 'national', 'national-gbt-2009', 'national-cover', 'enterprise-2020'] as const
export type Fixture = (typeof fixtures)[number] | 'national-2012'

/** A valid source: a real edition, or a synthetic fixture. */
export type Source = Year | Fixture

/** Whether a source is a synthetic fixture (`national-2012` is the edition `national` replaces). */
export const isFixture = (source: Source): source is Fixture => source === 'national-2012' || (fixtures as ReadonlyArray<string>).includes(source)

const root = new URL('../../../', import.meta.url)

/** Path of a source, relative to the repository root (as `stdkit check` names it). */
export function pathOf(source: Source): string {
  return isFixture(source) ? `packages/check/test/fixtures/${source}.md` : `standards/q-zx-75.1861/${source}.md`
}

const texts = new Map<Source, string>()

/** The text of a source, read once per test file so every test sees the same version. */
export function read(source: Source): string {
  let text = texts.get(source)
  if (text === undefined) {
    text = readFileSync(new URL(pathOf(source), root), 'utf8')
    texts.set(source, text)
  }
  return text
}

/** Parses a source, or a broken copy of it (`value`), into an edition; `path` overrides the file's path. */
export function edition(source: Source, value: string = read(source), path: string = pathOf(source)): Edition {
  const file = new VFile({path, value})
  return {tree: parseStandard(file), file}
}

/** Counts the matches of `find` in `text`. */
function matches(text: string, find: string | RegExp): Array<number> {
  if (typeof find === 'string') {
    const found: Array<number> = []
    for (let index = text.indexOf(find); index !== -1; index = text.indexOf(find, index + 1)) found.push(index)
    return found
  }
  const global = new RegExp(find.source, find.flags.includes('g') ? find.flags : find.flags + 'g')
  return [...text.matchAll(global)].map((match) => match.index)
}

const describe = (find: string | RegExp): string => (typeof find === 'string' ? JSON.stringify(find) : String(find))

/**
 * Replaces the single occurrence of `find` in `text`. Fails when there is not
 * exactly one, so a source that changed under a test breaks it loudly instead
 * of turning its mutation into a no-op.
 */
export function replaceOnce(text: string, find: string | RegExp, replacement: string): string {
  const found = matches(text, find)
  if (found.length !== 1) throw new Error(`Expected ${describe(find)} once in the source, found it ${found.length} times`)
  return typeof find === 'string' ? text.replace(find, () => replacement) : text.replace(find, replacement)
}

/** Removes the whole line holding the single occurrence of `find` (a string or a pattern), with its line ending. */
export function deleteLine(text: string, find: string | RegExp): string {
  const found = matches(text, find)
  const [index] = found
  if (found.length !== 1 || index === undefined) throw new Error(`Expected ${describe(find)} once in the source, found it ${found.length} times`)
  const start = text.lastIndexOf('\n', index - 1) + 1
  const end = text.indexOf('\n', index)
  return text.slice(0, start) + (end === -1 ? '' : text.slice(end + 1))
}

/** Inserts `insertion` right before the single occurrence of `before`. */
export function insertBefore(text: string, before: string, insertion: string): string {
  return replaceOnce(text, before, insertion + before)
}

/** Marks the column inside a needle: `number: »Q/ZX` points at the `Q`. */
export const cursor = '»'

export interface Point {
  line: number
  column: number
}

/**
 * Line and column (1-based) of a needle in `text`: where `»` sits in a string
 * needle (its first character without one), or where a pattern matches. The
 * needle must occur exactly once, so the point is never ambiguous.
 */
export function pointOf(text: string, needle: string | RegExp): Point {
  const offset = typeof needle === 'string' ? Math.max(needle.indexOf(cursor), 0) : 0
  const find = typeof needle === 'string' ? needle.replace(cursor, '') : needle
  const found = matches(text, find)
  const [index] = found
  if (found.length !== 1 || index === undefined) throw new Error(`Expected ${describe(find)} once in the broken text, found it ${found.length} times`)
  const at = index + offset
  const before = text.slice(0, at)
  return {line: before.split('\n').length, column: at - before.lastIndexOf('\n')}
}

/** A diagnostic on a file (vfile's `VFileMessage`). */
export type Message = VFile['messages'][number]

export type Severity = 'error' | 'warning' | 'info'

/** Severity of a VFile message, from its `fatal` flag. */
export function severityOf(message: Message): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A message as `stdkit check` prints it, for readable failures: `2007.md:2:9 error cover-number Unexpected …`. */
export function format(message: Message): string {
  return `${message.file}:${message.line ?? '?'}:${message.column ?? '?'} ${severityOf(message)} ${message.ruleId ?? '(no rule)'} ${message.reason}`
}

/** All messages of some editions, formatted. */
export function messagesOf(editions: ReadonlyArray<Edition>): Array<string> {
  return editions.flatMap((one) => one.file.messages.map(format))
}
