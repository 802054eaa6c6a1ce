/**
 * Drafting rules read from the text itself: what the document calls itself
 * (本文件, 本标准, 本部分), hanging paragraphs, and normative appendices the
 * body requires.
 */
import {messages} from '@stdkit/messages'
import {eachNode, toText, type Appendix, type Paragraph, type TableCell, type Text} from '@stdkit/tree'
import type {Point} from 'unist'
import {eraOf, isPart, selfWords, type SelfWord} from './era.js'
import {gather} from './gather.js'
import {unquoted} from './references.js'
import {startOf, type EditionRule} from './rule.js'

/** Where the character at `index` of a text node is, when the node maps one to one onto the source; else its start. */
function pointIn(node: Text, index: number): Point | undefined {
  const position = node.position
  if (!position) return undefined
  const {start, end} = position
  const exact = start.offset !== undefined && end.offset !== undefined && end.offset - start.offset === node.value.length && start.line === end.line
  return exact ? {line: start.line, column: start.column + index, offset: (start.offset ?? 0) + index} : start
}

const selfPattern = /本(?:标准|文件|部分)/gu
/** Titles of other documents (《…》) name them, not this one. */
const titles = /《[^》]*》/gu

export const selfReference: EditionRule = {
  scope: 'edition',
  id: 'self-reference',
  severity: 'warning',
  get description() {
    return messages().checker['self-reference'].description
  },
  check({tree, file}, say) {
    const words = selfWords(tree)
    const era = eraOf(tree)
    const reason = era === undefined ? (isPart(tree) ? 'part' : 'whole') : era === 2020 ? 'era' : isPart(tree) ? 'part' : 'whole'
    for (const top of tree.children) {
      eachNode(top, (node) => {
        if (node.type !== 'text') return
        const value = unquoted(node.value).replace(titles, (match) => '\u3000'.repeat(match.length))
        for (const match of value.matchAll(selfPattern)) {
          const word = match[0] as SelfWord
          if (words.includes(word)) continue
          say(file, messages().checker['self-reference'].word({word, expected: words[0] ?? '本文件', reason, era: era === undefined ? '' : `GB/T 1.1—${era}`}), pointIn(node, match.index))
          break
        }
      })
    }
  }
}

export const hangingParagraph: EditionRule = {
  scope: 'edition',
  id: 'hanging-paragraph',
  severity: 'warning',
  get description() {
    return messages().checker['hanging-paragraph'].description
  },
  check({tree, file}, say) {
    const era = eraOf(tree)
    // GB/T 1.1—2009 (5.2.5) and —2020 (7.3) forbid it; older and enterprise texts are not held to it.
    if (era !== 2009 && era !== 2020) return
    for (const {parent, children} of gather(tree).levels) {
      const [first] = children
      if (!first || (parent.type === 'clause' && (parent.role === 'normativeReferences' || parent.role === 'terms'))) continue
      const hanging = parent.children.slice(0, parent.children.indexOf(first))
      const [block] = hanging
      if (!block) continue
      const name = parent.type === 'appendix' ? messages().checker.appendix({letter: parent.letter}) : parent.number
      say(file, messages().checker['hanging-paragraph'].hanging({parent: name, first: first.number, era: `GB/T 1.1—${era}`}), startOf(block))
    }
  }
}

/** Words that make a sentence a requirement on what an appendix holds: 应符合附录A, 按附录A执行, 见附录A in a sentence with 应. */
const requiring = /应|须|宜|不得|严禁|禁止|符合|遵守|遵循|执行|按照|依照/u

/** Sentences of a block of text, as a reader splits them. */
const sentenceEnd = /[。；！？!?;]/u

export const appendixUncited: EditionRule = {
  scope: 'edition',
  id: 'appendix-uncited',
  severity: 'warning',
  get description() {
    return messages().checker['appendix-uncited'].description
  },
  check({tree, file}, say) {
    const required = new Set<string>()
    for (const top of tree.children) {
      if (top.type === 'foreword' || top.type === 'introduction') continue
      eachNode(top, (node) => {
        if (node.type === 'note' || node.type === 'example') return 'skip'
        if (node.type === 'paragraph' || node.type === 'tableCell') requirements(node, required, top.type === 'appendix' ? top.letter : undefined)
        return undefined
      })
    }
    for (const appendix of tree.children.filter((node): node is Appendix => node.type === 'appendix')) {
      if (appendix.status === 'normative' && !required.has(appendix.letter)) {
        say(file, messages().checker['appendix-uncited'].uncited({letter: appendix.letter}), startOf(appendix))
      }
    }
  }
}

/** Adds to `required` the letter of every appendix a requirement of `block` cites, outside the appendix itself. */
function requirements(block: Paragraph | TableCell, required: Set<string>, own: string | undefined): void {
  let text = ''
  const cited: Array<{letter: string; at: number}> = []
  for (const child of block.children) {
    if (child.type === 'crossReference' && child.kind === 'appendix' && child.target !== own) cited.push({letter: child.target, at: text.length})
    text += toText(child)
  }
  for (const {letter, at} of cited) {
    let start = at
    while (start > 0 && !sentenceEnd.test(text[start - 1] ?? '')) start--
    let end = at
    while (end < text.length && !sentenceEnd.test(text[end] ?? '')) end++
    if (requiring.test(unquoted(text.slice(start, end)))) required.add(letter)
  }
}

