/**
 * The text an edition's Word document must read as, defined from its tree:
 * the text of its blocks in order, and the words the layout frames them with
 * (the cover's lines, 前言, the labels 注：and 示例, the list markers, the
 * captions, the appendix label lines …), one line per paragraph or table
 * cell. The tests compare it with what a word processor reads out of the
 * file, so a paragraph dropped, duplicated or moved fails.
 *
 * A word processor's text export leaves out what is not text: formulas (Word
 * math), pictures and the footnotes' text (only their calls stay, as the
 * printed labels `1)`). Those are read from the document's paragraphs and
 * checked against `inlineContent` instead.
 */
import {documentWords} from '@stdkit/messages'
import {
  appendixName,
  appendixStatusLabel,
  caption,
  exampleLabel,
  handle,
  indexEntries,
  noteLabel,
  printedNumber,
  revisionColumns,
  type Handlers,
  type Node,
  type Nodes,
  type PhrasingContent,
  type Standard
} from '@stdkit/tree'

/** A line as compared: without any white space, so that spacing and tabs never matter, only the characters and their order. */
export const squeeze = (line: string): string => line.replace(/[\s\u3000\u00a0\ufeff]+/gu, '')

/** Lines compared: each squeezed, the empty ones left out. */
export const normalise = (lines: ReadonlyArray<string>): Array<string> => lines.flatMap((line) => line.split('\n')).map(squeeze).filter(Boolean)

/** The text of phrasing content as a word processor exports it: a footnote as its call, a formula as nothing. */
const phrase = (nodes: ReadonlyArray<PhrasingContent>): string =>
  nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return node.value
        case 'inlineMath':
          return ''
        case 'break':
          return '\n'
        case 'footnote':
          return documentWords().technical.footnoteLabel({number: node.number})
        default:
          return phrase(node.children)
      }
    })
    .join('')

interface Context {
  tree: Standard
  /** The images placed as pictures (no text: PNG, JPEG, SVG); any other is written as its text in brackets. */
  placed: (url: string) => boolean
}

const block = (nodes: ReadonlyArray<Nodes>, context: Context): Array<string> => nodes.flatMap((node) => handle(lines, node, context))

