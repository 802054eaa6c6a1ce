/**
 * The search of the library: an index made at build time from the trees (not
 * from the pages), and the script that queries it in the browser. Both are
 * files of the whole site beside the index page.
 *
 * The index is a script (`search-index.js`, which sets a global) rather than
 * JSON: a page opened from `file://` cannot `fetch()` a file beside it, but
 * it can load a script, and so can a page served by `stdkit serve`. A page
 * loads it and the engine when its search field is first used, so reading an
 * edition costs nothing. The terms are MiniSearch's; the tokenizer, the query and the
 * excerpt are one classic script (assets/search-core.cjs) that the build
 * runs here and the pages run in the browser.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {documentWords} from '@stdkit/messages'
import {appendixName, pageIds, printedNumber, toText, type Nodes, type Standard} from '@stdkit/tree'
import {paths, type Site} from './model.js'
import {relative} from './url.js'

const require = createRequire(import.meta.url)

/** A document of the index: an edition's cover, or one provision. */
export interface SearchDocument {
  id: number
  number: string
  term: string
  title: string
  text: string
}

/** What a query answers: how many results, and the first of them. */
export interface SearchResults {
  total: number
  results: Array<{href: string; number: string; latest: boolean; label: string; excerpt: Array<[string, boolean]>}>
}

/** The index's data: the editions, the documents' records, and MiniSearch's index of them. */
export interface SearchData {
  editions: Array<{page: string; number: string; year: number; latest: boolean}>
  /**
   * Per document: its editions (the latest first), anchor, kind (0 cover, 1
   * term, 2 other provision), number, name, stored text. A provision the same
   * in several editions of a standard is one document.
   */
  docs: Array<[Array<number>, string, 0 | 1 | 2, string, string, string]>
  index: unknown
}

/** The shared script's functions (assets/search-core.cjs). */
export interface SearchCore {
  normalize(text: string): string
  tokenize(text: string): Array<string>
  parse(query: string): {terms: Array<string>; ranking: Array<string>; marks: Array<string>; pairs: Array<string>}
  build(documents: ReadonlyArray<SearchDocument>): unknown
  open(data: SearchData): {search(query: string, options?: {latest?: boolean; limit?: number}): SearchResults}
  excerpt(text: string, asked: ReturnType<SearchCore['parse']>, width?: number): Array<[string, boolean]>
}

const coreFile = require.resolve('@stdkit/html/assets/search-core.cjs')

/** The shared script, given the MiniSearch this package depends on. */
export const searchCore: SearchCore = (require(coreFile) as (engine: unknown) => SearchCore)(require('minisearch'))

/**
 * How much of a provision's text the index keeps for its excerpt: the text
 * is searched whole, but a long provision's excerpt of a hit past this shows
 * its start. It bounds the index of a large library (see the README's
 * figures).
 */
export const storedLength = 600

/** The records and the documents of the site's editions, in the site's order, the latest edition of each standard first. */
export function searchDocuments(site: Site): {data: Omit<SearchData, 'index'>; documents: Array<SearchDocument>} {
  const data: Omit<SearchData, 'index'> = {editions: [], docs: []}
  const documents: Array<SearchDocument> = []
  for (const standard of site.standards) {
    // A provision unchanged from a later edition is indexed once, for both.
    const seen = new Map<string, number>()
    const add = (edition: number, record: [string, 0 | 1 | 2, string, string, string], fields: Omit<SearchDocument, 'id'>): void => {
      const key = JSON.stringify([record, fields])
      const known = seen.get(key)
      if (known !== undefined) {
        data.docs[known]?.[0].push(edition)
        return
      }
      seen.set(key, data.docs.length)
      documents.push({id: data.docs.length, ...fields})
      data.docs.push([[edition], record[0], record[1], record[2], record[3], stored(record[4])])
    }
    for (const edition of [...standard.editions].reverse()) {
      const index = data.editions.length
      const {cover} = edition.tree
      data.editions.push({page: relative(paths.index, paths.edition(standard.slug, edition.year)), number: printedNumber(cover.number), year: edition.year, latest: edition === standard.editions.at(-1)})
      const title = [cover.title, cover.titleEnglish ?? ''].join(' ').trim()
      add(index, ['', 0, '', cover.title, ''], {number: [cover.designation, cover.number, printedNumber(cover.number)].join(' '), term: '', title, text: ''})
      for (const provision of provisions(edition.tree)) add(index, [provision.anchor, provision.kind, provision.number, provision.name, provision.text], provision.fields)
    }
  }
  return {data, documents}
}

