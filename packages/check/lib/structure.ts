/** Elements and their order (GB/T 1.1 6.2.2): 前言, 1 范围, 2 规范性引用文件, 3 术语和定义, core chapters, appendices. */
import {messages} from '@stdkit/messages'
import type {Clause, ClauseRole} from '@stdkit/tree'
import {startOf, type EditionRule} from './rule.js'

const fixed: ReadonlyArray<[ClauseRole, string, string]> = [
  ['scope', '1', '范围'],
  ['normativeReferences', '2', '规范性引用文件'],
  ['terms', '3', '术语和定义']
]

export const requiredElement: EditionRule = {
  scope: 'edition',
  id: 'required-element',
  severity: 'error',
  get description() {
    return messages().checker['required-element'].description
  },
  check({tree, file}, say) {
    const top = startOf(tree) ?? {line: 1, column: 1}
    if (!tree.children.some((node) => node.type === 'foreword')) {
      say(file, messages().checker['required-element'].foreword, top)
    }
    const chapters = tree.children.filter((node): node is Clause => node.type === 'clause')
    for (const [role, number, title] of fixed) {
      if (!chapters.some((chapter) => chapter.role === role)) {
        // Point at the chapter that holds its number, where the missing one belongs.
        const holder = chapters.find((chapter) => chapter.number === number) ?? chapters[0]
        say(file, messages().checker['required-element'].chapter({number, title}), startOf(holder) ?? top)
      }
    }
    if (!chapters.some((chapter) => chapter.role === undefined)) {
      say(file, messages().checker['required-element'].core, startOf(chapters.at(-1)) ?? top)
    }
  }
}

export const elementOrder: EditionRule = {
  scope: 'edition',
  id: 'element-order',
  severity: 'error',
  get description() {
    return messages().checker['element-order'].description
  },
  check({tree, file}, say) {
    let seenClause = false
    let seenAppendix = false
    for (const node of tree.children) {
      if (node.type === 'foreword' || node.type === 'introduction') {
        const name = node.type === 'foreword' ? '前言' : '引言'
        if (seenClause || seenAppendix) say(file, messages().checker['element-order'].preliminary({name}), startOf(node))
      } else if (node.type === 'clause') {
        seenClause = true
        if (seenAppendix) say(file, messages().checker['element-order'].afterAppendix({number: node.number}), startOf(node))
        const expected = fixed.find(([role]) => role === node.role)
        if (expected && expected[1] !== node.number) {
          say(file, messages().checker['element-order'].misplaced({title: expected[2], number: node.number, expected: expected[1]}), startOf(node))
        }
        const owner = fixed.find(([, number]) => number === node.number)
        if (owner && node.role !== owner[0]) {
          say(file, messages().checker['element-order'].taken({number: node.number, title: node.title ?? '', expected: owner[2]}), startOf(node))
        }
      } else {
        seenAppendix = true
      }
    }
  }
}

export const referencesStructure: EditionRule = {
  scope: 'edition',
  id: 'references-structure',
  severity: 'error',
  get description() {
    return messages().checker['references-structure'].description
  },
  check({tree, file}, say) {
    for (const chapter of tree.children) {
      if (chapter.type !== 'clause' || chapter.role !== 'normativeReferences') continue
      for (const child of chapter.children) {
        if (child.type === 'clause') say(file, messages().checker['references-structure'].subclause({number: child.number}), startOf(child))
      }
    }
  }
}
