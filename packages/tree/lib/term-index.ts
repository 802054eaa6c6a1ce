/**
 * The entries of a standard's index of terms (索引), as every publisher lists
 * them: each term entry's preferred and admitted terms in pinyin order, then
 * its English equivalents alphabetically, each with the number of its entry.
 */
import type {Standard, Term} from './types.js'

export interface IndexEntry {
  /** The term as listed. */
  name: string
  /** The number of its entry, `3.1`. */
  number: string
  /** The id of its entry, which the index links to. */
  id: string
}

/** Every term entry of the tree, in document order. */
function termsOf(tree: Standard): Array<Term> {
  const terms: Array<Term> = []
  const walk = (nodes: ReadonlyArray<{type: string; children?: unknown}>): void => {
    for (const node of nodes) {
      if (node.type === 'term') terms.push(node as Term)
      else if (node.type === 'clause' || node.type === 'appendix') walk((node as {children: ReadonlyArray<{type: string}>}).children)
    }
  }
  walk(tree.children)
  return terms
}

const pinyin = new Intl.Collator('zh-u-co-pinyin')
const english = new Intl.Collator('en', {sensitivity: 'base'})

/** The entries of the index: each term (preferred and admitted) with the entry it leads to, sorted. */
export function indexEntries(tree: Standard): {chinese: Array<IndexEntry>; english: Array<IndexEntry>} {
  const chinese: Array<IndexEntry> = []
  const englishEntries: Array<IndexEntry> = []
  for (const term of termsOf(tree)) {
    for (const name of [term.term, ...(term.admitted ?? [])]) chinese.push({name, number: term.number, id: term.id})
    if (term.english) englishEntries.push({name: term.english, number: term.number, id: term.id})
  }
  const byNumber = (a: IndexEntry, b: IndexEntry) => a.number.localeCompare(b.number, 'en', {numeric: true})
  chinese.sort((a, b) => pinyin.compare(a.name, b.name) || byNumber(a, b))
  englishEntries.sort((a, b) => english.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || byNumber(a, b))
  return {chinese, english: englishEntries}
}
