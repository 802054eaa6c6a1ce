/**
 * The Word publisher: a standard tree as a .docx laid out as the standard is
 * printed: the cover, the foreword in its own section, the body with the
 * running header of the standard's number, every heading in the drafting
 * tool's style with its outline level and its number kept as text.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  LineRuleType,
  InternalHyperlink,
  PageNumber,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild
} from 'docx'
import {unzipSync, zipSync} from 'fflate'
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
  toText,
  type Content,
  type Handlers,
  type Node,
  type PhrasingContent,
  type Standard,
  type TermSource,
  type ListItem,
  type TableFootnote,
  type Image,
  type DefinitionItem,
  type DefinitionTerm,
  type DefinitionDescription,
  type BibliographyEntry,
  type IndexEntry
} from '@stdkit/tree'
import {fonts, paragraphStyles, style} from './styles.js'
import {mathRun, omml} from './math.js'
import {contents} from './contents.js'
import {rasterise} from './svg.js'
import {withFontEntries} from './font-table.js'

export interface DocxOptions {
  /** Reads an image file beside the edition's source, by its `url`: PNG, JPEG and SVG images are placed; without it, an image is written as its text. */
  readImage?: ((url: string) => Promise<Uint8Array>) | undefined
}

/** What a handler writes: paragraphs and tables for a block, runs for phrasing. */
type Piece = FileChild | ParagraphChild

export interface State {
  handlers: DocxHandlers
  /** Inside an appendix: its clauses take the appendix heading styles. */
  appendix: boolean
  /** Run formatting inherited from the enclosing phrasing (superscript, italics, bold). */
  run: {superScript?: boolean; subScript?: boolean; italics?: boolean; bold?: boolean; size?: number}
  /** The bytes of the images read, by url. */
  images: ReadonlyMap<string, Uint8Array>
  /** The edition: the index of terms lists its entries. */
  tree: Standard
  /** The PNG fallbacks of the SVG images, by url. */
  fallbacks: ReadonlyMap<string, Uint8Array>
}

export type DocxHandlers = Handlers<Content, State, Array<Piece>>

const text = (value: string, state: State, extra: Record<string, unknown> = {}): TextRun => new TextRun({text: value, ...state.run, ...extra})

/** The runs of phrasing content. */
const runs = (children: ReadonlyArray<PhrasingContent>, state: State): Array<ParagraphChild> =>
  children.flatMap((child) => handle<Content, State, Array<Piece>>(state.handlers, child, state) as Array<ParagraphChild>)

type PartNode = TermSource | ListItem | TableFootnote | Image | DefinitionItem | DefinitionTerm | DefinitionDescription | BibliographyEntry
type PartType = PartNode['type']

const isPart = (node: Node): node is PartNode => Object.hasOwn(parts, node.type)

export const blocks = (children: ReadonlyArray<Node>, state: State): Array<FileChild> =>
  children.flatMap(
    (child) =>
      (isPart(child)
        ? (parts[child.type] as (node: PartNode, state: State) => Array<Piece>)(child, state)
        : handle<Content, State, Array<Piece>>(state.handlers, child as Content, state)) as Array<FileChild>
  )

const para = (styleId: string, children: Array<ParagraphChild>, extra: Record<string, unknown> = {}): Paragraph =>
  new Paragraph({style: styleId, children, ...extra})

/** A term entry's bookmark, which the index links to: a hidden bookmark name (letters, digits and underscores) from its id. */
const bookmarkOf = (id: string): string => `_${id.replace(/[^A-Za-z0-9]/gu, '_')}`.slice(0, 40)

/** A heading's level from its number: `4` → 0, `4.2` → 1, `A.1` → 1. */
const levelOf = (number: string): number => Math.min(5, number.split('.').length - 1)

const sans = {font: fonts.sans}

const withRun = (state: State, run: State['run']): State => ({...state, run: {...state.run, ...run}})

