/**
 * Which edition of GB/T 1.1 an edition was drafted under, and what it calls
 * itself. The tree's `era` is taken where the parser gives one; otherwise the
 * foreword's drafting statement names it (`本文件按照GB/T 1.1—2020…起草`,
 * `本标准按照GB/T 1.1—2009给出的规则起草`). An enterprise standard that states
 * no drafting rules has no era, and the rules accept the wording of any.
 */
import type {Foreword, Standard} from '@stdkit/tree'
import {eachNode} from '@stdkit/tree'

/** The editions of GB/T 1.1 whose wording differs. */
export type Era = 2000 | 2009 | 2020

/** The word a document calls itself. */
export type SelfWord = '本标准' | '本文件' | '本部分'

const eras: ReadonlyArray<Era> = [2000, 2009, 2020]

/** The era of an edition, or undefined when it states none. */
export function eraOf(tree: Standard): Era | undefined {
  const given = Number((tree as {era?: unknown}).era)
  if (eras.includes(given as Era)) return given as Era
  const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
  let found: Era | undefined
  if (foreword) {
    eachNode(foreword, (node) => {
      if (found === undefined && node.type === 'standardReference' && node.designation === 'GB/T 1.1' && eras.includes(node.year as Era)) found = node.year as Era
    })
  }
  return found
}

/** Whether the edition is a part of a standard: its title has `第N部分`. */
export function isPart(tree: Standard): boolean {
  return /第[\d一二三四五六七八九十]+部分/u.test(tree.cover.title)
}

/**
 * The words an edition may call itself by, given its era: 本文件 under the
 * 2020 rules; 本部分 in a part and 本标准 otherwise under the 2000 and 2009
 * rules, the 2009 rules also giving 本文件 in the lead-ins of chapters 2 and 3;
 * without an era, any but the one that contradicts being a part.
 */
export function selfWords(tree: Standard): ReadonlyArray<SelfWord> {
  const part = isPart(tree)
  const own: SelfWord = part ? '本部分' : '本标准'
  switch (eraOf(tree)) {
    case 2020:
      return ['本文件']
    case 2009:
      return [own, '本文件']
    case 2000:
      return [own]
    default:
      return [own, '本文件']
  }
}
