/**
 * Technical content (GB/T 1.1—2020 9.3–9.5, 8.6): figures, tables and
 * formulas numbered in order and cited, notes and examples numbered as they
 * stand, table and figure footnotes called both ways, formulas that compile,
 * the back matter in its place, and term sources that name a document and
 * its clause.
 */
import {messages} from '@stdkit/messages'
import {checkTex as typesetCheck} from '@stdkit/math'
import {eachNode, toText, type Nodes, type PhrasingContent, type Standard} from '@stdkit/tree'
import {gather} from './gather.js'
import {startOf, type EditionRule, type TexCheck} from './rule.js'

type NumberedKind = 'figure' | 'table' | 'formula'

/** A numbering rule: 1, 2 … through the body, A.1, A.2 … again in each appendix, in document order. */
function numbering(kind: NumberedKind): EditionRule {
  const id = `${kind}-numbering` as const
  return {
    scope: 'edition',
    id,
    severity: 'error',
    get description() {
      return messages().checker[id].description
    },
    check({tree, file}, say) {
      const next = new Map<string, number>()
      for (const {node, letter} of gather(tree).numbered[kind]) {
        const sequence = letter ?? ''
        const expected = next.get(sequence) ?? 1
        const number = node.number ?? ''
        const printed = letter === undefined ? String(expected) : `${letter}.${expected}`
        if (number !== printed) say(file, messages().checker[id].number({found: number, expected: printed, letter}), startOf(node))
        // After a wrong number, count on from the one written, so one mistake is one message.
        const written = letter === undefined ? /^(\d+)$/u.exec(number) : new RegExp(`^${letter}\\.(\\d+)$`, 'u').exec(number)
        next.set(sequence, written ? Number(written[1]) + 1 : expected + 1)
      }
    }
  }
}

export const figureNumbering = numbering('figure')
export const tableNumbering = numbering('table')
export const formulaNumbering = numbering('formula')

/**
 * A rule that each numbered figure (or table) is cited by a cross-reference
 * somewhere in the text. A table or figure of an appendix the text cites
 * (`见附录A`) is cited with it: a form or a set of figures that makes up the
 * appendix is what the reference points at.
 */
function cited(kind: 'figure' | 'table'): EditionRule {
  const id = `${kind}-cited` as const
  return {
    scope: 'edition',
    id,
    severity: 'warning',
    get description() {
      return messages().checker[id].description
    },
    check({tree, file}, say) {
      const references = gather(tree).crossReferences
      const targets = new Set(references.filter((node) => node.kind === kind).map((node) => node.target))
      const appendices = new Set(references.filter((node) => node.kind === 'appendix').map((node) => node.target))
      for (const {node, letter} of gather(tree).numbered[kind]) {
        const number = node.number ?? ''
        if (!targets.has(number) && !(letter !== undefined && appendices.has(letter))) say(file, messages().checker[id].uncited({number}), startOf(node))
      }
    }
  }
}

export const figureCited = cited('figure')
export const tableCited = cited('table')

export const noteNumbering: EditionRule = {
  scope: 'edition',
  id: 'note-numbering',
  severity: 'error',
  get description() {
    return messages().checker['note-numbering'].description
  },
  check({tree, file}, say) {
    for (const run of gather(tree).runs.note) {
      run.forEach((note, index) => {
        // A note to entry of GB/T 1.1—2020 is numbered even alone: `注1到条目：`.
        const numbered = run.length > 1 || note.toEntry === true
        const expected = numbered ? index + 1 : undefined
        if (note.number !== expected) {
          const label = (number: number | undefined) => `注${number ?? ''}${note.toEntry ? '到条目' : ''}：`
          say(file, messages().checker['note-numbering'].number({found: label(note.number), expected: label(expected)}), startOf(note))
        }
      })
    }
  }
}

export const exampleNumbering: EditionRule = {
  scope: 'edition',
  id: 'example-numbering',
  severity: 'error',
  get description() {
    return messages().checker['example-numbering'].description
  },
  check({tree, file}, say) {
    for (const run of gather(tree).runs.example) {
      run.forEach((example, index) => {
        const expected = run.length > 1 ? index + 1 : undefined
        if (example.number !== expected) {
          const label = (number: number | undefined) => `示例${number ?? ''}：`
          say(file, messages().checker['example-numbering'].number({found: label(example.number), expected: label(expected)}), startOf(example))
        }
      })
    }
  }
}

/** A footnote call of a table or figure: a superscript holding one lower-case letter (`^a^`). */
const callLabel = /^[a-z]$/u

