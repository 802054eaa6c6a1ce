/** The foreword's facts agree with the cover and with its own revision record. */
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
  description: 'The foreword\'s `本标准自实施之日起代替…` names the same edition as the cover\'s `replaces`.',
  check({tree, file}, say) {
    const foreword = forewordOf(tree)
    if (!foreword) return
    const stated = foreword.fields.replaces
    const cover = tree.cover.replaces === undefined ? undefined : normalizeNumber(tree.cover.replaces)
    if (cover !== undefined && stated === undefined) {
      say(file, `Missing sentence \`本标准自实施之日起代替${cover}。\` in the foreword: the cover says this edition replaces ${cover}`, startOf(foreword))
    } else if (stated !== undefined && stated !== cover) {
      const sentence = sentenceOf(foreword, /代替/u)
      say(file, `Unexpected \`代替${stated}\` in the foreword, expected ${cover ?? 'no replaced edition'} as on the cover`, startOf(sentence) ?? startOf(foreword))
    }
  }
}

export const forewordRecord: EditionRule = {
  scope: 'edition',
  id: 'foreword-record',
  severity: 'error',
  description: 'The revision record\'s newest row is this edition: its number, the number it replaces, and its departments, revisers and approver as the foreword names them (a department may go by the last part of its name: 售后管理部 for 销售体系工程服务部售后管理部); a draft may leave them empty for `release` to fill.',
  check({tree, file}, say) {
    const history = historyOf(tree)
    const fields = forewordOf(tree)?.fields
    if (!history || !fields) return
    const [newest] = history.children
    const number = normalizeNumber(tree.cover.number)
    if (!newest) {
      say(file, `Empty revision record, expected a first row for ${number}`, startOf(history))
      return
    }
    if (newest.number !== number) {
      say(file, `Unexpected ${newest.number} in the revision record's first row, expected this edition, ${number} (rows run newest first)`, startOf(newest))
      return
    }
    const replaces = tree.cover.replaces === undefined ? undefined : normalizeNumber(tree.cover.replaces)
    if (newest.replaces !== replaces) {
      say(
        file,
        newest.replaces === undefined
          ? `Missing replaced number (修改前文件编号) in the revision record's first row, expected \`${replaces ?? ''}\` as on the cover`
          : `Unexpected replaced number \`${newest.replaces}\` in the revision record's first row, expected ${replaces === undefined ? 'an empty cell, as the cover names no replaced edition' : `\`${replaces}\` as on the cover`}`,
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
      const wanted = expected.length === 0 ? `none, as the foreword names no ${label}` : `\`${expected.join('、')}\` as the foreword names them`
      say(file, names.length === 0 ? `Missing ${label} in the revision record's first row, expected ${wanted}` : `Unexpected ${label} \`${names.join('、')}\` in the revision record, expected ${wanted}`, startOf(newest))
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
  description: 'The foreword\'s history sentence (`本标准于2004年10月首次发布，于2005年6月第一次修订…`) has one date per row of the revision record, each in the year of that row\'s edition.',
  check({tree, file}, say) {
    const foreword = forewordOf(tree)
    const history = historyOf(tree)
    if (!foreword || !history) return
    const {firstIssued, revisions = []} = foreword.fields
    const place = startOf(sentenceOf(foreword, historySentence)) ?? startOf(foreword)
    if (firstIssued === undefined) {
      say(file, 'Missing history sentence in the foreword, expected `本标准于YYYY年M月首次发布…。`', startOf(foreword))
      return
    }
    const dates = [firstIssued, ...revisions]
    const rows = [...history.children].reverse()
    if (dates.length !== rows.length) {
      const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
      say(file, `The foreword's history names ${count(dates.length, 'edition')} (${ordinal.slice(0, dates.length).join('、')}) but the revision record has ${count(rows.length, 'row')}`, place)
      return
    }
    rows.forEach((row, index) => {
      const year = /(\d{4})$/u.exec(row.number)?.[1]
      const date = dates[index] ?? ''
      if (year !== undefined && !date.startsWith(year)) {
        say(file, `Unexpected date ${date} for ${ordinal[index] ?? 'an edition'} in the foreword's history, expected a month of ${year} as for ${row.number}`, place)
      }
    })
    const issued = tree.cover.issued
    const latest = dates.at(-1)
    if (issued && latest && latest > issued.slice(0, 7)) {
      say(file, `Unexpected revision month ${latest} after the issue date ${issued}, expected the revision no later than its issue`, place)
    }
  }
}