/**
 * A two-character title (前言, 引言) set apart as GB/T 1.1 prints it (前　　言): two characters' space after the first
 * by its spacing, not by spaces, so the text (and the 目次's entry) stays 前言. Its size is the title style's 16 pt.
 */
const spaced = (title: string, state: State): Array<TextRun> =>
  [...title].length === 2 ? [text([...title][0] ?? '', state, {characterSpacing: 640}), text([...title][1] ?? '', state)] : [text(title, state)]

/** A labelled block (注, 示例): its label in 黑体, then its text. */
const labelled = (styleId: string, label: string, children: ReadonlyArray<PhrasingContent>, state: State, extra: Record<string, unknown> = {}): Paragraph =>
  para(styleId, [text(label, state, sans), ...runs(children, state)], extra)

const cellOf = (children: Array<Paragraph>, span: {columnSpan?: number | undefined; rowSpan?: number | undefined} = {}): TableCell =>
  new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    ...(span.columnSpan ? {columnSpan: span.columnSpan} : {}),
    // A cell taking several rows is centred in their height, as the PDF sets it.
    ...(span.rowSpan ? {rowSpan: span.rowSpan, ...(span.rowSpan > 1 ? {verticalAlign: VerticalAlignTable.CENTER} : {})} : {})
  })

/** A cell's paragraph: never justified (a wrapped cell would spread its characters apart); a header cell centred, the others set left as the PDF sets them. */
const cellParagraph = (children: Array<ParagraphChild>, header = false): Paragraph =>
  new Paragraph({style: style.paragraph, indent: {firstLine: 0}, alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children})

/** The text width of an A4 page in twentieths of a point: a display formula is centred on its middle, its number set at its end. */
const textWidth = 11906 - 1417 - 1134

/** The 历次修订记录's caption, as the PDF and the HTML name it. */
const revisionHistoryTitle = '历次修订记录'
/** Its columns' widths: the numbers, the changes (the widest), then the departments and people. */
const revisionWidths = [1850, 1850, 3055, 1000, 850, 750]
const formulaTabs = [
  {type: 'center' as const, position: Math.round(textWidth / 2)},
  {type: 'right' as const, position: textWidth}
]

/** The widest an image is placed, in pixels: the A4 text width. */
const widest = 600

/** An image that was read, at its size or narrowed to the text width: PNG and JPEG as they are, SVG with a PNG fallback. */
function imageRun(node: Image, state: State): ImageRun | undefined {
  const data = state.images.get(node.url)
  const file = node.file
  if (!data || !file) return undefined
  const scale = Math.min(1, widest / Math.max(1, file.width))
  const transformation = {width: Math.round(file.width * scale), height: Math.round(file.height * scale)}
  const altText = {name: node.url, description: node.alt, title: node.alt}
  if (file.mediaType === 'image/svg+xml') {
    const fallback = state.fallbacks.get(node.url)
    if (!fallback) return undefined
    return new ImageRun({type: 'svg', data, fallback: {type: 'png', data: fallback}, transformation, altText})
  }
  return new ImageRun({type: file.mediaType === 'image/png' ? 'png' : 'jpg', data, transformation, altText})
}

/** The PNG fallbacks of the SVG images read, by url; an SVG the rasteriser cannot read is written as its text. */
function fallbacks(tree: Standard, images: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>()
  const visit = (node: Node): void => {
    const image = node as Image
    const data = images.get(image.url)
    if (node.type === 'image' && image.file?.mediaType === 'image/svg+xml' && data && !out.has(image.url)) {
      try {
        out.set(image.url, rasterise(data, Math.min(widest, image.file.width)))
      } catch {
        // Not an SVG resvg can read: left as its text.
      }
    }
    for (const child of (node as Node & {children?: Array<Node>}).children ?? []) visit(child)
  }
  visit(tree)
  return out
}

