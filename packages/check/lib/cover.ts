/** Cover data (封面): the number's form, valid dates in order, `replaces` after the first edition. */
import type {Cover, RevisionHistory, Standard} from '@stdkit/tree'
import {startOf, type EditionRule} from './rule.js'

/** A standard's number as GB/T 1.1 prints it: `Q/ZX 75.1861–2007`, with an en dash. */
export const numberPattern = /^(?:Q\/[A-Z]{1,8}|GB\/T|GB\/Z|GB|YD\/T|YD|ISO\/IEC|ISO|IEC) \d+(?:\.\d+)*–\d{4}$/u

/** Why a number is not in the printed form, or `undefined` when it is. */
export function numberProblem(value: string): string | undefined {
  if (numberPattern.test(value)) return undefined
  if (numberPattern.test(value.replace(/\s*[-—]\s*(?=\d{4}$)/u, '–'))) return 'write an en dash (–, U+2013) before the year'
  return 'expected a code, a space, the number, an en dash and the year, as in `Q/ZX 75.1861–2007`'
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const place = (tree: Standard, field: keyof NonNullable<Cover['positions']>) =>
  tree.cover.positions?.[field] ?? startOf(tree) ?? {line: 1, column: 1}

export const coverNumber: EditionRule = {
  scope: 'edition',
  id: 'cover-number',
  severity: 'error',
  description: 'The number and the replaced number are written `Q/ZX 75.1861–2007`: code, number, en dash, four-digit year.',
  check({tree, file}, say) {
    for (const field of ['number', 'replaces'] as const) {
      const value = tree.cover[field]
      if (value === undefined || (field === 'number' && value === '')) continue
      const problem = numberProblem(value)
      if (problem) say(file, `Unexpected ${field === 'number' ? 'number' : 'replaced number'} \`${value}\`: ${problem}`, place(tree, field))
    }
  }
}

export const coverDate: EditionRule = {
  scope: 'edition',
  id: 'cover-date',
  severity: 'error',
  description: 'Issue (`issued`) and effective (`effective`) dates are real dates written `YYYY-MM-DD`; a draft may leave them out.',
  check({tree, file}, say) {
    const draft = tree.cover.status === 'draft'
    for (const [field, name] of [
      ['issued', '发布'],
      ['effective', '实施']
    ] as const) {
      const value = tree.cover[field]
      if (value === undefined) {
        say(file, `Missing ${field} date (${name}日期)${draft ? ': fill it in when the draft is released' : ', expected `' + field + ': YYYY-MM-DD` in the front matter'}`, place(tree, 'number'), draft ? 'warning' : 'error')
      } else if (!isDate(value)) {
        say(file, `Invalid ${field} date \`${value}\`, expected a real date written YYYY-MM-DD`, place(tree, field))
      }
    }
  }
}

export const coverEffective: EditionRule = {
  scope: 'edition',
  id: 'cover-effective',
  severity: 'error',
  description: 'An edition does not take effect (实施) before it is issued (发布).',
  check({tree, file}, say) {
    const {issued, effective} = tree.cover
    if (issued && effective && isDate(issued) && isDate(effective) && effective < issued) {
      say(file, `Unexpected effective date ${effective} before the issue date ${issued}: an edition takes effect on or after its issue`, place(tree, 'effective'))
    }
  }
}

export const coverReplaces: EditionRule = {
  scope: 'edition',
  id: 'cover-replaces',
  severity: 'error',
  description: 'Every edition after the first names the edition it replaces (`replaces`, 代替).',
  check({tree, file}, say) {
    const history = tree.children
      .flatMap((node) => (node.type === 'foreword' ? node.children : []))
      .find((node): node is RevisionHistory => node.type === 'revisionHistory')
    if (tree.cover.replaces === undefined && history && history.children.length > 1) {
      say(file, 'Missing `replaces` in the front matter: the revision record shows earlier editions, so this edition replaces one', place(tree, 'number'))
    }
  }
}
