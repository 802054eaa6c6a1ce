/**
 * The NISO STS publisher: a standard tree as standards XML in the NISO STS
 * 1.2 interchange tag set with MathML 3 (ANSI/NISO Z39.102), valid against
 * its DTD. The cover becomes `std-meta`; the foreword and introduction are
 * sections of the front matter; the clauses are `sec` (the terms chapter's
 * entries `term-sec` with a TBX `tbx:termEntry`), the appendices `app` in an
 * `app-group` of the back matter, with the bibliography as a `ref-list` and
 * the index of terms as an `index`. Every number is kept as its `label` and
 * every id as the element's `id`, so cross-references are `xref`s to them.
 *
 * The document is built as an xast tree (xastscript) and serialised with
 * xast-util-to-xml, which escapes every text and attribute.
 */
import type {Element, ElementContent, Root} from 'xast'
import {x} from './xml.js'
import {toXml} from 'xast-util-to-xml'
import {documentWords} from '@stdkit/messages'
import {
  appendixName,
  appendixStatusLabel,
  dashOf,
  exampleLabel,
  handle,
  indexEntries,
  noteLabel,
  numberedName,
  revisionColumns,
  type BibliographyEntry,
  type BlockContent,
  type Content,
  type DefinitionList,
  type Figure,
  type Handlers,
  type IndexEntry,
  type Image,
  type ListItem,
  type Nodes,
  type Note,
  type PhrasingContent,
  type Standard,
  type Table,
  type TableFootnote,
  type Term
} from '@stdkit/tree'
import {mathml, mathmlNamespace} from './math.js'
import {stdMeta} from './meta.js'

/** The public identifier of the DTD the output follows, and its system identifier as NISO publishes it. */
export const stsDoctype = {
  name: 'standard',
  public: '-//NISO//DTD NISO STS Interchange Tag Set (NISO STS) DTD with MathML 3.0 v1.2 20240307//EN',
  system: 'NISO-STS-interchange-1-mathml3.dtd'
} as const

const namespaces = {
  'xmlns:mml': mathmlNamespace,
  'xmlns:tbx': 'urn:iso:std:iso:30042:ed-1',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink'
}

interface State {
  /** Unnumbered tables and figures so far, whose footnotes' ids are made from their count. */
  unnumbered: number
  /** The entries of the index of terms, for a `termIndex`. */
  index: ReturnType<typeof indexEntries>
}

type Out = Array<ElementContent>