const lines = {
  standard: (node, context) => block(node.children, context),
  foreword: (node, context) => [documentWords().edition.foreword, ...block(node.children, context)],
  introduction: (node, context) => [documentWords().edition.introduction, ...block(node.children, context)],
  revisionHistory: (node, context) => ['历次修订记录', ...revisionColumns, ...block(node.children, context)],
  // Several changes numbered, as the PDF sets them.
  revisionRecord: (node) => [
    node.number,
    node.replaces ?? '',
    node.changes.map((change, index) => (node.changes.length > 1 ? `${index + 1}. ${change}；` : change)).join(' '),
    node.departments.join('、'),
    node.revisers.join('、'),
    node.approvers.join('、')
  ],
  changeList: (node, context) => block(node.children, context),
  changeListEntry: (node) => [`${node.label}${phrase(node.children)}`],
  clause: (node, context) => [[node.number, node.title].filter(Boolean).join('\u3000'), ...block(node.children, context)],
  term: (node, context) => {
    const words = documentWords().technical
    return [
      node.number,
      [node.term, node.english].filter(Boolean).join('\u3000'),
      ...(node.admitted ?? []),
      ...(node.abbreviations ?? []),
      ...node.children.flatMap((child) =>
        child.type === 'note' && child.toEntry ? [`${words.noteToEntry({number: String(child.number ?? 1)})}${phrase(child.children)}`] : block([child], context)
      )
    ]
  },
  termSource: (node) => {
    const words = documentWords().technical
    return [`${words.sourceOpen}${phrase(node.children)}${node.modified ? words.modified : ''}${words.sourceClose}`]
  },
  normativeReference: (node) => [`${node.designation}${node.year === undefined ? '' : printedNumber(`${node.designation}-${node.year}`).slice(node.designation.length)}\u3000${node.title}`],
  appendix: (node, context) => [appendixName(node), appendixStatusLabel(node), node.title, ...block(node.children, context)],
  paragraph: (node) => [phrase(node.children)],
  list: (node, context) => block(node.children, context),
  listItem: (node, context) =>
    node.children.flatMap((child, index) => (index === 0 && child.type === 'paragraph' ? [`${node.label}${phrase(child.children)}`] : block([child], context))),
  note: (node) => [`${node.toEntry ? documentWords().technical.noteToEntry({number: String(node.number ?? 1)}) : noteLabel(node)}${phrase(node.children)}`],
  example: (node) => [`${exampleLabel(node)}${phrase(node.children)}`],
  // A table: its caption over it, then its cells row by row, then its notes and footnotes.
  table: (node, context) => [...(caption('table', node) ? [caption('table', node) as string] : []), ...block(node.children, context)],
  tableRow: (node, context) => block(node.children, context),
  tableCell: (node) => [phrase(node.children)],
  tableFootnote: (node) => [`${node.label}\u3000${phrase(node.children)}`],
  figure: (node, context) => [...block(node.children, context), ...(caption('figure', node) ? [caption('figure', node) as string] : [])],
  image: (node, context) => [context.placed(node.url) ? '' : `[${node.alt || node.url}]`, [node.label, node.caption].filter(Boolean).join('\u3000')],
  formula: (node) => [node.number ? documentWords().technical.formulaNumber({number: node.number}) : ''],
  code: (node) => node.value.split('\n'),
  definitionList: (node, context) => {
    const words = documentWords().technical
    return [node.kind === 'where' ? words.where : node.kind === 'key' ? words.key : '', ...block(node.children, context)]
  },
  definitionItem: (node) => [`${phrase(node.children[0].children)}${documentWords().technical.dash}${phrase(node.children[1].children)}`],
  definitionTerm: (node) => [phrase(node.children)],
  definitionDescription: (node) => [phrase(node.children)],
  bibliography: (node, context) => [documentWords().technical.bibliography, ...block(node.children, context)],
  bibliographyEntry: (node) => [`${node.label ?? ''}${phrase(node.children)}`],
  // The index filled in: the Chinese terms, then the English equivalents, each with its entry's number.
  termIndex: (_node, context) => {
    const words = documentWords().technical
    const {chinese, english} = indexEntries(context.tree)
    const list = (heading: string, entries: ReturnType<typeof indexEntries>['chinese']) => (entries.length === 0 ? [] : [heading, ...entries.map((entry) => `${entry.name}${entry.number}`)])
    return [words.index, ...list(words.chineseIndex, chinese), ...list(words.englishIndex, english)]
  },
  text: (node) => [node.value],
  inlineMath: () => [''],
  break: () => [],
  crossReference: (node) => [phrase(node.children)],
  standardReference: (node) => [phrase(node.children)],
  footnote: (node) => [phrase([node])],
  superscript: (node) => [phrase(node.children)],
  subscript: (node) => [phrase(node.children)],
  emphasis: (node) => [phrase(node.children)],
  strong: (node) => [phrase(node.children)]
} satisfies Handlers<Nodes, Context, Array<string>>

/** The cover's lines, top to bottom: classification, code, document type, number, what it replaces, titles, dates, issuer. */
function cover(tree: Standard): Array<string> {
  const c = tree.cover
  const words = documentWords().cover
  const ccs = c.ccs ?? c.classification
  const issuers = c.issuers ?? (c.issuer ? [c.issuer] : [])
  return [
    c.ics?.length ? words.ics({numbers: c.ics}) : '',
    ccs ? (c.ccs ? words.ccs({value: ccs}) : ccs) : '',
    c.category ?? '',
    c.filing ? words.filing({number: c.filing}) : '',
    c.code,
    c.documentType ?? '',
    printedNumber(c.number),
    ...(c.replacedNumbers ?? (c.replaces ? [c.replaces] : [])).map((number) => words.replaces({number})),
    c.title,
    c.titleEnglish ?? '',
    c.adoption ? words.adoption(c.adoption) : '',
    c.stage ? words.stage({stage: words.stages[c.stage]}) : '',
    `${c.issued ? words.issued({date: c.issued}) : ''}${c.effective ? words.effective({date: c.effective}) : ''}`,
    // One issuer beside 发布 on a line; several one a line, then 发布.
    ...issuers.slice(0, -1),
    issuers.length === 1 ? `${issuers[0]}${words.issuedBy}` : `${issuers.at(-1) ?? ''}\n${words.issuedBy}`
  ]
}

