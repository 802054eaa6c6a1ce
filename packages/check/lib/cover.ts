/** Cover data (封面): the number's form, valid dates in order, `replaces` after the first edition. */
import {messages} from '@stdkit/messages'
import {dashOf, designationOf, parseStandardNumber, sameStandardNumber, type Cover, type RevisionHistory, type Standard} from '@stdkit/tree'
import {isDate} from './dates.js'
import {startOf, type EditionRule} from './rule.js'

/** Whether `value` is a dated number as printed: code, a space, number, an en or em dash and the year (`Q/ZX 75.1861–2007`, `GB/T 7714—2015`). */
function printed(value: string): boolean {
  const parsed = parseStandardNumber(value)
  return parsed?.year !== undefined && parsed.dash !== '-' && `${designationOf(parsed)}${parsed.dash}${parsed.year}` === value
}

/**
 * Why a number is not in the printed form: only the dash before the year (a
 * hyphen, or spaces around it), or its whole form; `undefined` when it is.
 * Either dash is printed form: `GB/T 7714—2015`, `Q/ZX 75.1861–2007`.
 */
export function numberProblem(value: string): 'dash' | 'form' | undefined {
  if (printed(value)) return undefined
  return printed(value.replace(/\s*[-–—]\s*(?=\d{4}$)/u, dashOf(parseStandardNumber(value)?.code ?? ''))) ? 'dash' : 'form'
}

const place = (tree: Standard, field: keyof NonNullable<Cover['positions']>) =>
  tree.cover.positions?.[field] ?? startOf(tree) ?? {line: 1, column: 1}

export const coverNumber: EditionRule = {
  scope: 'edition',
  id: 'cover-number',
  severity: 'error',
  get description() {
    return messages().checker['cover-number'].description
  },
  check({tree, file}, say) {
    const dash = dashOf(tree.cover.code)
    const example = dash === '–' ? 'Q/ZX 75.1861–2007' : 'GB/T 7714—2015'
    for (const [field, value] of coverNumbers(tree.cover)) {
      if (numberProblem(value) === 'form') say(file, messages().checker['cover-number'].number({value, replaced: field === 'replaces', dash: undefined, example}), place(tree, field))
    }
  }
}

/** Every number a cover gives: its own, then those it replaces. */
function coverNumbers(cover: Cover): Array<readonly ['number' | 'replaces', string]> {
  const replaced = cover.replacedNumbers ?? (cover.replaces === undefined ? [] : [cover.replaces])
  return [['number', cover.number] as const, ...replaced.map((item) => ['replaces', item] as const)].filter(([, value]) => value !== '')
}

/** A hyphen before the year is read, kept and compared as the dash it stands for; covers print the dash of their kind. */
export const coverNumberDash: EditionRule = {
  scope: 'edition',
  id: 'cover-number-dash',
  severity: 'warning',
  get description() {
    return messages().checker['cover-number-dash'].description
  },
  check({tree, file}, say) {
    for (const [field, value] of coverNumbers(tree.cover)) {
      if (numberProblem(value) !== 'dash') continue
      const dash = dashOf(parseStandardNumber(value)?.code ?? '')
      say(file, messages().checker['cover-number'].number({value, replaced: field === 'replaces', dash, example: ''}), place(tree, field))
    }
  }
}

export const coverDate: EditionRule = {
  scope: 'edition',
  id: 'cover-date',
  severity: 'error',
  get description() {
    return messages().checker['cover-date'].description
  },
  check({tree, file}, say) {
    const draft = tree.cover.status === 'draft'
    for (const [field, name] of [
      ['issued', '发布'],
      ['effective', '实施']
    ] as const) {
      const value = tree.cover[field]
      if (value === undefined) {
        say(file, messages().checker['cover-date'].missing({field, draft}), place(tree, 'number'), draft ? 'warning' : 'error')
      } else if (!isDate(value)) {
        say(file, messages().checker['cover-date'].invalid({field, value}), place(tree, field))
      }
    }
  }
}

export const coverEffective: EditionRule = {
  scope: 'edition',
  id: 'cover-effective',
  severity: 'error',
  get description() {
    return messages().checker['cover-effective'].description
  },
  check({tree, file}, say) {
    const {issued, effective} = tree.cover
    if (issued && effective && isDate(issued) && isDate(effective) && effective < issued) {
      say(file, messages().checker['cover-effective'].early({effective, issued}), place(tree, 'effective'))
    }
  }
}

export const coverReplaces: EditionRule = {
  scope: 'edition',
  id: 'cover-replaces',
  severity: 'error',
  get description() {
    return messages().checker['cover-replaces'].description
  },
  check({tree, file}, say) {
    const history = tree.children
      .flatMap((node) => (node.type === 'foreword' ? node.children : []))
      .find((node): node is RevisionHistory => node.type === 'revisionHistory')
    if (tree.cover.replaces === undefined && history && history.children.length > 1) {
      say(file, messages().checker['cover-replaces'].missing, place(tree, 'number'))
    }
    // Whatever dash each is written with: `GB/T 1—2020` replaces no `GB/T 1-2020`.
    const replaced = tree.cover.replacedNumbers ?? (tree.cover.replaces === undefined ? [] : [tree.cover.replaces])
    for (const number of replaced) {
      if (tree.cover.number !== '' && sameStandardNumber(number, tree.cover.number)) say(file, messages().checker['cover-replaces'].itself({number}), place(tree, 'replaces'))
    }
  }
}