/** An edition as NISO STS XML: a complete document with its doctype, UTF-8, ending in a newline. */
export function renderSts(tree: Standard): string {
  const root: Root = {type: 'root', children: [{type: 'doctype', name: stsDoctype.name, public: stsDoctype.public, system: stsDoctype.system}, {type: 'text', value: '\n'}, standard(tree)]}
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(root, {closeEmptyElements: true})}\n`
}

function standard(tree: Standard): Element {
  const state: State = {unnumbered: 0, index: indexEntries(tree)}
  const front: Out = [stdMeta(tree)]
  const body: Out = []
  const appendices: Out = []
  const back: Out = []
  for (const child of tree.children) {
    switch (child.type) {
      case 'foreword':
      case 'introduction':
        front.push(...one(child, state))
        break
      case 'appendix':
        appendices.push(...one(child, state))
        break
      case 'bibliography':
      case 'termIndex':
        back.push(...one(child, state))
        break
      default:
        body.push(...one(child, state))
    }
  }
  const backMatter: Out = [
    ...(appendices.length === 0 ? [] : [x('app-group', appendices)]),
    ...back
  ]
  // The body may not be empty of sections and paragraphs alike only in a draft with nothing yet: DTD allows an empty body.
  return x('standard', {...namespaces, 'xml:lang': 'zh', 'dtd-version': '1.2'}, [
    x('front', front),
    x('body', body),
    ...(backMatter.length === 0 ? [] : [x('back', backMatter)])
  ])
}

const one = (node: Nodes, state: State): Out => handle(handlers, node as Content, state)
const flow = (nodes: ReadonlyArray<Nodes>, state: State): Out => nodes.flatMap((node) => one(node, state))
const phrasing = (nodes: ReadonlyArray<PhrasingContent>, state: State): Out => nodes.flatMap((node) => one(node, state))
const text = (value: string): ElementContent => ({type: 'text', value})

/** A paragraph of phrasing content. */
const p = (children: Out): Element => x('p', children)

/** Where a list type of GB/T 1.1 is a JATS list type. */
const listTypes = {dash: 'dash', dot: 'bullet', letter: 'alpha-lower', number: 'arabic'} as const

const handlers = {
  foreword: (node, state) => [x('sec', {id: 'foreword', 'sec-type': 'foreword'}, [x('title', documentWords().edition.foreword), ...flow(node.children, state)])],
  introduction: (node, state) => [x('sec', {id: 'introduction', 'sec-type': 'intro'}, [x('title', documentWords().edition.introduction), ...flow(node.children, state)])],
  revisionHistory: (node) => [
    x('table-wrap', {'content-type': 'revision-record'}, [
      x('table', {border: '1'}, [
        x('thead', x('tr', revisionColumns.map((column) => x('th', column)))),
        x('tbody', node.children.map((record) =>
          x('tr', [record.number, record.replaces ?? '', record.changes.join('；'), record.departments.join('、'), record.revisers.join('、'), record.approvers.join('、')].map((cell) => x('td', cell)))
        ))
      ])
    ])
  ],
  changeList: (node, state) => [
    x('list', {'list-type': node.marker === 'dash' ? 'dash' : 'alpha-lower', 'list-content': 'change-list'}, node.children.map((entry) =>
      x('list-item', [x('label', entry.label), x('p', {'content-type': entry.action}, phrasing(entry.children, state))])
    ))
  ],
  clause: (node, state) => {
    const children = flow(node.children, state)
    return [
      x('sec', {id: node.id, 'sec-type': node.role === undefined ? undefined : secTypes[node.role]}, [
        x('label', node.number),
        ...(node.title === undefined ? [] : [x('title', node.title)]),
        ...sectionContent(children)
      ])
    ]
  },
  term: (node, state) => [term(node, state)],
  normativeReference: (node) => [
    x('ref', {id: undefined}, [
      x('std', {type: node.year === undefined ? 'undated' : 'dated'}, [
        x('std-ref', node.year === undefined ? node.designation : `${node.designation}${dashOf(node.code)}${node.year}`),
        text('\u3000'),
        x('title', node.title)
      ])
    ])
  ],
  appendix: (node, state) => {
    const status = appendixStatusLabel(node)
    return [
      x('app', {id: node.id, 'content-type': node.status === 'normative' ? 'norm-annex' : node.status === 'informative' ? 'inform-annex' : undefined}, [
        x('label', appendixName(node)),
        ...(status === '' ? [] : [x('annex-type', status)]),
        x('title', node.title),
        ...sectionContent(flow(node.children, state))
      ])
    ]
  },
  bibliography: (node, state) => [x('ref-list', {id: node.id, 'content-type': 'bibl'}, [x('title', documentWords().technical.bibliography), ...references(node.children, state)])],
  termIndex: (node, state) => [termIndex(node.id, state)],
  paragraph: (node, state) => [p(phrasing(node.children, state))],
  list: (node, state) => [x('list', {'list-type': listTypes[node.marker]}, node.children.map((item) => listItem(item, state)))],
  note: (node, state) => [note(node, state)],
  example: (node, state) => [x('non-normative-example', [x('label', exampleLabel(node)), p(phrasing(node.children, state))])],
  table: (node, state) => [table(node, state)],
  figure: (node, state) => [figure(node, state)],
  formula: (node) => {
    const math = mathml(node.value, true)
    return [
      x('disp-formula', {id: node.id}, [
        ...(node.number === undefined ? [] : [x('label', documentWords().technical.formulaNumber({number: node.number}))]),
        math === undefined ? x('tex-math', node.value) : x('alternatives', [math, x('tex-math', node.value)])
      ])
    ]
  },
  code: (node) => [x('code', {language: node.lang, 'xml:space': 'preserve'}, node.value)],
  definitionList: (node, state) => [definitionList(node, state)],
  text: (node) => [text(node.value)],
  crossReference: (node, state) =>
    node.targetId === undefined ? phrasing(node.children, state) : [x('xref', {'ref-type': refTypes[node.kind], rid: node.targetId}, phrasing(node.children, state))],
  standardReference: (node, state) => [x('std', {type: node.year === undefined ? 'undated' : 'dated'}, x('std-ref', phrasing(node.children, state)))],
  inlineMath: (node) => {
    const math = mathml(node.value, false)
    return [x('inline-formula', math === undefined ? x('tex-math', node.value) : x('alternatives', [math, x('tex-math', node.value)]))]
  },
  footnote: (node, state) => [x('fn', {id: `fn-${node.number}`}, [x('label', documentWords().technical.footnoteLabel({number: node.number})), p(phrasing(node.children, state))])],
  superscript: (node, state) => [x('sup', phrasing(node.children, state))],
  subscript: (node, state) => [x('sub', phrasing(node.children, state))],
  emphasis: (node, state) => [x('italic', phrasing(node.children, state))],
  strong: (node, state) => [x('bold', phrasing(node.children, state))],
  break: () => [x('break')]
} satisfies Handlers<Content, State, Out>

/** The `sec-type` of the chapters GB/T 1.1 fixes, as ISO's STS documents name them. */
const secTypes = {scope: 'scope', normativeReferences: 'norm-refs', terms: 'terms', symbols: 'symbols', abbreviations: 'abbreviations'} as const

const refTypes = {clause: 'sec', appendix: 'app', table: 'table', figure: 'fig', formula: 'disp-formula'} as const

/**
 * A section's content in the order the DTD allows: paragraphs and the like,
 * then sub-sections; a normative reference list gathers its entries in a
 * `ref-list` where they stand. A block after the first sub-section (rare:
 * GB/T 1.1 forbids hanging paragraphs) goes into an untitled section so that
 * it is kept where it stood.
 */
function sectionContent(children: Out): Out {
  const gathered: Out = []
  for (const child of children) {
    const last = gathered.at(-1)
    if (child.type === 'element' && child.name === 'ref' && last?.type === 'element' && last.name === 'ref-list') last.children.push(child)
    else if (child.type === 'element' && child.name === 'ref') gathered.push(x('ref-list', {'content-type': 'norm-refs'}, [child]))
    else gathered.push(child)
  }
  const out: Out = []
  let sections = false
  for (const child of gathered) {
    const section = child.type === 'element' && (child.name === 'sec' || child.name === 'term-sec')
    if (section) sections = true
    if (!section && sections && !(child.type === 'element' && isBackOfSection(child.name))) out.push(x('sec', {'sec-type': 'hanging'}, [x('title'), child]))
    else out.push(child)
  }
  return out
}

const isBackOfSection = (name: string) => name === 'ref-list' || name === 'non-normative-note' || name === 'non-normative-example'

function listItem(item: ListItem, state: State): Element {
  return x('list-item', [
    x('label', item.label),
    ...item.children.map((child) => (child.type === 'paragraph' ? p(phrasing(child.children, state)) : one(child, state)[0] as Element))
  ])
}

function note(node: Note, state: State): Element {
  return x('non-normative-note', [x('label', node.toEntry ? documentWords().technical.noteToEntry({number: String(node.number ?? 1)}) : noteLabel(node)), p(phrasing(node.children, state))])
}

/**
 * A term entry as a TBX term entry: the definition, notes to entry, examples
 * and source in the Chinese language set, the preferred and admitted terms
 * and abbreviations as its term groups; the English equivalent in an English
 * language set. Blocks TBX has no place for (a list, a table, a formula in a
 * definition) follow the entry in its `term-sec`, in order.
 */
function term(node: Term, state: State): Element {
  const inEntry: Out = []
  const after: Out = []
  let defined = false
  for (const child of node.children) {
    if (child.type === 'paragraph' && !defined && after.length === 0) {
      inEntry.push(x('tbx:definition', phrasing(child.children, state)))
      defined = true
    } else if (child.type === 'note' && after.length === 0) {
      // A TBX note is a note to entry and an example an example by their element: the printed labels are left to the reader of the XML.
      inEntry.push(x('tbx:note', phrasing(child.children, state)))
    } else if (child.type === 'example' && after.length === 0) {
      inEntry.push(x('tbx:example', phrasing(child.children, state)))
    } else if (child.type === 'termSource') {
      const words = documentWords().technical
      inEntry.push(x('tbx:source', [...phrasing(child.children, state), ...(child.modified ? [text(words.modified)] : [])]))
    } else {
      after.push(...one(child, state))
    }
  }
  const tigs = [
    tig(node.term, 'preferredTerm'),
    ...(node.admitted ?? []).map((admitted) => tig(admitted, 'admittedTerm')),
    ...(node.abbreviations ?? []).map((abbreviation) => x('tbx:tig', [x('tbx:term', abbreviation), x('tbx:termType', {value: 'abbreviation'})]))
  ]
  return x('term-sec', {id: node.id}, [
    x('label', node.number),
    x('tbx:termEntry', {id: `${node.id}-entry`}, [
      x('tbx:langSet', {'xml:lang': 'zh'}, [...inEntry, ...tigs]),
      ...(node.english === undefined ? [] : [x('tbx:langSet', {'xml:lang': 'en'}, [tig(node.english, 'preferredTerm')])])
    ]),
    ...after
  ])
}

const tig = (name: string, authorization: 'preferredTerm' | 'admittedTerm'): Element =>
  x('tbx:tig', [x('tbx:term', name), x('tbx:normativeAuthorization', {value: authorization})])

/** A table as an XHTML table in its `table-wrap`: header rows in `thead`, merged cells spanning, notes and footnotes in its foot. */
function table(node: Table, state: State): Element {
  const rows = node.children.filter((child) => child.type === 'tableRow')
  const notes = node.children.filter((child) => child.type === 'note')
  const footnotes = node.children.filter((child) => child.type === 'tableFootnote')
  const row = (cells: (typeof rows)[number], cell: 'th' | 'td') =>
    x('tr', cells.children.map((item) => x(cell, {colspan: item.colSpan === undefined ? undefined : String(item.colSpan), rowspan: item.rowSpan === undefined ? undefined : String(item.rowSpan)}, phrasing(item.children, state))))
  const head = rows.slice(0, node.headerRows)
  const body = rows.slice(node.headerRows)
  const foot: Out = [...notes.map((item) => note(item, state)), ...(footnotes.length === 0 ? [] : [fnGroup(footnotes, node.id ?? `table-${++state.unnumbered}-unnumbered`, state)])]
  return x('table-wrap', {id: node.id}, [
    ...(node.number === undefined ? [] : [x('label', numberedName('table', node.number))]),
    ...(node.caption === undefined || node.caption === '' ? [] : [x('caption', x('title', node.caption))]),
    x('table', {border: '1'}, [...(head.length === 0 ? [] : [x('thead', head.map((cells) => row(cells, 'th')))]), x('tbody', body.map((cells) => row(cells, 'td')))]),
    ...(foot.length === 0 ? [] : [x('table-wrap-foot', foot)])
  ])
}

/** The footnotes of a table or figure, each with its letter and an id under the element's. */
function fnGroup(footnotes: ReadonlyArray<TableFootnote>, owner: string, state: State): Element {
  return x('fn-group', footnotes.map((footnote) => x('fn', {id: `${owner}-fn-${footnote.label}`}, [x('label', footnote.label), p(phrasing(footnote.children, state))])))
}

/** A figure: its image (or its sub-figures, each a `fig` of a `fig-group`), its key, its notes and footnotes. */
function figure(node: Figure, state: State): Element {
  const images = node.children.filter((child): child is Image => child.type === 'image')
  const rest = node.children.filter((child) => child.type !== 'image')
  const head: Out = [
    ...(node.number === undefined ? [] : [x('label', numberedName('figure', node.number))]),
    ...(node.caption === undefined || node.caption === '' ? [] : [x('caption', x('title', node.caption))])
  ]
  // The key, notes and footnotes follow the image as they print, in their order (a key is a titled definition list, which a figure may hold there).
  const owner = node.id ?? `figure-${++state.unnumbered}-unnumbered`
  const after: Out = rest.map((child) =>
    child.type === 'definitionList' ? definitionList(child, state) : child.type === 'note' ? note(child, state) : fnGroup([child as TableFootnote], owner, state)
  )
  if (images.length === 1 && images[0]!.label === undefined) return x('fig', {id: node.id}, [...head, graphic(images[0]!), ...after])
  // A group of sub-figures has no key or notes of its own: they go with its last sub-figure, where they print.
  return x('fig-group', {id: node.id}, [
    ...head,
    ...images.map((image, index) =>
      x('fig', [
        image.label === undefined ? [] : x('label', image.label),
        image.caption === undefined ? [] : x('caption', x('title', image.caption)),
        graphic(image),
        index === images.length - 1 ? after : []
      ])
    )
  ])
}

function graphic(image: Image): Element {
  const [type, subtype] = (image.file?.mediaType ?? mediaTypeOf(image.url)).split('/')
  return x('graphic', {'xlink:href': image.url, mimetype: type, 'mime-subtype': subtype}, x('alt-text', image.alt))
}

const mediaTypeOf = (url: string): string => (/\.svg$/iu.test(url) ? 'image/svg+xml' : /\.jpe?g$/iu.test(url) ? 'image/jpeg' : 'image/png')

/** Symbols and their explanations as a JATS definition list, led by `式中：` under a formula. */
function definitionList(node: DefinitionList, state: State): Element {
  const words = documentWords().technical
  return x('def-list', {'list-content': node.kind}, [
    node.kind === 'where' ? x('title', words.where) : node.kind === 'key' ? x('title', words.key) : [],
    ...node.children.map((item) =>
      x('def-item', [x('term', phrasing(item.children[0].children, state)), x('def', p(phrasing(item.children[1].children, state)))])
    )
  ])
}

/**
 * The bibliography's entries and blocks in their order: a reference list holds
 * its paragraphs before its references, so a block after an entry starts a
 * reference list nested in it, which goes on from there.
 */
function references(children: ReadonlyArray<BibliographyEntry | BlockContent>, state: State): Out {
  const firstEntry = children.findIndex((child) => child.type === 'bibliographyEntry')
  const blocks = firstEntry === -1 ? children : children.slice(0, firstEntry)
  const rest = firstEntry === -1 ? [] : children.slice(firstEntry)
  const nextBlock = rest.findIndex((child) => child.type !== 'bibliographyEntry')
  const entries = (nextBlock === -1 ? rest : rest.slice(0, nextBlock)) as Array<BibliographyEntry>
  const after = nextBlock === -1 ? [] : rest.slice(nextBlock)
  return [
    ...flow(blocks, state),
    ...entries.map((entry) => x('ref', [entry.label === undefined ? [] : x('label', entry.label), x('mixed-citation', phrasing(entry.children, state))])),
    ...(after.length === 0 ? [] : [x('ref-list', references(after, state))])
  ]
}

/** The index of terms, generated from the term entries as every output generates it. */
function termIndex(id: string, state: State): Element {
  const words = documentWords().technical
  const division = (title: string, entries: ReadonlyArray<IndexEntry>): Array<Element> =>
    entries.length === 0
      ? []
      : [x('index-div', [x('index-title-group', x('title', title)), ...entries.map((entry) => x('index-entry', [x('term', entry.name), x('nav-pointer', {rid: entry.id}, entry.number)]))])]
  const divisions = [...division(words.chineseIndex, state.index.chinese), ...division(words.englishIndex, state.index.english)]
  return x('index', {id, 'index-type': 'terms'}, [x('index-title-group', x('title', words.index)), ...(divisions.length === 0 ? [x('index-entry', x('term'))] : divisions)])
}

