/** Numbering (GB/T 1.1 7.1–7.4): continuous chapters, sub-clauses extending their parent, no lone sub-clause, five levels. */
import {messages} from '@stdkit/messages'
import type {Appendix, Clause, Standard, Term} from '@stdkit/tree'
import {gather} from './gather.js'
import {startOf, type EditionRule, type Say} from './rule.js'
import type {VFile} from 'vfile'

/** Deepest level GB/T 1.1 allows: 5.1.1.1.1. */
export const maxDepth = 5

export const chapterNumbering: EditionRule = {
  scope: 'edition',
  id: 'chapter-numbering',
  severity: 'error',
  get description() {
    return messages().checker['chapter-numbering'].description
  },
  check({tree, file}, say) {
    let expected = 1
    for (const node of tree.children) {
      if (node.type !== 'clause') continue
      if (node.number !== String(expected)) {
        say(file, messages().checker['chapter-numbering'].number({number: node.number, expected}), startOf(node))
      }
      if (node.title === undefined) say(file, messages().checker['chapter-numbering'].title({number: node.number}), startOf(node))
      expected = /^\d+$/u.test(node.number) ? Number(node.number) + 1 : expected + 1
    }
  }
}

/** How a message names a parent of sub-clauses: its number, or 附录A. */
function parentName(parent: Clause | Appendix): string {
  return parent.type === 'appendix' ? messages().checker.appendix({letter: parent.letter}) : parent.number
}

/** Visits every parent of sub-clauses (chapters, clauses, appendices) with its clause children. */
function eachLevel(tree: Standard, visit: (parent: Clause | Appendix, children: Array<Clause>) => void): void {
  for (const {parent, children} of gather(tree).levels) visit(parent, children)
}

export const clauseNumbering: EditionRule = {
  scope: 'edition',
  id: 'clause-numbering',
  severity: 'error',
  get description() {
    return messages().checker['clause-numbering'].description
  },
  check({tree, file}, say) {
    eachLevel(tree, (parent) => {
      const prefix = parent.type === 'appendix' ? parent.letter : parent.number
      // Term entries (3.1, 3.2 …) are numbered like the sub-clauses they stand for.
      const numbered = parent.children.filter((child): child is Clause | Term => child.type === 'clause' || child.type === 'term')
      numbered.forEach((child, index) => {
        const expected = `${prefix}.${index + 1}`
        if (child.number !== expected) {
          say(file, messages().checker['clause-numbering'].number({number: child.number, parent: parentName(parent), appendix: parent.type === 'appendix', expected}), startOf(child))
        }
      })
    })
  }
}

export const loneSubclause: EditionRule = {
  scope: 'edition',
  id: 'lone-subclause',
  severity: 'error',
  get description() {
    return messages().checker['lone-subclause'].description
  },
  check({tree, file}, say) {
    eachLevel(tree, (parent, children) => {
      const [only] = children
      if (children.length === 1 && only) {
        say(file, messages().checker['lone-subclause'].lone({number: only.number, parent: parentName(parent)}), startOf(only))
      }
    })
  }
}

export const clauseDepth: EditionRule = {
  scope: 'edition',
  id: 'clause-depth',
  severity: 'error',
  get description() {
    return messages().checker['clause-depth'].description
  },
  check({tree, file}, say) {
    eachLevel(tree, (_, children) => {
      for (const child of children) {
        if (child.depth > maxDepth) say(file, messages().checker['clause-depth'].deep({number: child.number, depth: child.depth, max: maxDepth}), startOf(child))
      }
    })
  }
}

export const clauseTitles: EditionRule = {
  scope: 'edition',
  id: 'clause-title',
  severity: 'error',
  get description() {
    return messages().checker['clause-title'].description
  },
  check({tree, file}, say) {
    eachLevel(tree, (parent, children) => titleRule(parent, children, file, say))
  }
}

function titleRule(parent: Clause | Appendix, children: ReadonlyArray<Clause>, file: VFile, say: Say): void {
  const titled = children.filter((child) => child.title !== undefined).length
  if (titled > 0 && titled < children.length) {
    for (const child of children) {
      if (child.title === undefined) say(file, messages().checker['clause-title'].title({number: child.number, parent: parentName(parent)}), startOf(child))
    }
  }
  if (parent.type === 'clause' && parent.depth > 1 && parent.title === undefined && children.length > 0) {
    say(file, messages().checker['clause-title'].untitled({number: parent.number}), startOf(children[0]))
  }
}