/** Reads the images of the tree, once each, in the tree's order. */
async function readImages(tree: Standard, read: DocxOptions['readImage']): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>()
  if (!read) return images
  const visit = async (node: Node): Promise<void> => {
    if (node.type === 'image') {
      const image = node as Image
      if (image.file && !images.has(image.url)) images.set(image.url, await read(image.url))
    }
    for (const child of (node as Node & {children?: Array<Node>}).children ?? []) await visit(child)
  }
  await visit(tree)
  return images
}

/** An entry of a list of symbols, of a 式中： or a 说明：: the symbol, a dash, its meaning; its wrapped lines hung two characters less than `left`. */
const definitionEntry = (node: DefinitionItem, state: State, left: number, extra: Record<string, unknown> = {}): Paragraph =>
  para(style.paragraph, [...runs(node.children[0].children, state), text(documentWords().technical.dash, state), ...runs(node.children[1].children, state)], {indent: {left, hanging: 420}, ...extra})

/** An image's paragraph, and a sub-figure's label and caption under it; `extra` (keeping it with what follows) on each. */
const picture = (node: Image, state: State, extra: Record<string, unknown> = {}): Array<Paragraph> => [
  // Single spacing that grows with the picture: the text's fixed line pitch would crop it.
  para(style.paragraph, [imageRun(node, state) ?? text(`[${node.alt || node.url}]`, state)], {
    alignment: AlignmentType.CENTER,
    indent: {firstLine: 0},
    spacing: {line: 240, lineRule: LineRuleType.AUTO},
    ...extra
  }),
  ...(node.label || node.caption ? [para(style.figureTitle, [text([node.label, node.caption].filter(Boolean).join('\u3000'), state)], extra)] : [])
]

/** A table's notes and footnotes, inside its frame: one cell across the whole width. */
const fullWidthRow = (columns: number, content: Array<Paragraph>): TableRow =>
  // Kept on one page: the notes are not parted from one another.
  new TableRow({cantSplit: true, children: [cellOf(content, {columnSpan: columns > 1 ? columns : undefined})]})

/**
 * The nodes that only ever stand inside another (a term's source, a list's
 * items, a figure's images …): their parents' handlers write them through
 * these.
 */
const parts: {[Type in PartType]: (node: Extract<PartNode, {type: Type}>, state: State) => Array<Piece>} = {
  termSource: (node, state) => {
    const words = documentWords().technical
    return [para(style.paragraph, [text(words.sourceOpen, state), ...runs(node.children, state), text(`${node.modified ? words.modified : ''}${words.sourceClose}`, state)])]
  },
  listItem: (node, state) => {
    const parent = node.label === '——' || node.label === '·' ? style.dash : /^\d/u.test(node.label) ? style.number : style.letter
    return node.children.flatMap((child, index) =>
      child.type === 'paragraph' && index === 0 ? [para(parent, [text(`${node.label}${node.label === '——' ? '' : '\u3000'}`, state), ...runs(child.children, state)])] : blocks([child], state)
    )
  },
  tableFootnote: (node, state) => [para(style.note, [text(node.label, state, {superScript: true}), text('\u3000', state), ...runs(node.children, state)])],
  image: (node, state) => picture(node, state),
  definitionItem: (node, state) => [definitionEntry(node, state, 840)],
  definitionTerm: (node, state) => [para(style.paragraph, runs(node.children, state))],
  definitionDescription: (node, state) => [para(style.paragraph, runs(node.children, state))],
  bibliographyEntry: (node, state) => [para(style.paragraph, [...(node.label ? [text(`${node.label}\u3000`, state)] : []), ...runs(node.children, state)], {indent: {firstLine: 0}})]
}

