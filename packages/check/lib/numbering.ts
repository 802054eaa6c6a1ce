/** Numbering (GB/T 1.1 7.1–7.4): continuous chapters, sub-clauses extending their parent, no lone sub-clause, five levels. */
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
  description: 'Chapters are numbered 1, 2, 3 … without gaps, and every chapter has a title.',
  check({tree, file}, say) {
    let expected = 1
    for (const node of tree.children) {
      if (node.type !== 'clause') continue
      if (node.number !== String(expected)) {
        say(file, `Unexpected chapter number ${node.number}, expected ${expected}: chapters are numbered without gaps`, startOf(node))
      }
      if (node.title === undefined) say(file, `Missing title of chapter ${node.number}: every chapter has a title`, startOf(node))
      expected = /^\d+$/u.test(node.number) ? Number(node.number) + 1 : expected + 1
    }
  }
}

/** Visits every parent of sub-clauses (chapters, clauses, appendices) with its clause children. */
function eachLevel(tree: Standard, visit: (parent: Clause | Appendix, children: Array<Clause>) => void): void {
  for (const {parent, children} of gather(tree).levels) visit(parent, children)
}

export const clauseNumbering: EditionRule = {
  scope: 'edition',
  id: 'clause-numbering',
  severity: 'error',
  description: "A sub-clause's number extends its parent's and follows its previous sibling (4.1, 4.2; A.1, A.2 in appendix A).",
  check({tree, file}, say) {
    eachLevel(tree, (parent) => {
      const prefix = parent.type === 'appendix' ? parent.letter : parent.number
      // Term entries (3.1, 3.2 …) are numbered like the sub-clauses they stand for.
      const numbered = parent.children.filter((child): child is Clause | Term => child.type === 'clause' || child.type === 'term')
      numbered.forEach((child, index) => {
        const expected = `${prefix}.${index + 1}`
        if (child.number !== expected) {
          const where = parent.type === 'appendix' ? `in 附录${parent.letter}` : `under ${parent.number}`
          say(file, `Unexpected number ${child.number} ${where}, expected ${expected}`, startOf(child))
        }
      })
    })
  }
}

export const loneSubclause: EditionRule = {
  scope: 'edition',
  id: 'lone-subclause',
  severity: 'error',
  description: 'A level of sub-clauses exists only with at least two siblings: no 10.1 without a 10.2.',
  check({tree, file}, say) {
    eachLevel(tree, (parent, children) => {
      const [only] = children
      if (children.length === 1 && only) {
        const name = parent.type === 'appendix' ? `附录${parent.letter}` : parent.number
        say(file, `Unexpected lone sub-clause ${only.number}: ${name} has no other sub-clause, so its text belongs in ${name} itself`, startOf(only))
      }
    })
  }
}

export const clauseDepth: EditionRule = {
  scope: 'edition',
  id: 'clause-depth',
  severity: 'error',
  description: `Clauses are nested at most ${maxDepth} levels deep (5.1.1.1.1).`,
  check({tree, file}, say) {
    eachLevel(tree, (_, children) => {
      for (const child of children) {
        if (child.depth > maxDepth) say(file, `Unexpected level ${child.depth} clause ${child.number}, expected at most ${maxDepth} levels`, startOf(child))
      }
    })
  }
}

export const clauseTitles: EditionRule = {
  scope: 'edition',
  id: 'clause-title',
  severity: 'error',
  description: 'Sibling sub-clauses are either all titled or all untitled, and an untitled sub-clause is not subdivided.',
  check({tree, file}, say) {
    eachLevel(tree, (parent, children) => titleRule(parent, children, file, say))
  }
}

function titleRule(parent: Clause | Appendix, children: ReadonlyArray<Clause>, file: VFile, say: Say): void {
  const titled = children.filter((child) => child.title !== undefined).length
  if (titled > 0 && titled < children.length) {
    for (const child of children) {
      if (child.title === undefined) say(file, `Missing title of ${child.number}: its siblings under ${parent.type === 'appendix' ? `附录${parent.letter}` : parent.number} have titles`, startOf(child))
    }
  }
  if (parent.type === 'clause' && parent.depth > 1 && parent.title === undefined && children.length > 0) {
    say(file, `Unexpected sub-clauses under untitled ${parent.number}, expected an untitled clause not to be subdivided`, startOf(children[0]))
  }
}
