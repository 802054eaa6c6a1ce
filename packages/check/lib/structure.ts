/** Elements and their order (GB/T 1.1 6.2.2): 前言, 1 范围, 2 规范性引用文件, 3 术语和定义, core chapters, appendices. */
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
  description: 'A standard has a foreword (前言), chapters 1 范围, 2 规范性引用文件 and 3 术语和定义, and at least one core chapter.',
  check({tree, file}, say) {
    const top = startOf(tree) ?? {line: 1, column: 1}
    if (!tree.children.some((node) => node.type === 'foreword')) {
      say(file, 'Missing foreword: a standard starts with `# 前言`', top)
    }
    const chapters = tree.children.filter((node): node is Clause => node.type === 'clause')
    for (const [role, number, title] of fixed) {
      if (!chapters.some((chapter) => chapter.role === role)) {
        // Point at the chapter that holds its number, where the missing one belongs.
        const holder = chapters.find((chapter) => chapter.number === number) ?? chapters[0]
        say(file, `Missing chapter ${number} ${title}: GB/T 1.1 requires it even when empty`, startOf(holder) ?? top)
      }
    }
    if (!chapters.some((chapter) => chapter.role === undefined)) {
      say(file, 'Missing core chapter: after 1 范围, 2 规范性引用文件 and 3 术语和定义 a standard needs at least one chapter of requirements', startOf(chapters.at(-1)) ?? top)
    }
  }
}

export const elementOrder: EditionRule = {
  scope: 'edition',
  id: 'element-order',
  severity: 'error',
  description: 'Elements come in the order 前言, 引言, 1 范围, 2 规范性引用文件, 3 术语和定义, core chapters, then appendices.',
  check({tree, file}, say) {
    let seenClause = false
    let seenAppendix = false
    for (const node of tree.children) {
      if (node.type === 'foreword' || node.type === 'introduction') {
        const name = node.type === 'foreword' ? '前言' : '引言'
        if (seenClause || seenAppendix) say(file, `Unexpected ${name} after the chapters, expected it before chapter 1`, startOf(node))
      } else if (node.type === 'clause') {
        seenClause = true
        if (seenAppendix) say(file, `Unexpected chapter ${node.number} after an appendix, expected appendices after the last chapter`, startOf(node))
        const expected = fixed.find(([role]) => role === node.role)
        if (expected && expected[1] !== node.number) {
          say(file, `Unexpected ${expected[2]} as chapter ${node.number}, expected it as chapter ${expected[1]}`, startOf(node))
        }
        const owner = fixed.find(([, number]) => number === node.number)
        if (owner && node.role !== owner[0]) {
          say(file, `Unexpected chapter ${node.number} \`${node.title ?? ''}\`, expected chapter ${owner[1]} to be ${owner[2]}`, startOf(node))
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
  description: 'Chapter 2 规范性引用文件 is a list of documents, not subdivided into sub-clauses.',
  check({tree, file}, say) {
    for (const chapter of tree.children) {
      if (chapter.type !== 'clause' || chapter.role !== 'normativeReferences') continue
      for (const child of chapter.children) {
        if (child.type === 'clause') say(file, `Unexpected sub-clause ${child.number} in 规范性引用文件, expected the chapter to be a list of documents`, startOf(child))
      }
    }
  }
}