export const handlers = {
  foreword: (node, state) => [para(style.forewordTitle, spaced(documentWords().edition.foreword, state)), ...blocks(node.children, state)],
  introduction: (node, state) => [para(style.forewordTitle, spaced(documentWords().edition.introduction, state)), ...blocks(node.children, state)],
  // The 历次修订记录 as the PDF sets it: its caption, the text in 小五, the changes numbered, the changes' column the widest.
  revisionHistory: (node, state) => {
    const small = withRun(state, {size: 18})
    const header = new TableRow({tableHeader: true, children: revisionColumns.map((column) => cellOf([cellParagraph([text(column, small, sans)], true)]))})
    const rows = node.children.map((record) =>
      new TableRow({
        children: [
          record.number,
          record.replaces ?? '',
          record.changes.map((change, index) => (record.changes.length > 1 ? `${index + 1}. ${change}；` : change)).join(' '),
          record.departments.join('、'),
          record.revisers.join('、'),
          record.approvers.join('、')
        ].map((value) => cellOf([cellParagraph([text(value, small)])]))
      })
    )
    return [
      para(style.tableTitle, [text(revisionHistoryTitle, state)]),
      new Table({rows: [header, ...rows], width: {size: textWidth, type: WidthType.DXA}, columnWidths: revisionWidths, layout: TableLayoutType.FIXED})
    ]
  },
  changeList: (node, state) => node.children.map((entry) => para(entry.label === '——' ? style.dash : style.letter, [text(entry.label, state), ...runs(entry.children, state)])),
  clause: (node, state) => {
    const level = levelOf(node.number)
    const styles = state.appendix ? style.appendixClause : style.clause
    const title = [node.number, node.title].filter(Boolean).join('\u3000')
    return [para(styles[level] ?? style.paragraph, [text(title, state)]), ...blocks(node.children, state)]
  },
  // A term entry as GB/T 1.1 sets it: its number on a line of its own, the term in 黑体 with its English
  // equivalent on the next, each admitted and abbreviated term on a line of its own, then the definition,
  // the notes to entry and the source, each paragraph indented two characters.
  term: (node, state) => {
    const words = documentWords().technical
    const out: Array<FileChild> = [para(style.term, [new Bookmark({id: bookmarkOf(node.id), children: [text(node.number, state)]})])]
    out.push(para(style.paragraph, [text(node.term, state, sans), ...(node.english ? [text(`\u3000${node.english}`, state, sans)] : [])], {keepNext: true}))
    for (const other of [...(node.admitted ?? []), ...(node.abbreviations ?? [])]) out.push(para(style.paragraph, [text(other, state)], {keepNext: true}))
    for (const child of node.children) {
      if (child.type === 'note' && child.toEntry) out.push(labelled(style.note, words.noteToEntry({number: String(child.number ?? 1)}), child.children, state))
      else out.push(...blocks([child], state))
    }
    return out
  },
  normativeReference: (node, state) => [
    para(style.paragraph, [text(`${node.designation}${node.year === undefined ? '' : printedNumber(`${node.designation}-${node.year}`).slice(node.designation.length)}\u3000${node.title}`, state)])
  ],
  appendix: (node, state) => {
    const label = para(style.appendixLabel, [
      text(appendixName(node), state),
      ...(appendixStatusLabel(node) ? [text(appendixStatusLabel(node), state, {break: 1})] : []),
      text(node.title, state, {break: 1})
    ], {pageBreakBefore: true})
    return [label, ...blocks(node.children, {...state, appendix: true})]
  },
  paragraph: (node, state) => [para(style.paragraph, runs(node.children, state))],
  list: (node, state) => blocks(node.children, state),
  note: (node, state) => [labelled(style.note, node.toEntry ? documentWords().technical.noteToEntry({number: String(node.number ?? 1)}) : noteLabel(node), node.children, state)],
  example: (node, state) => [labelled(style.example, exampleLabel(node), node.children, state)],
  table: (node, state) => {
    const rows = node.children.filter((child) => child.type === 'tableRow')
    const columns = Math.max(1, ...rows.map((row) => row.children.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)))
    // The header is the header rows and the rows their cells reach down into (repeated on each page together).
    let headerEnd = Math.min(node.headerRows, rows.length)
    for (let index = 0; index < headerEnd; index++) for (const cell of rows[index]?.children ?? []) headerEnd = Math.max(headerEnd, Math.min(rows.length, index + (cell.rowSpan ?? 1)))
    const tableRows = rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: index < headerEnd,
          children: row.children.map((cell) =>
            cellOf([cellParagraph(runs(cell.children, index < headerEnd ? withRun(state, {}) : state), index < headerEnd)], {columnSpan: cell.colSpan, rowSpan: cell.rowSpan})
          )
        })
    )
    const extras = node.children.filter((child) => child.type !== 'tableRow')
    if (extras.length > 0) tableRows.push(fullWidthRow(columns, blocks(extras, state) as Array<Paragraph>))
    const title = caption('table', node)
    return [...(title ? [para(style.tableTitle, [text(title, state)])] : []), new Table({rows: tableRows, width: {size: 100, type: WidthType.PERCENTAGE}}), new Paragraph({style: style.paragraph, children: []})]
  },
  // A figure kept on one page with its key, notes and title: each of its paragraphs kept with the next, up to the title.
  figure: (node, state) => {
    const title = caption('figure', node)
    const keep = title ? {keepNext: true} : {}
    const words = documentWords().technical
    const pieces = node.children.flatMap((child): Array<FileChild> => {
      if (child.type === 'image') return picture(child, state, keep)
      if (child.type === 'note') return [labelled(style.note, noteLabel(child), child.children, state, keep)]
      if (child.type === 'definitionList' && child.kind === 'key')
        return [para(style.paragraph, [text(words.key, state)], keep), ...child.children.map((item) => definitionEntry(item, state, 1260, keep))]
      return blocks([child], state)
    })
    return [...pieces, ...(title ? [para(style.figureTitle, [text(title, state)])] : [])]
  },
  formula: (node, state) => {
    const math = omml(node.value, true)
    const tab = (): TextRun => new TextRun({children: [new Tab()]})
    const number = node.number ? [tab(), text(documentWords().technical.formulaNumber({number: node.number}), state)] : []
    // Unnumbered: a math paragraph, centred. Numbered: the formula on the centre tab, its number on the right margin's tab.
    // Single spacing that grows with the formula: the text's fixed line pitch would crop a fraction.
    const spacing = {line: 240, lineRule: LineRuleType.AUTO}
    if (math && !node.number) return [para(style.paragraph, [mathRun(math, true)], {alignment: AlignmentType.CENTER, indent: {firstLine: 0}, spacing})]
    const formula = [tab(), math ? mathRun(math) : text(node.value, state, {italics: true})]
    return [para(style.paragraph, [...formula, ...number], {indent: {firstLine: 0}, tabStops: formulaTabs, spacing})]
  },
  code: (node, state) => node.value.split('\n').map((line) => para(style.code, [text(line, state)])),
  definitionList: (node, state) => {
    const words = documentWords().technical
    const lead = node.kind === 'where' ? words.where : node.kind === 'key' ? words.key : undefined
    // Under 式中：/说明： (two characters in) the entries stand four characters in, as GB/T 1.1 and the PDF set them.
    const items = lead ? node.children.map((item) => definitionEntry(item, state, 1260)) : blocks(node.children, state)
    return [...(lead ? [para(style.paragraph, [text(lead, state)])] : []), ...items]
  },
  bibliography: (node, state) => [para(style.bibliographyTitle, [text(documentWords().technical.bibliography, state)], {pageBreakBefore: true}), ...blocks(node.children, state)],
  // The index of the terms, filled in from the entries as the other editions list them: the Chinese terms in pinyin
  // order, then the English equivalents alphabetically, each with the number of its entry, linked to it.
  termIndex: (_node, state) => {
    const words = documentWords().technical
    const {chinese, english} = indexEntries(state.tree)
    const section = (heading: string, entries: ReadonlyArray<IndexEntry>): Array<FileChild> =>
      entries.length === 0
        ? []
        : [
            para(style.tocBody, [text(heading, state, sans)], {alignment: AlignmentType.CENTER, keepNext: true, spacing: {before: 240, after: 120}}),
            ...entries.map((entry) =>
              para(style.tocBody, [text(entry.name, state), new TextRun({children: [new Tab()]}), new InternalHyperlink({anchor: bookmarkOf(entry.id), children: [text(entry.number, state)]})], {
                tabStops: [{type: 'right', position: textWidth, leader: 'middleDot'}]
              })
            )
          ]
    return [para(style.indexTitle, [text(words.index, state)], {pageBreakBefore: true}), ...section(words.chineseIndex, chinese), ...section(words.englishIndex, english)]
  },
  text: (node, state) => [text(node.value, state)],
  crossReference: (node, state) => runs(node.children, state),
  standardReference: (node, state) => runs(node.children, state),
  inlineMath: (node, state) => {
    const math = omml(node.value, false)
    return [math ? mathRun(math) : text(node.value, state, {italics: true})]
  },
  // A Word footnote at the foot of the page. Word numbers footnotes in the order they stand, as the tree numbers them
  // (1 for the document's first); the rest of the printed label (the `)` of `1)`) follows the number Word writes.
  footnote: (node, state) => {
    const after = documentWords().technical.footnoteLabel({number: node.number}).slice(String(node.number).length)
    const mark = (): TextRun => new TextRun({text: after, superScript: true})
    return [new FootnoteReferenceRun({children: [para(style.footnote, [mark(), text('\u3000', {...state, run: {}}), ...runs(node.children, {...state, run: {}})])]}), mark()]
  },
  superscript: (node, state) => runs(node.children, withRun(state, {superScript: true})),
  subscript: (node, state) => runs(node.children, withRun(state, {subScript: true})),
  emphasis: (node, state) => runs(node.children, withRun(state, {italics: true})),
  strong: (node, state) => runs(node.children, withRun(state, {bold: true})),
  break: (_node, state) => [text('', state, {break: 1})]
} satisfies DocxHandlers