function stored(text: string): string {
  const chars = Array.from(text)
  return chars.length <= storedLength ? text : chars.slice(0, storedLength).join('')
}

interface Provision {
  anchor: string
  kind: 1 | 2
  number: string
  name: string
  text: string
  fields: Omit<SearchDocument, 'id'>
}

/** Every provision of an edition with its own text (a clause's, without its sub-clauses' and terms'), in document order. */
function provisions(tree: Standard): Array<Provision> {
  const words = documentWords().edition
  const out: Array<Provision> = []
  const own = (children: ReadonlyArray<Nodes>): string =>
    children
      .filter((child) => child.type !== 'clause' && child.type !== 'term')
      .map((child) => toText(child))
      .join('\n')
  const provision = (anchor: string, number: string, name: string, text: string): Provision => ({anchor, kind: 2, number, name, text, fields: {number: '', term: '', title: name, text}})
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'foreword':
        out.push(provision(pageIds.foreword, '', words.foreword, own(node.children)))
        return
      case 'introduction':
        out.push(provision(pageIds.introduction, '', words.introduction, own(node.children)))
        return
      case 'clause':
      case 'appendix': {
        const number = node.type === 'clause' ? node.number : appendixName(node)
        out.push(provision(node.id, number, node.title ?? '', own(node.children)))
        for (const child of node.children) visit(child)
        return
      }
      case 'term': {
        const names = [node.term, ...(node.admitted ?? []), ...(node.abbreviations ?? []), node.english ?? ''].join(' ')
        const text = own(node.children)
        out.push({anchor: node.id, kind: 1, number: node.number, name: node.term, text, fields: {number: '', term: names, title: '', text}})
        return
      }
      default:
    }
  }
  for (const node of tree.children) visit(node)
  return out
}

/** The index's data for the site: the same bytes for the same trees. */
export function searchData(site: Site): SearchData {
  const {data, documents} = searchDocuments(site)
  return {...data, index: searchCore.build(documents)}
}

/**
 * The index as the script the pages load (`search-index.js`): its JSON in a
 * string given to `JSON.parse`, which a browser reads several times faster
 * than the same data written as an object literal (0.06 s against 0.5 s for
 * 200 standards, in Node).
 */
export function renderSearchIndex(site: Site): string {
  const json = JSON.stringify(searchData(site)).replace(/[\\']/gu, '\\$&')
  return `// stdkit: the search index of this site, made by the build; search-engine.js reads it.\nself.stdkitSearchIndex = JSON.parse('${json}')\n`
}

let script: string | undefined

/** The search's engine (`search-engine.js`): MiniSearch and the shared script, one file read once; the pages inline the box's own script (assets/search.js). */
export function renderSearchScript(): string {
  if (script === undefined) {
    // The package exports its CommonJS and module builds only: its browser build and its version are read beside them.
    const folder = path.resolve(path.dirname(require.resolve('minisearch')), '../..')
    const engine = path.join(folder, 'dist/umd/index.js')
    const {version} = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {version: string}
    script = [
      `// MiniSearch ${version} (https://github.com/lucaong/minisearch), © Luca Ongaro, MIT licence.`,
      readFileSync(engine, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/u, '\n'),
      readFileSync(coreFile, 'utf8')
    ].join('\n')
  }
  return script
}
