/** The foreword's facts agree with the cover and with its own revision record. */
import {messages} from '@stdkit/messages'
import {eachNode, normalizeNumber, parseStandardNumber, sameStandardNumber, toText, type ChangeList, type ChangeListEntry, type Foreword, type ForewordContent, type RevisionHistory, type Standard} from '@stdkit/tree'
import {placeholderMark} from './gather.js'
import {startOf, type EditionRule} from './rule.js'

export function forewordOf(tree: Standard): Foreword | undefined {
  return tree.children.find((node): node is Foreword => node.type === 'foreword')
}

export function historyOf(tree: Standard): RevisionHistory | undefined {
  return forewordOf(tree)?.children.find((node): node is RevisionHistory => node.type === 'revisionHistory')
}

/** The foreword's paragraph that matches `pattern`, where messages about that sentence point. */
export function sentenceOf(foreword: Foreword | undefined, pattern: RegExp): ForewordContent | undefined {
  return foreword?.children.find((node) => node.type === 'paragraph' && pattern.test(toText(node)))
}

/** The history sentence: `本标准于2004年10月首次发布，…`. */
export const historySentence = /首次发布/u

const ordinal = ['首次发布', '第一次修订', '第二次修订', '第三次修订', '第四次修订', '第五次修订', '第六次修订', '第七次修订', '第八次修订', '第九次修订']

export const forewordReplaces: EditionRule = {
  scope: 'edition',
  id: 'foreword-replaces',
  severity: 'error',
  get description() {
    return messages().checker['foreword-replaces'].description
  },
  check({tree, file}, say) {
    const foreword = forewordOf(tree)
    if (!foreword) return
    const stated = foreword.fields.replaces
    const cover = tree.cover.replaces === undefined ? undefined : normalizeNumber(tree.cover.replaces)
    if (cover !== undefined && stated === undefined) {
      say(file, messages().checker['foreword-replaces'].missing({cover}), startOf(foreword))
    } else if (stated !== undefined && !sameStandardNumber(stated, cover)) {
      const sentence = sentenceOf(foreword, /代替/u)
      say(file, messages().checker['foreword-replaces'].different({stated, cover}), startOf(sentence) ?? startOf(foreword))
    }
  }
}

export const forewordRecord: EditionRule = {
  scope: 'edition',
  id: 'foreword-record',
  severity: 'error',
  get description() {
    return messages().checker['foreword-record'].description
  },
  check({tree, file}, say) {
    const history = historyOf(tree)
    const fields = forewordOf(tree)?.fields
    if (!history || !fields) return
    const [newest] = history.children
    const number = normalizeNumber(tree.cover.number)
    if (!newest) {
      say(file, messages().checker['foreword-record'].empty({number}), startOf(history))
      return
    }
    if (newest.number !== number) {
      say(file, messages().checker['foreword-record'].newest({found: newest.number, number}), startOf(newest))
      return
    }
    const replaces = tree.cover.replaces === undefined ? undefined : normalizeNumber(tree.cover.replaces)
    if (newest.replaces !== replaces) {
      say(
        file,
        newest.replaces === undefined ? messages().checker['foreword-record'].noReplaced({replaces: replaces ?? ''}) : messages().checker['foreword-record'].replaced({found: newest.replaces, replaces}),
        startOf(newest)
      )
    }
    const draft = tree.cover.status === 'draft'
    for (const [names, stated, label, same] of [
      [newest.departments, fields.departments, '修订部门', shortName],
      [newest.revisers, fields.drafters, '修订人', sameName],
      [newest.approvers, fields.approvers, '批准人', sameName]
    ] as const) {
      const expected = stated ?? []
      // A placeholder is the placeholder rule's to name; an empty cell of a draft is release's to fill.
      if (expected.some((name) => name.includes(placeholderMark)) || (draft && names.length === 0)) continue
      if (names.length === expected.length && names.every((name, index) => same(name, expected[index] ?? ''))) continue
      say(file, messages().checker['foreword-record'].names({label, found: names, expected}), startOf(newest))
    }
  }
}

const sameName = (row: string, foreword: string): boolean => row === foreword

/** The record may name a department by the last part of the full name the foreword gives: 售后管理部 for 销售体系工程服务部售后管理部. */
const shortName = (row: string, foreword: string): boolean => row !== '' && foreword.endsWith(row)

export const forewordHistory: EditionRule = {
  scope: 'edition',
  id: 'foreword-history',
  severity: 'error',
  get description() {
    return messages().checker['foreword-history'].description
  },
  check({tree, file}, say) {
    const foreword = forewordOf(tree)
    const history = historyOf(tree)
    if (!foreword || !history) return
    const {firstIssued, revisions = []} = foreword.fields
    const place = startOf(sentenceOf(foreword, historySentence)) ?? startOf(foreword)
    if (firstIssued === undefined) {
      say(file, messages().checker['foreword-history'].missing, startOf(foreword))
      return
    }
    const dates = [firstIssued, ...revisions]
    const rows = [...history.children].reverse()
    if (dates.length !== rows.length) {
      say(file, messages().checker['foreword-history'].count({dates: dates.length, named: ordinal.slice(0, dates.length).join('、'), rows: rows.length}), place)
      return
    }
    rows.forEach((row, index) => {
      const year = /(\d{4})$/u.exec(row.number)?.[1]
      const date = dates[index] ?? ''
      if (year !== undefined && !date.startsWith(year)) {
        say(file, messages().checker['foreword-history'].date({date, revision: ordinal[index], year, number: row.number}), place)
      }
    })
    const issued = tree.cover.issued
    const latest = dates.at(-1)
    if (issued && latest && latest > issued.slice(0, 7)) {
      say(file, messages().checker['foreword-history'].late({month: latest, issued}), place)
    }
  }
}

