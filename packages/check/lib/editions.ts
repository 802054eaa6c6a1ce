/** Across the editions of one standard: each replaces the one before, and the revision record grows by one row each time. */
import {normalizeNumber, revisionColumns, type RevisionRecord} from '@stdkit/tree'
import {forewordOf, historyOf, historySentence, sentenceOf} from './foreword.js'
import {startOf, type Edition, type EditionRule, type HistoryRule} from './rule.js'

export const editionFile: EditionRule = {
  scope: 'edition',
  id: 'edition-file',
  severity: 'error',
  description: 'An edition is kept in a file named after its year: `2007.md` holds `Q/ZX 75.1861–2007`.',
  check({tree, file}, say) {
    if (file.stem === undefined || !/^\d{4}$/u.test(file.stem) || tree.cover.year === 0) return
    if (String(tree.cover.year) !== file.stem) {
      say(file, `Unexpected edition ${tree.cover.number} in ${file.basename ?? ''}, expected the ${file.stem} edition`, tree.cover.positions?.number ?? startOf(tree))
    }
  }
}

export const editionSequence: HistoryRule = {
  scope: 'history',
  id: 'edition-sequence',
  severity: 'error',
  description: 'Each edition replaces the one before it (`replaces` names the previous edition\'s number), and all share one designation.',
  check(editions, say) {
    pairs(editions, (previous, current) => {
      const place = current.tree.cover.positions?.replaces ?? current.tree.cover.positions?.number ?? startOf(current.tree)
      if (current.tree.cover.designation !== previous.tree.cover.designation) {
        say(current.file, `Unexpected designation ${current.tree.cover.designation}, expected ${previous.tree.cover.designation} like the other editions in this folder`, current.tree.cover.positions?.number)
        return
      }
      const expected = normalizeNumber(previous.tree.cover.number)
      const replaces = current.tree.cover.replaces === undefined ? undefined : normalizeNumber(current.tree.cover.replaces)
      if (replaces !== expected) {
        say(current.file, `Unexpected replaced edition ${replaces ?? '(none)'}, expected ${expected}, the edition before this one`, place)
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
  description: "Each edition's revision record is the previous edition's record, unchanged, plus exactly one new row for itself.",
  check(editions, say) {
    pairs(editions, (previous, current) => {
      const before = historyOf(previous.tree)?.children ?? []
      const history = historyOf(current.tree)
      const after = history?.children ?? []
      const name = previous.tree.cover.number
      if (after.length !== before.length + 1) {
        say(current.file, `Unexpected revision record of ${after.length} rows, expected ${before.length + 1}: the ${before.length} rows of ${name} plus one for this edition`, startOf(history) ?? startOf(current.tree))
        return
      }
      before.forEach((row, index) => {
        const now = after[index + 1]
        if (!now) return
        const [was, is] = [cells(row), cells(now)]
        const column = revisionColumns.findIndex((_, cell) => was[cell] !== is[cell])
        if (column !== -1) {
          const shown = (value: string | undefined) => (value ? `\`${value}\`` : 'empty')
          say(
            current.file,
            `Changed ${revisionColumns[column] ?? ''} in row ${row.number} of the revision record: ${shown(is[column])}, expected ${shown(was[column])} as in the record of ${name} (earlier rows are kept as they were)`,
            startOf(now)
          )
        }
      })
    })
  }
}

export const editionHistory: HistoryRule = {
  scope: 'history',
  id: 'edition-history',
  severity: 'error',
  description: "Each edition's history sentence repeats the previous edition's dates and adds one revision.",
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
        say(current.file, `Unexpected history \`${fresh.join(', ')}\` in the foreword, expected ${previous.tree.cover.number}'s \`${old.join(', ')}\` and one more revision`, place)
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