/** The lines of an edition's Word document, normalised: the cover, the front matter, the body's title, then the body and the back matter. */
export function expectedLines(tree: Standard, placed: Context['placed']): Array<string> {
  const front = tree.children.filter((child) => child.type === 'foreword' || child.type === 'introduction')
  const rest = tree.children.filter((child) => child.type !== 'foreword' && child.type !== 'introduction')
  const context = {placed, tree}
  return normalise([...cover(tree), ...block(front, context), tree.cover.title, ...block(rest, context)])
}

/** Greek letters by their TeX names, as a formula prints them. */
const greek: Record<string, string> = Object.fromEntries(
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega'.split(' ').flatMap((name, index) => {
    const lower = 'αβγδεζηθικλμνξπρστυφχψω'[index] ?? ''
    return [[name, lower], [`${name[0]?.toUpperCase()}${name.slice(1)}`, lower.toUpperCase()]]
  })
)
greek['varepsilon'] = 'ε'
greek['varphi'] = 'φ'

/** What a formula's TeX prints, its letters and digits in order: `S=\frac{I\sqrt{t}}{k}` → `SItk`. */
export const texLetters = (tex: string): string =>
  tex
    .replace(/\\([A-Za-z]+)/gu, (_all, name: string) => greek[name] ?? '')
    .replace(/[^\p{L}\p{N}]/gu, '')

/** The words of LibreOffice's formula language (StarMath) that are commands, not the formula's letters. */
const starMathWords = new Set(
  'over sqrt nroot rsub rsup lsub lsup csub csup sub sup cdot times div frac left right none ital italic nitalic bold nbold func color size font stack matrix binom lim sum prod from to int iint iiint in notin abs fact lbrace rbrace langle rangle lline rline ldline rdline lbrack rbrack alignl alignc alignr infinity partial nabla approx neq leq geq leslant geslant sim simeq equiv toward dot ddot vec hat bar tilde overline underline pm mp circ serif sans fixed phantom newline widevec widehat widetilde'.split(' ')
)

/** What a StarMath formula prints, its letters and digits in order: `S= {I sqrt {t}} over {k}` → `SItk`. */
export const starMathLetters = (formula: string): string =>
  formula
    .replace(/"([^"]*)"/gu, (_all, quoted: string) => ` ${quoted.replace(/[A-Za-z]+/gu, (word) => `\u0000${word}`)} `)
    .replace(/%([A-Za-z]+)/gu, (_all, name: string) => greek[name.toLowerCase()] ?? '')
    .replace(/(?<!\u0000)\b[A-Za-z]+\b/gu, (word) => (starMathWords.has(word) ? '' : word))
    .replace(/[^\p{L}\p{N}]/gu, '')

/**
 * What an edition holds besides its exported text, in the document's order:
 * its formulas' TeX (display and inline), its pictures, and its footnotes'
 * text as the footnote prints it (the label's rest, `)`, then the text).
 */
export function inlineContent(tree: Standard, placed: Context['placed']): {formulas: Array<string>; pictures: number; footnotes: Array<string>} {
  const formulas: Array<string> = []
  const footnotes: Array<string> = []
  let pictures = 0
  // The front matter first, as the document sets it.
  const ordered = [...tree.children.filter((child) => child.type === 'foreword' || child.type === 'introduction'), ...tree.children.filter((child) => child.type !== 'foreword' && child.type !== 'introduction')]
  const visit = (node: Node): void => {
    if (node.type === 'formula' || node.type === 'inlineMath') formulas.push((node as Node & {value: string}).value)
    if (node.type === 'image' && placed((node as Node & {url: string}).url)) pictures++
    if (node.type === 'footnote') {
      const note = node as Node & {number: number; children: Array<PhrasingContent>}
      footnotes.push(squeeze(`${documentWords().technical.footnoteLabel({number: note.number}).slice(String(note.number).length)}${phrase(note.children)}`))
      return
    }
    for (const child of (node as Node & {children?: Array<Node>}).children ?? []) visit(child)
  }
  for (const child of ordered) visit(child)
  return {formulas, pictures, footnotes}
}