// ---------------------------------------------------------------------------
// The national form: drafting statement, change list, history of editions.

/** The drafting statement as each edition of GB/T 1.1 words it. */
export function draftingStatement(era: '2009' | '2020', self: string): string {
  return era === '2009'
    ? `${self}按照GB/T 1.1—2009给出的规则起草。`
    : `本文件按照GB/T 1.1—2020《标准化工作导则\u3000第1部分：标准化文件的结构和起草规则》的规定起草。`
}

/** A sentence compared as read: spaces of any width and the dash before a year aside. */
const squeeze = (value: string): string => value.replace(/[\s\u3000]+/gu, '').replace(/[-–—](?=\d{4})/gu, '—')

const draftingSentence = /[^。\n]*按照?GB\/T[ \u00a0]?1\.1[^。\n]*起草。?/u

export const forewordDrafting: EditionRule = {
  scope: 'edition',
  id: 'foreword-drafting',
  severity: 'error',
  get description() {
    return messages().checker['foreword-drafting'].description
  },
  check({tree, file}, say) {
    const foreword = forewordOf(tree)
    const {era} = tree
    if (!foreword || (era !== '2009' && era !== '2020')) return
    const expected = draftingStatement(era, tree.self === '本部分' ? '本部分' : '本标准')
    const sentence = sentenceOf(foreword, draftingSentence)
    if (!sentence) {
      say(file, messages().checker['foreword-drafting'].missing({expected}), startOf(foreword))
      return
    }
    const found = draftingSentence.exec(toText(sentence))?.[0] ?? ''
    if (squeeze(found) !== squeeze(expected)) say(file, messages().checker['foreword-drafting'].wording({found, expected, era}), startOf(sentence))
  }
}

/** The change lists of the foreword. */
export function changeListsOf(tree: Standard): Array<ChangeList> {
  return forewordOf(tree)?.children.filter((node): node is ChangeList => node.type === 'changeList') ?? []
}

/** Short text of an entry for a message: its first words. */
export const entryText = (entry: ChangeListEntry): string => {
  const text = toText(entry).replace(/[；;。]$/u, '')
  return text.length > 24 ? `${text.slice(0, 24)}…` : text
}

/** The numbers and letters a reference may name in a tree: clauses, term entries, appendices. */
export function provisionNumbers(tree: Standard): Set<string> {
  const numbers = new Set<string>()
  eachNode(tree, (node) => {
    if (node.type === 'clause' || node.type === 'term') numbers.add(node.number)
    else if (node.type === 'appendix') numbers.add(node.letter)
  })
  return numbers
}

export const changeListSee: EditionRule = {
  scope: 'edition',
  id: 'change-list-see',
  severity: 'error',
  get description() {
    return messages().checker['change-list-see'].description
  },
  check({tree, file}, say) {
    const lists = changeListsOf(tree)
    if (lists.length === 0) return
    const numbers = provisionNumbers(tree)
    for (const entry of lists.flatMap((list) => list.children)) {
      // A dotted number written against `见` is a cross-reference: the cross-reference rule names it.
      const referred = new Set(entry.children.flatMap((child) => (child.type === 'crossReference' ? [child.target] : [])))
      for (const target of entry.see ?? []) {
        if (numbers.has(target) || referred.has(target)) continue
        say(file, messages().checker['change-list-see'].missing({target, entry: entryText(entry)}), startOf(entry))
      }
    }
  }
}

export const changeListOld: EditionRule = {
  scope: 'edition',
  id: 'change-list-old',
  severity: 'error',
  get description() {
    return messages().checker['change-list-old'].description
  },
  check({tree, file}, say) {
    const replaced = tree.cover.replaces === undefined ? undefined : parseStandardNumber(tree.cover.replaces)
    for (const entry of changeListsOf(tree).flatMap((list) => list.children)) {
      if (entry.action === 'deleted' && entry.seeOld === undefined) {
        const example = `${replaced?.year ?? 'YYYY'}年版的${entry.see?.[0] ?? 'X.X'}`
        say(file, messages().checker['change-list-old'].missing({entry: entryText(entry), example}), startOf(entry), 'warning')
      }
      if (entry.seeOld && replaced?.year !== undefined && entry.seeOld.year !== replaced.year && tree.cover.replaces !== undefined) {
        say(file, messages().checker['change-list-old'].year({found: entry.seeOld.year, expected: replaced.year, replaces: tree.cover.replaces}), startOf(entry))
      }
    }
  }
}

/** The statement of the history of editions, where messages about it point. */
const editionsSentence = /历次版本(?:的)?发布情况/u

export const forewordEditions: EditionRule = {
  scope: 'edition',
  id: 'foreword-editions',
  severity: 'error',
  get description() {
    return messages().checker['foreword-editions'].description
  },
  check({tree, file}, say) {
    const foreword = forewordOf(tree)
    const replaces = tree.cover.replaces
    if (!foreword || tree.era === undefined || replaces === undefined) return
    const editions = foreword.fields.editions
    if (editions === undefined) {
      say(file, messages().checker['foreword-editions'].missing({replaces}), startOf(foreword), 'warning')
      return
    }
    const place = startOf(sentenceOf(foreword, editionsSentence)) ?? startOf(foreword)
    const years = editions.map((edition) => edition.year)
    if (years.some((year, index) => index > 0 && year < (years[index - 1] ?? 0))) say(file, messages().checker['foreword-editions'].order({years}), place)
    const year = parseStandardNumber(replaces)?.year
    if (year !== undefined && !years.includes(year)) say(file, messages().checker['foreword-editions'].replaced({replaces, years}), place)
  }
}