/** A rule of the cover: a single line, ¾ pt. */
const rule = {style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1}

/** The cover: code and ICS/CCS at the top, the document type, the number and what it replaces, the titles, the dates and the issuer. */
export function cover(tree: Standard): Array<FileChild> {
  const c = tree.cover
  const words = documentWords().cover
  const line = (
    value: string,
    options: {size?: number; bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; font?: typeof fonts.sans | typeof fonts.serif; ruleUnder?: boolean} = {}
  ) =>
    new Paragraph({
      alignment: options.alignment ?? AlignmentType.LEFT,
      spacing: {before: options.before ?? 0},
      // The cover's rule under the document type, across the text width.
      ...(options.ruleUnder ? {border: {bottom: rule}} : {}),
      children: [new TextRun({text: value, font: options.font ?? fonts.sans, size: options.size ?? 21, bold: options.bold ?? false})]
    })
  const out: Array<FileChild> = []
  if (c.ics?.length) out.push(line(words.ics({numbers: c.ics})))
  const ccs = c.ccs ?? c.classification
  if (ccs) out.push(line(c.ccs ? words.ccs({value: ccs}) : ccs))
  // A company standard's category (管理标准 …), under them at the top left, as the PDF sets it.
  if (c.category) out.push(line(c.category))
  if (c.filing) out.push(line(words.filing({number: c.filing}), {alignment: AlignmentType.RIGHT}))
  out.push(line(c.code, {size: 52, alignment: AlignmentType.RIGHT, before: 240}))
  if (c.documentType) out.push(line(c.documentType, {size: 44, alignment: AlignmentType.CENTER, before: 480, ruleUnder: true}))
  out.push(line(printedNumber(c.number), {size: 28, alignment: AlignmentType.RIGHT, before: 480}))
  for (const replaced of c.replacedNumbers ?? (c.replaces ? [c.replaces] : [])) out.push(line(words.replaces({number: replaced}), {alignment: AlignmentType.RIGHT}))
  out.push(line(c.title, {size: 52, alignment: AlignmentType.CENTER, before: 2400}))
  if (c.titleEnglish) out.push(line(c.titleEnglish, {size: 28, alignment: AlignmentType.CENTER, before: 240, font: fonts.serif}))
  if (c.adoption) out.push(line(words.adoption(c.adoption), {alignment: AlignmentType.CENTER}))
  if (c.stage) out.push(line(words.stage({stage: words.stages[c.stage]}), {alignment: AlignmentType.CENTER, before: 240}))
  const dates = [c.issued ? words.issued({date: c.issued}) : undefined, c.effective ? words.effective({date: c.effective}) : undefined]
  out.push(
    new Paragraph({
      spacing: {before: 3600},
      // The cover's rule over the dates, across the text width.
      border: {bottom: rule},
      tabStops: [{type: 'right', position: textWidth}],
      children: [new TextRun({text: dates[0] ?? '', font: fonts.sans, size: 28}), new TextRun({text: `\t${dates[1] ?? ''}`, font: fonts.sans, size: 28})]
    })
  )
  // One issuer: its name and 发布 on one line, as the PDF sets them; several: one a line, then 发布.
  const issuers = c.issuers ?? (c.issuer ? [c.issuer] : [])
  if (issuers.length === 1) out.push(line(`${issuers[0]}\u3000${words.issuedBy}`, {size: 32, alignment: AlignmentType.CENTER, before: 240}))
  else {
    for (const issuer of issuers) out.push(line(issuer, {size: 32, alignment: AlignmentType.CENTER, before: 240}))
    out.push(line(words.issuedBy, {size: 28, alignment: AlignmentType.CENTER}))
  }
  return out
}

