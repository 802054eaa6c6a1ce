/**
 * The nodes of an edition that the rules read, gathered by one walk of its
 * tree, each list in document order. A large edition's tree outgrows the
 * processor's caches, and reading a node costs more the larger the tree: so
 * the tree is walked once for all the rules rather than once for each, and
 * what a rule asks of every node of a kind (an id, a placeholder's mark) is
 * read in that walk, while the node is at hand, leaving the rule short lists.
 */
import {messages} from '@stdkit/messages'
import {
  eachNode,
  type Appendix,
  type Clause,
  type CrossReference,
  type Example,
  type Figure,
  type Formula,
  type InlineMath,
  type NormativeReference,
  type Nodes,
  type Note,
  type RevisionRecord,
  type Standard,
  type StandardReference,
  type Table,
  type TermSource,
  type Text
} from '@stdkit/tree'

/** How a placeholder left by `stdkit new` and `stdkit revise` begins. */
export const placeholderMark = '【待填写'

export interface Gathered {
  crossReferences: Array<CrossReference>
  /** Normative references and citations of other standards outside the foreword. */
  normativeReferences: Array<NormativeReference>
  citations: Array<StandardReference>
  /** Every node with an id (clauses, terms, appendices, tables), with the id and what names the node in messages. */
  identified: Array<{node: Nodes; id: string; name: string}>
  notes: Array<Note | Example>
  /** Text and revision records that hold a placeholder's mark (`【待填写`), in the order they stand. */
  marked: Array<Text | RevisionRecord>
  /** Clauses and appendices, which have titles. */
  headed: Array<Clause | Appendix>
  /** Each clause and appendix with the sub-clauses under it. */
  levels: Array<{parent: Clause | Appendix; children: Array<Clause>}>
  /** Numbered figures, tables and formulas outside the foreword, each with the letter of the appendix it is in. */
  numbered: {[Kind in 'figure' | 'table' | 'formula']: Array<{node: Figure | Table | Formula; letter: string | undefined}>}
  /** Tables and figures, which have notes and footnotes of their own. */
  parts: Array<Table | Figure>
  /** Display and inline formulas. */
  formulas: Array<Formula | InlineMath>
  termSources: Array<TermSource>
  /** Runs of consecutive notes (notes to entry apart) and of consecutive examples among a node's children. */
  runs: {note: Array<Array<Note>>; example: Array<Array<Example>>}
}

/** The nodes whose children may be notes or examples. */
const holdsNotes: ReadonlySet<string> = new Set(['foreword', 'introduction', 'clause', 'term', 'appendix', 'table', 'figure', 'bibliography'])

/** Adds to `runs` the runs of consecutive notes and examples among `children`; a note to entry and a plain note run apart. */
function addRuns(children: ReadonlyArray<Nodes>, runs: Gathered['runs']): void {
  let notes: Array<Note> = []
  let examples: Array<Example> = []
  for (const child of children) {
    if (child.type !== 'note' || (notes[0] !== undefined && notes[0].toEntry !== child.toEntry)) {
      if (notes.length > 0) runs.note.push(notes)
      notes = []
    }
    if (child.type !== 'example') {
      if (examples.length > 0) runs.example.push(examples)
      examples = []
    }
    if (child.type === 'note') notes.push(child)
    else if (child.type === 'example') examples.push(child)
  }
  if (notes.length > 0) runs.note.push(notes)
  if (examples.length > 0) runs.example.push(examples)
}

const gathered = new WeakMap<Standard, Gathered>()

/** How a message names a provision with an id: its number, 附录A, or 表1 for a table; never its node type. */
function nameOf(node: Nodes): string {
  const {checker} = messages()
  if (node.type === 'appendix') return checker.appendix({letter: node.letter})
  if (node.type === 'table') return checker.table({number: node.number})
  return 'number' in node && typeof node.number === 'string' ? node.number : ''
}

/** The nodes of `tree`, gathered by the first rule that asks during a check (`checking`). */
export function gather(tree: Standard): Gathered {
  let found = gathered.get(tree)
  if (found) return found
  const result: Gathered = {
    crossReferences: [],
    normativeReferences: [],
    citations: [],
    identified: [],
    notes: [],
    marked: [],
    headed: [],
    levels: [],
    numbered: {figure: [], table: [], formula: []},
    parts: [],
    formulas: [],
    termSources: [],
    runs: {note: [], example: []}
  }
  for (const top of tree.children) {
    const inForeword = top.type === 'foreword'
    const letter = top.type === 'appendix' ? top.letter : undefined
    eachNode(top, (node) => {
      if ('id' in node && typeof node.id === 'string') {
        result.identified.push({node, id: node.id, name: nameOf(node)})
      }
      if (holdsNotes.has(node.type)) addRuns((node as {children: ReadonlyArray<Nodes>}).children, result.runs)
      switch (node.type) {
        case 'table':
        case 'figure':
          result.parts.push(node)
          if (node.number !== undefined && !inForeword) result.numbered[node.type].push({node, letter})
          break
        case 'formula':
          if (node.number !== undefined && !inForeword) result.numbered.formula.push({node, letter})
          result.formulas.push(node)
          break
        case 'inlineMath':
          result.formulas.push(node)
          break
        case 'termSource':
          result.termSources.push(node)
          break
        case 'crossReference':
          result.crossReferences.push(node)
          break
        case 'normativeReference':
          if (!inForeword) result.normativeReferences.push(node)
          break
        case 'standardReference':
          if (!inForeword) result.citations.push(node)
          break
        case 'note':
        case 'example':
          result.notes.push(node)
          break
        case 'text':
          if (node.value.includes(placeholderMark)) result.marked.push(node)
          break
        case 'revisionRecord':
          if ([...node.changes, ...node.departments, ...node.revisers, ...node.approvers].some((cell) => cell.includes(placeholderMark))) result.marked.push(node)
          break
        case 'clause':
        case 'appendix':
          result.headed.push(node)
          result.levels.push({parent: node, children: node.children.filter((child): child is Clause => child.type === 'clause')})
          break
        default:
      }
    })
  }
  found = result
  gathered.set(tree, found)
  return found
}

/** Runs `check` with the nodes of `tree` gathered once for all its rules, and let go after. */
export function checking(tree: Standard, check: () => void): void {
  try {
    check()
  } finally {
    gathered.delete(tree)
  }
}
