/**
 * The nodes of an edition that the rules read, gathered by one walk of its
 * tree, each list in document order. A large edition's tree outgrows the
 * processor's caches, and a walk of it costs more per node the larger it is:
 * walking it once for all the rules, rather than once for each, keeps the
 * checker's time in step with the edition's size.
 */
import {eachNode, type Appendix, type Clause, type CrossReference, type Example, type NormativeReference, type Nodes, type Note, type RevisionRecord, type Standard, type StandardReference, type Text} from '@stdkit/tree'

export interface Gathered {
  crossReferences: Array<CrossReference>
  /** Normative references and citations of other standards outside the foreword. */
  normativeReferences: Array<NormativeReference>
  citations: Array<StandardReference>
  /** Every node with an id: clauses, terms, appendices, tables. */
  identified: Array<Nodes & {id: string}>
  notes: Array<Note | Example>
  /** Text, and the revision records, in the order they stand. */
  written: Array<Text | RevisionRecord>
  /** Clauses and appendices, which have titles. */
  headed: Array<Clause | Appendix>
  /** Each clause and appendix with the sub-clauses under it. */
  levels: Array<{parent: Clause | Appendix; children: Array<Clause>}>
}

const gathered = new WeakMap<Standard, Gathered>()

/** The nodes of `tree`, gathered by the first rule that asks during a check (`checking`). */
export function gather(tree: Standard): Gathered {
  let found = gathered.get(tree)
  if (found) return found
  const result: Gathered = {crossReferences: [], normativeReferences: [], citations: [], identified: [], notes: [], written: [], headed: [], levels: []}
  for (const top of tree.children) {
    const inForeword = top.type === 'foreword'
    eachNode(top, (node) => {
      if ('id' in node && typeof node.id === 'string') result.identified.push(node as Nodes & {id: string})
      switch (node.type) {
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
        case 'revisionRecord':
          result.written.push(node)
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