/** The fixed date of an edition: its issue date, else the start of its year. */
export const editionDate = (tree: Standard): string =>
  tree.cover.issued && /^\d{4}-\d{2}-\d{2}$/u.test(tree.cover.issued)
    ? tree.cover.issued
    : Number.isInteger(tree.cover.year) && tree.cover.year > 0
      ? `${String(tree.cover.year).padStart(4, '0')}-01-01`
      : '1980-01-01'

/** Chinese text (its Latin words broken as English): a word processor picks its East Asian faces by the East Asian language. */
const language = {value: 'en-US', eastAsia: 'zh-CN'}

/** A4 in twentieths of a point, with the margins GB/T 1.1 documents are set with. */
export const page = {size: {width: 11906, height: 16838}, margin: {top: 1417, bottom: 1134, left: 1417, right: 1134, header: 851, footer: 992}}

/** What the handlers start an edition with: its images read. */
export async function editionState(tree: Standard, readImage: DocxOptions['readImage']): Promise<State> {
  const images = await readImages(tree, readImage)
  return {handlers, appendix: false, run: {}, tree, images, fallbacks: fallbacks(tree, images)}
}

/** Renders an edition as a .docx: the same tree gives the same bytes. */
export async function renderDocx(tree: Standard, options: DocxOptions = {}): Promise<Uint8Array> {
  const state = await editionState(tree, options.readImage)
  const front = tree.children.filter((child) => child.type === 'foreword' || child.type === 'introduction')
  const rest = tree.children.filter((child) => child.type !== 'foreword' && child.type !== 'introduction')
  // The running header: the number at the right, over a rule across the text width, as the PDF sets it.
  const header = new Header({children: [new Paragraph({alignment: AlignmentType.RIGHT, border: {bottom: rule}, children: [new TextRun({text: printedNumber(tree.cover.number), font: fonts.sans, size: 21})]})]})
  const footer = () =>
    new Footer({children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: [PageNumber.CURRENT], font: fonts.serif, size: 18})]})]})
  const sections: Array<ISectionOptions> = [{properties: {page}, children: cover(tree)}]
  // The front matter, paged I, II …: the 目次 on its own page, then the 前言 and 引言.
  sections.push({
    properties: {page: {...page, pageNumbers: {start: 1, formatType: 'upperRoman'}}},
    headers: {default: header},
    footers: {default: footer()},
    children: contents()
  })
  if (front.length > 0)
    sections.push({
      properties: {page: {...page, pageNumbers: {formatType: 'upperRoman'}}},
      headers: {default: header},
      footers: {default: footer()},
      children: blocks(front, state)
    })
  sections.push({
    properties: {page: {...page, pageNumbers: {start: 1, formatType: 'decimal'}}},
    headers: {default: header},
    footers: {default: footer()},
    children: [new Paragraph({style: style.bodyTitle, children: [new TextRun(tree.cover.title)]}), ...blocks(rest, state)]
  })
  const date = editionDate(tree)
  const document = new Document({
    creator: tree.cover.issuer ?? tree.cover.code,
    lastModifiedBy: tree.cover.issuer ?? tree.cover.code,
    title: tree.cover.title,
    description: printedNumber(tree.cover.number),
    revision: 1,
    // The East Asian language zh-CN makes a word processor without 宋体/黑体 take Simplified Chinese faces for them.
    styles: {default: {document: {run: {font: fonts.serif, size: 21, language}}}, paragraphStyles},
    // The 目次 is written filled in but without page numbers, which only a word processor's layout knows: Word
    // offers to update the fields when it opens the document, and the page numbers are filled in.
    features: {updateFields: true},
    sections
  })
  return deterministic(await Packer.toBuffer(document), date)
}

