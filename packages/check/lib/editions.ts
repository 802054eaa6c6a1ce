/** Across the editions of one standard: each replaces the one before, and the revision record grows by one row each time. */
import {messages} from '@stdkit/messages'
import {normalizeNumber, revisionColumns, type RevisionRecord} from '@stdkit/tree'
import {forewordOf, historyOf, historySentence, sentenceOf} from './foreword.js'
import {startOf, type Edition, type EditionRule, type HistoryRule} from './rule.js'

export const editionFile: EditionRule = {
  scope: 'edition',
  id: 'edition-file',
  severity: 'error',
  get description() {
    return messages().checker['edition-file'].description
  },
  check({tree, file}, say) {
    if (file.stem === undefined || !/^\d{4}$/u.test(file.stem) || tree.cover.year === 0) return
    if (String(tree.cover.year) !== file.stem) {
      say(file, messages().checker['edition-file'].year({number: tree.cover.number, file: file.basename ?? '', year: file.stem}), tree.cover.positions?.number ?? startOf(tree))
    }
  }
}

export const editionSequence: HistoryRule = {
  scope: 'history',
  id: 'edition-sequence',
  severity: 'error',
  get description() {
    return messages().checker['edition-sequence'].description
  },
  check(editions, say) {
    pairs(editions, (previous, current) => {
      const place = current.tree.cover.positions?.replaces ?? current.tree.cover.positions?.number ?? startOf(current.tree)
      if (current.tree.cover.designation !== previous.tree.cover.designation) {
        say(current.file, messages().checker['edition-sequence'].designation({found: current.tree.cover.designation, expected: previous.tree.cover.designation}), current.tree.cover.positions?.number)
        return
      }
      const expected = normalizeNumber(previous.tree.cover.number)
      const replaces = current.tree.cover.replaces === undefined ? undefined : normalizeNumber(current.tree.cover.replaces)
      if (replaces !== expected) {
        say(current.file, messages().checker['edition-sequence'].replaces({found: replaces, expected}), place)
      }
    })
  }
}

/** The cells of a record row as printed, in the order of `revisionColumns`. */
const cells = (row: RevisionRecord): ReadonlyArray<string> => [
  row.number,
  row.replaces ?? '',
  row.changes.join('；'),
  row.departments.join('、'),
  row.revisers.join('、'),
  row.approvers.join('、')
]

export const editionRecord: HistoryRule = {
  scope: 'history',
  id: 'edition-record',
  severity: 'error',
  get description() {
    return messages().checker['edition-record'].description
  },
  check(editions, say) {
    pairs(editions, (previous, current) => {
      const before = historyOf(previous.tree)?.children ?? []
      const history = historyOf(current.tree)
      // The national convention keeps no record table: its change list and history of editions are checked instead.
      if (history === undefined && before.length === 0 && nationalConvention(current)) return
      const after = history?.children ?? []
      const name = previous.tree.cover.number
      if (after.length !== before.length + 1) {
        say(current.file, messages().checker['edition-record'].rows({rows: after.length, expected: before.length + 1, before: before.length, previous: name}), startOf(history) ?? startOf(current.tree))
        return
      }
      before.forEach((row, index) => {
        const now = after[index + 1]
        if (!now) return
        const [was, is] = [cells(row), cells(now)]
        const column = revisionColumns.findIndex((_, cell) => was[cell] !== is[cell])
        if (column !== -1) {
          say(current.file, messages().checker['edition-record'].changed({column: revisionColumns[column] ?? '', row: row.number, found: is[column], expected: was[column], previous: name}), startOf(now))
        }
      })
    })
  }
}

export const editionHistory: HistoryRule = {
  scope: 'history',
  id: 'edition-history',
  severity: 'error',
  get description() {
    return messages().checker['edition-history'].description
  },
  check(editions, say) {
    pairs(editions, (previous, current) => {
      const before = forewordOf(previous.tree)?.fields
      const foreword = forewordOf(current.tree)
      const now = foreword?.fields
      if (!before?.firstIssued || !now?.firstIssued) return
      const old = [before.firstIssued, ...(before.revisions ?? [])]
      const fresh = [now.firstIssued, ...(now.revisions ?? [])]
      const kept = old.every((date, index) => fresh[index] === date)
      if (!kept || fresh.length !== old.length + 1) {
        const place = startOf(sentenceOf(foreword, historySentence)) ?? startOf(foreword)
        say(current.file, messages().checker['edition-history'].history({found: fresh, previous: previous.tree.cover.number, expected: old}), place)
      }
    })
  }
}

/** An edition in the national convention: a change list or a history of editions rather than a revision record. */
function nationalConvention(edition: Edition): boolean {
  const foreword = forewordOf(edition.tree)
  return edition.tree.era !== undefined || foreword?.fields.editions !== undefined || foreword?.children.some((node) => node.type === 'changeList') === true
}

export const editionEditions: HistoryRule = {
  scope: 'history',
  id: 'edition-editions',
  severity: 'error',
  get description() {
    return messages().checker['edition-editions'].description
  },
  check(editions, say) {
    pairs(editions, (previous, current) => {
      if (!nationalConvention(current) || historyOf(current.tree) !== undefined) return
      const {issued} = current.tree.cover
      const previousIssued = previous.tree.cover.issued
      if (issued !== undefined && previousIssued !== undefined && issued <= previousIssued) {
        say(current.file, messages().checker['edition-editions'].dates({issued, previous: previous.tree.cover.number, previousIssued}), current.tree.cover.positions?.issued ?? startOf(current.tree))
      }
      const foreword = forewordOf(current.tree)
      const stated = foreword?.fields.editions
      if (!foreword || stated === undefined) return
      const years = new Set(stated.map((edition) => edition.year))
      const earlier = [...(forewordOf(previous.tree)?.fields.editions ?? []).map((edition) => ({year: edition.year, number: edition.number ?? String(edition.year)})), {year: previous.tree.cover.year, number: previous.tree.cover.number}]
      const place = startOf(sentenceOf(foreword, /历次版本(?:的)?发布情况/u)) ?? startOf(foreword)
      for (const edition of earlier) {
        if (!years.has(edition.year)) say(current.file, messages().checker['edition-editions'].missing({number: edition.number}), place)
      }
    })
  }
}

function pairs(editions: ReadonlyArray<Edition>, each: (previous: Edition, current: Edition) => void): void {
  for (let index = 1; index < editions.length; index++) {
    const previous = editions[index - 1]
    const current = editions[index]
    if (previous && current) each(previous, current)
  }
}
