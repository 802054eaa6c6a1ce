/** The foreword's facts agree with the cover and with its own revision record. */
import {messages} from '@stdkit/messages'
import {normalizeNumber, toText, type Foreword, type ForewordContent, type RevisionHistory, type Standard} from '@stdkit/tree'
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
    } else if (stated !== undefined && stated !== cover) {
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