/**
 * Makes the package's bytes a function of the edition: the properties' dates
 * become the edition's date, and the parts are zipped again in a fixed order
 * with a fixed time.
 */
export function deterministic(bytes: Uint8Array, date: string): Uint8Array {
  const parts = unzipSync(bytes)
  const stamp = `${date}T00:00:00Z`
  // The drawing ids the writer counts across documents: numbered again from 1 in each.
  for (const name of Object.keys(parts).filter((part) => /^word\/(document|header\d+|footer\d+)\.xml$/u.test(part))) {
    let id = 0
    const xml = new TextDecoder().decode(parts[name])
    // So are the bookmarks of the headings the 目次 links to: numbered again in the order they first appear.
    const bookmarks = new Map<string, number>()
    const marks = new Map<string, number>()
    const renumbered = xml
      .replace(/(<wp:docPr id=")(\d+)(")/gu, (_all, open: string, _old: string, close: string) => `${open}${++id}${close}`)
      .replace(/\b_Toc(\d+)\b/gu, (_all, old: string) => `_Toc${bookmarks.get(old) ?? (bookmarks.set(old, bookmarks.size + 1), bookmarks.size)}`)
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*? w:id=")(\d+)(")/gu, (_all, open: string, old: string, close: string) => `${open}${marks.get(old) ?? (marks.set(old, marks.size + 1), marks.size)}${close}`)
    parts[name] = new TextEncoder().encode(renumbered)
  }
  const fontTable = parts['word/fontTable.xml']
  if (fontTable) parts['word/fontTable.xml'] = new TextEncoder().encode(withFontEntries(new TextDecoder().decode(fontTable)))
  const core = parts['docProps/core.xml']
  if (core) parts['docProps/core.xml'] = new TextEncoder().encode(new TextDecoder().decode(core).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/gu, stamp))
  // The zip's times are local: midnight of the edition's date wherever the build runs.
  const [year = 1980, month = 1, day = 1] = date.split('-').map(Number)
  // A zip records years 1980 to 2107 only: an edition dated outside them keeps the nearest.
  const time = year < 1980 ? new Date(1980, 0, 1) : year > 2099 ? new Date(2099, 11, 31) : new Date(year, month - 1, day)
  // The content types first, as readers of packages expect them.
  const names = Object.keys(parts).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
  const ordered = Object.fromEntries(names.map((name) => [name, [parts[name] as Uint8Array, {mtime: time}] as const]))
  return zipSync(ordered as Parameters<typeof zipSync>[0], {level: 6, mtime: time})
}