/** The footnote calls in some content, in order: superscripts of one letter. */
function callsIn(nodes: ReadonlyArray<Nodes>, found: Array<{label: string; node: Nodes}> = []): Array<{label: string; node: Nodes}> {
  for (const node of nodes) {
    eachNode(node, (inner) => {
      if (inner.type === 'tableFootnote') return 'skip'
      if (inner.type === 'superscript') {
        const label = toText(inner)
        if (callLabel.test(label)) found.push({label, node: inner})
        return 'skip'
      }
      return undefined
    })
  }
  return found
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

export const tableFootnote: EditionRule = {
  scope: 'edition',
  id: 'table-footnote',
  severity: 'error',
  get description() {
    return messages().checker['table-footnote'].description
  },
  check({tree, file}, say) {
    const text = messages().checker['table-footnote']
    for (const node of gather(tree).parts) {
      const name = `${node.type === 'table' ? '表' : '图'}${node.number ?? ''}`
      const footnotes = node.children.filter((child) => child.type === 'tableFootnote')
      const calls = callsIn(node.children)
      const labels = new Set(footnotes.map((footnote) => footnote.label))
      for (const call of calls) if (!labels.has(call.label)) say(file, text.undefined({label: call.label, name}), startOf(call.node))
      const called = new Set(calls.map((call) => call.label))
      footnotes.forEach((footnote, index) => {
        const expected = letters[index] ?? '?'
        if (footnote.label !== expected) say(file, text.order({label: footnote.label, expected, name}), startOf(footnote))
        if (!called.has(footnote.label)) say(file, text.uncalled({label: footnote.label, name}), startOf(footnote))
      })
    }
  }
}

/** `formula`: every display and inline formula compiles, through `@stdkit/math` unless the check is given another `checkTex`. */
export const formulaCompiles: EditionRule = {
  scope: 'edition',
  id: 'formula',
  severity: 'error',
  get description() {
    return messages().checker.formula.description
  },
  check({tree, file, checkTex}, say) {
    const check: TexCheck = checkTex ?? typesetCheck
    for (const node of gather(tree).formulas) {
      const error = check(node.value)
      if (error !== undefined) say(file, messages().checker.formula.invalid({tex: node.value.trim(), error}), startOf(node))
    }
  }
}

export const backMatterOrder: EditionRule = {
  scope: 'edition',
  id: 'back-matter-order',
  severity: 'error',
  get description() {
    return messages().checker['back-matter-order'].description
  },
  check({tree, file}, say) {
    const text = messages().checker['back-matter-order']
    const name = (node: Standard['children'][number]): string =>
      node.type === 'appendix' ? messages().checker.appendix({letter: node.letter}) : node.type === 'clause' ? node.number : node.type === 'bibliography' ? '参考文献' : node.type === 'termIndex' ? '索引' : '前言'
    tree.children.forEach((node, index) => {
      if (node.type !== 'bibliography' && node.type !== 'termIndex') return
      const later = tree.children.slice(index + 1)
      const misplaced = node.type === 'bibliography' ? later.find((after) => after.type === 'appendix' || after.type === 'clause') : later.find((after) => after.type !== 'termIndex')
      if (misplaced) say(file, text[node.type === 'bibliography' ? 'bibliography' : 'index']({after: name(misplaced)}), startOf(node))
    })
  }
}

/** A document named by its title: `《…》`; or by a number not read as a standard's (`ISO 1087:2019`, `IEC 60050-195`). */
const documentTitle = /《[^》]+》|^[A-Z][A-Za-z]*(?:\/[A-Z]+)?\s*[\d.:\-—–]+/u
/** A clause after the document: `，3.1`, `，A.2`, `，第5章`, `，定义2.1`. */
const clausePart = /[，,；;]\s*(?:第\s*)?(?:[A-Z]|\d+)(?:\.\d+)*(?:\s*章|\s*条)?|[，,]\s*(?:定义|条款)\s*\d/u

export const termSource: EditionRule = {
  scope: 'edition',
  id: 'term-source',
  severity: 'warning',
  get description() {
    return messages().checker['term-source'].description
  },
  check({tree, file}, say) {
    const text = messages().checker['term-source']
    for (const node of gather(tree).termSources) {
      const source = toText(node).trim()
      const standard = node.children.some((child: PhrasingContent) => child.type === 'standardReference')
      if (!standard && !documentTitle.test(source)) say(file, text.document({source}), startOf(node))
      else if (!clausePart.test(source)) say(file, text.clause({source}), startOf(node))
    }
  }
}
