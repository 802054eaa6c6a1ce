/**
 * Recognising a standard in a Word document read by lib/read.ts: the cover
 * from the first page's lines, the 目次 dropped, the foreword, the chapters
 * and clauses (from the drafting tool's style names, Word's headings and
 * outline levels, automatic numbering or numbers typed in the text), terms,
 * appendices, lists, tables, figures, formulas, footnotes and listings.
 *
 * What is recognised here is the structure; the sentences are typed (the
 * foreword's fields, the change list, the notes, the cross-references) the
 * way the parser types them: the tree built here is written as Markdown and
 * read back, so the tree returned is exactly the tree of the source written.
 * Whatever fits nowhere is kept as a paragraph where it stood, with an
 * `import-unplaced` message naming its place: nothing is dropped silently.
 */
import {documentWords, messages} from '@stdkit/messages'
import {toMarkdown} from '@stdkit/markdown'
import {parseStandard} from '@stdkit/parse'
import {
  documentTypeOf,
  eachNode,
  parseStandardNumber,
  revisionColumns,
  type Appendix,
  type Bibliography,
  type BibliographyEntry,
  type BlockContent,
  type Clause,
  type ClauseContent,
  type Code,
  type Cover,
  type DefinitionItem,
  type DefinitionList,
  type Figure,
  type Foreword,
  type Formula,
  type Image,
  type Introduction,
  type List,
  type ListItem,
  type ListMarker,
  type Note,
  type Paragraph,
  type PhrasingContent,
  type RevisionHistory,
  type RevisionRecord,
  type Standard,
  type StandardContent,
  type Table,
  type TableCell,
  type TableFootnote,
  type TableRow,
  type Term,
  type TermIndex,
  type TermSource
} from '@stdkit/tree'
import {slugOf} from '@stdkit/workflow'
import {VFile} from 'vfile'
import type {ImportMessage, Recognised, WordBlock, WordDocument, WordImage, WordParagraph, WordPlace, WordRun, WordTable} from './model.js'

export interface Recognition {
  /** The edition's tree, as the parser reads the source it is written as. */
  tree: Standard
  messages: Array<ImportMessage>
  recognised: Recognised
  /** The figures' image files, by their path relative to the source (`figures/image1.png`). */
  images: Array<{path: string; data: Uint8Array}>
  /** The standard's folder name from the cover's number (`q-zx-75.1861`). */
  standard?: string | undefined
  /** The edition's year from the cover's number. */
  year?: number | undefined
}

// ---------------------------------------------------------------------------
// Text of paragraphs and runs.

const spaces = /[ \u00a0\u3000\t]+/gu
/** A paragraph's text as shown: its automatic number, its runs, manual breaks as `\n`, no-break spaces as spaces. */
function textOf(paragraph: WordParagraph, withNumber = true): string {
  // A formula or an image stands in the text as one character, so no marker or number is read across it.
  const body = paragraph.runs.map((run) => (run.break ? '\n' : run.math || run.image ? '\ufffc' : run.text)).join('').replace(/\u00a0/gu, ' ')
  const number = withNumber ? paragraph.numbering?.text : undefined
  return number ? `${number}${numberSeparator(number)}${body}` : body
}
/** What stands between an automatic number and the text: nothing after a dash or a label's colon (`——`, `注：`), else a full-width space. */
const numberSeparator = (number: string): string => (/^[—·•]|[：:]$/u.test(number) ? '' : '\u3000')
const trimmed = (value: string): string => value.replace(/^[ \u3000\t\n]+|[ \u3000\t\n]+$/gu, '')
/** Without any space: `前　　言` → `前言`. */
const compact = (value: string): string => value.replace(/[\s\u3000]+/gu, '')
const words = (value: string): string => {
  const flat = trimmed(value).replace(/\s+/gu, ' ')
  return flat.length > 20 ? `${flat.slice(0, 20)}…` : flat
}
const hasImage = (paragraph: WordParagraph): boolean => paragraph.runs.some((run) => run.image)
/** Nothing shown: no text, image, formula or footnote. */
const isEmpty = (paragraph: WordParagraph): boolean => trimmed(textOf(paragraph)) === '' && !paragraph.runs.some((run) => run.image || run.math || run.footnote)
const mathRuns = (paragraph: WordParagraph): Array<WordRun> => paragraph.runs.filter((run) => run.math)
const styleName = (paragraph: WordParagraph): string => paragraph.style?.name ?? ''
const isSans = (font: string | undefined): boolean => font !== undefined && /黑体|SimHei|Hei|Sans|微软雅黑|YaHei|Arial/iu.test(font)
const visibleRuns = (paragraph: WordParagraph): Array<WordRun> => paragraph.runs.filter((run) => trimmed(run.text) !== '')
/** Every visible run bold, or set in a sans-serif (黑体) face: a heading set by direct formatting. */
const looksBold = (paragraph: WordParagraph): boolean => {
  const runs = visibleRuns(paragraph)
  return runs.length > 0 && runs.every((run) => run.bold === true || isSans(run.font))
}
const isMonospace = (paragraph: WordParagraph): boolean => {
  const runs = visibleRuns(paragraph)
  return /^(code|html preformatted|源代码|代码|程序)/iu.test(styleName(paragraph)) || (runs.length > 0 && runs.every((run) => run.monospace === true))
}

const text = (value: string): PhrasingContent => ({type: 'text', value})

interface Context {
  messages: Array<ImportMessage>
  footnotes: number
  images: Map<string, {path: string; data: Uint8Array}>
  unplaced: number
}

/** The extensions an image file of each media type may have. */
const extensions: Readonly<Record<string, ReadonlyArray<string>>> = {'image/svg+xml': ['svg'], 'image/png': ['png'], 'image/jpeg': ['jpg', 'jpeg'], 'image/gif': ['gif']}
/** A safe relative path below `figures/`: names of letters, digits, `.`, `_` and `-`, none starting with a dot. */
const figurePath = /^figures(?:\/[\p{L}\p{N}_-][\p{L}\p{N}._-]*)+$/u

/** The path the drawing names (as stdkit's Word publisher writes it), when it is a safe `figures/…` file of the image's own type. */
function namedPath(image: WordImage): string | undefined {
  const source = image.source
  if (source === undefined || !figurePath.test(source)) return undefined
  const partExtension = image.name.slice(image.name.lastIndexOf('.') + 1).toLowerCase()
  const allowed = extensions[image.mediaType] ?? [partExtension]
  return allowed.includes(source.slice(source.lastIndexOf('.') + 1).toLowerCase()) ? source : undefined
}

/**
 * A Word image's file beside the source: the path its drawing names when that
 * is a safe `figures/…` file of its type, else `figures/<its part's name>`; the
 * same bytes under one name.
 */
function imagePath(image: WordImage, context: Context): string {
  const known = context.images.get(image.name)
  if (known) return known.path
  const taken = new Set([...context.images.values()].map((entry) => entry.path.toLowerCase()))
  const named = namedPath(image)
  let path = named !== undefined && !taken.has(named.toLowerCase()) ? named : ''
  if (path === '') {
    const name = image.name.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'image.png'
    path = `figures/${name}`
    for (let index = 2; taken.has(path.toLowerCase()); index++) path = `figures/${name.replace(/(\.[^.]*)?$/u, `-${index}$1`)}`
  }
  context.images.set(image.name, {path, data: image.data})
  return path
}

/**
 * The phrasing of runs: text with its formatting (superscript, subscript,
 * italics, bold), inline math, footnotes (their printed `)` dropped), and
 * manual breaks as `break` nodes.
 */
function phrasing(runs: ReadonlyArray<WordRun>, context: Context, skipLead = ''): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = []
  let afterFootnote = false
  let lead = skipLead
  for (const run of runs) {
    if (run.footnote) {
      context.footnotes += 1
      const number = context.footnotes
      const paragraphs = run.footnote.map((paragraph) => footnoteRuns(paragraph))
      const children = paragraphs.flatMap((part, index) => [...(index > 0 ? [text(' ')] : []), ...phrasing(part, context)])
      out.push({type: 'footnote', number, children: trimPhrasing(children)})
      afterFootnote = true
      continue
    }
    if (run.math) {
      out.push({type: 'inlineMath', value: run.math.tex})
      afterFootnote = false
      continue
    }
    if (run.break) {
      out.push({type: 'break'})
      continue
    }
    if (run.image || run.pageBreak || run.text === '') continue
    // The `)` the publisher prints after a footnote's number, in the text and in the footnote.
    if (afterFootnote && run.superscript && /^[)）]$/u.test(run.text)) {
      afterFootnote = false
      continue
    }
    afterFootnote = false
    // Tabs and runs of full-width spaces set for alignment read as one full-width space.
    let value = run.text.replace(/\u00a0/gu, ' ').replace(/\t+/gu, '\u3000').replace(/\u3000{2,}/gu, '\u3000')
    if (lead !== '') {
      const cut = Math.min(lead.length, value.length)
      if (value.slice(0, cut) === lead.slice(0, cut)) {
        value = value.slice(cut)
        lead = lead.slice(cut)
      } else lead = ''
      if (value === '') continue
    }
    let node: PhrasingContent = text(value)
    if (run.superscript) node = {type: 'superscript', children: [node]}
    else if (run.subscript) node = {type: 'subscript', children: [node]}
    if (run.italic) node = {type: 'emphasis', children: [node]}
    if (run.bold && !isSans(run.font)) node = {type: 'strong', children: [node]}
    push(out, node)
  }
  return out
}

/** A footnote's paragraph without the label the publisher prints before it (`1)`, then a space). */
function footnoteRuns(paragraph: WordParagraph): Array<WordRun> {
  const runs = [...paragraph.runs]
  while (runs.length > 0 && ((runs[0]?.superscript && /^\d*[)）]?$/u.test(runs[0].text)) || trimmed(runs[0]?.text ?? 'x') === '') && !runs[0]?.math && !runs[0]?.footnote)
    runs.shift()
  return runs
}

/** Appends, joining a text to the text before it and a wrapper to the same wrapper before it. */
function push(out: Array<PhrasingContent>, node: PhrasingContent): void {
  const last = out.at(-1)
  if (last?.type === 'text' && node.type === 'text') last.value += node.value
  else if (last && last.type === node.type && 'children' in last && 'children' in node && ['strong', 'emphasis', 'superscript', 'subscript'].includes(node.type)) {
    for (const child of node.children as Array<PhrasingContent>) push(last.children as Array<PhrasingContent>, child)
  } else out.push(node)
}

/** Spaces and breaks off both ends; full-width alignment spaces inside runs of text left as one. */
function trimPhrasing(nodes: Array<PhrasingContent>): Array<PhrasingContent> {
  const out = [...nodes]
  while (out[0]?.type === 'break') out.shift()
  while (out.at(-1)?.type === 'break') out.pop()
  const first = out[0]
  if (first?.type === 'text') first.value = first.value.replace(/^[ \u3000\t]+/u, '')
  const last = out.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(/[ \u3000\t]+$/u, '')
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/** A paragraph's phrasing with the text of its automatic number before it, as `textOf` shows it. */
function numbered(paragraph: WordParagraph, context: Context): Array<PhrasingContent> {
  const content = phrasing(paragraph.runs, context)
  const number = paragraph.numbering?.text
  if (!number) return content
  const out: Array<PhrasingContent> = [text(`${number}${numberSeparator(number)}`)]
  for (const node of content) push(out, node)
  return out
}

/** Phrasing split at its manual breaks: one paragraph a line. */
function lines(nodes: Array<PhrasingContent>): Array<Array<PhrasingContent>> {
  const out: Array<Array<PhrasingContent>> = [[]]
  for (const node of nodes) {
    if (node.type === 'break') out.push([])
    else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((piece, index) => {
        if (index > 0) out.push([])
        if (piece !== '') out.at(-1)?.push(text(piece))
      })
    } else out.at(-1)?.push(node)
  }
  return out.map(trimPhrasing).filter((line) => line.length > 0)
}

/** Drops the text `lead` matches at the start of phrasing (a list marker, a clause number, a label), whatever spaces were set in it. */
function dropLead(nodes: Array<PhrasingContent>, lead: RegExp): Array<PhrasingContent> {
  const out = trimPhrasing([...nodes])
  const first = out[0]
  if (first?.type !== 'text') return out
  const match = lead.exec(first.value)
  if (match?.index === 0) out[0] = text(first.value.slice(match[0].length))
  return trimPhrasing(out)
}

// ---------------------------------------------------------------------------
// The cover.

/** The code printed large at the top of a cover (an industry's bare letters, `YD`, as its mandatory standards print it). */
const codePattern = /^(?:GB\/[TZ]|GB|DB\d{2}(?:\/T)?|T\/[A-Z]{2,8}|Q\/[A-Z]{1,8}|[A-Z]{2,3}(?:\/[TZ])?|ISO\/IEC|ISO|IEC)$/u
const datePattern = String.raw`(\d{4})[-－.年/](\d{1,2})[-－.月/](\d{1,2})日?`
const issuedPattern = new RegExp(`^${datePattern}[ \u3000]*发布$`, 'u')
const effectivePattern = new RegExp(`^${datePattern}[ \u3000]*实施$`, 'u')
const isoDate = (match: RegExpExecArray): string => `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`

interface CoverResult {
  cover: Cover
  found: Array<string>
  /** Cover paragraphs that are none of its fields. */
  leftover: Array<WordParagraph>
}

/** Reads the cover's fields from the lines of its paragraphs, by what each line says and the order they come in. */
function readCover(paragraphs: ReadonlyArray<WordParagraph>, doc: WordDocument): CoverResult {
  const fields: Partial<Cover> & {replacedAll?: Array<string>; issuerLines?: Array<string>} = {}
  const found = new Set<string>()
  const leftover: Array<WordParagraph> = []
  let afterDates = false
  const issuerLines: Array<string> = []
  for (const paragraph of paragraphs) {
    let used = true
    // Lines of the paragraph; the dates set on one line apart, by a tab or by spaces.
    for (const raw of textOf(paragraph).split(/[\n\t]|(?<=发布|实施)[ \u3000]+(?=\d)/u)) {
      const line = trimmed(raw.replace(/\u00a0/gu, ' '))
      if (line === '') continue
      let match: RegExpExecArray | null
      const number = parseStandardNumber(line)
      if ((match = /^ICS[ \u3000]+(.+)$/u.exec(line))) {
        fields.ics = (match[1] ?? '').split(/[；;，,、 \u3000]+/u).filter(Boolean)
        found.add('ics')
      } else if ((match = /^CCS[ \u3000]+(.+)$/u.exec(line))) {
        fields.ccs = trimmed(match[1] ?? '')
        found.add('ccs')
      } else if ((match = /^备案号[：:][ \u3000]*(.+)$/u.exec(line))) {
        fields.filing = trimmed(match[1] ?? '')
        found.add('filing')
      } else if ((match = issuedPattern.exec(line))) {
        fields.issued = isoDate(match)
        found.add('issued')
        afterDates = true
      } else if ((match = effectivePattern.exec(line))) {
        fields.effective = isoDate(match)
        found.add('effective')
        afterDates = true
      } else if ((match = /^代替[ \u3000]*(.+)$/u.exec(line))) {
        const replaced = (match[1] ?? '').split(/[，,、；;]/u).map(trimmed).filter(Boolean)
        fields.replacedAll = [...(fields.replacedAll ?? []), ...replaced]
        found.add('replaces')
      } else if (number?.year !== undefined && number.written.length >= line.length - 1 && fields.number === undefined) {
        fields.number = line
        fields.code ??= number.code
        found.add('number')
      } else if (codePattern.test(line) && fields.number === undefined) {
        fields.code = line
      } else if ((match = /^[（(](征求意见稿|送审稿|报批稿)[）)]$/u.exec(line))) {
        fields.stage = ({征求意见稿: 'comments', 送审稿: 'review', 报批稿: 'approval'} as const)[match[1] as '征求意见稿']
        fields.status = 'draft'
        found.add('stage')
      } else if ((match = /^[（(](.+?)[，,][ \u3000]*(IDT|MOD|NEQ)[）)]$/u.exec(line))) {
        fields.adoption = {document: trimmed(match[1] ?? ''), degree: match[2] as 'IDT'}
        found.add('adoption')
      } else if (line === '发布' && afterDates) {
        fields.issuerLines = [...issuerLines]
        found.add('issuer')
      } else if ((match = /^(.+?)[ \u3000]*发布$/u.exec(line)) && afterDates) {
        // The last of several issuers, one a line, with 发布 after it.
        fields.issuerLines = [...issuerLines, trimmed(match[1] ?? '')]
        found.add('issuer')
      } else if (afterDates) {
        issuerLines.push(line)
      } else if (/(?:中华人民共和国.*标准|标准化指导性技术文件|地方标准|团体标准|企业标准|国际标准)$/u.test(compact(line)) && fields.number === undefined) {
        // Its characters set apart for the width (团　体　标　准) or not.
        fields.documentType = compact(line)
      } else if (/^[A-Z][ ]?\d{2}$/u.test(line) && fields.number === undefined) {
        fields.classification = line
        found.add('classification')
      } else if (/^\S{2,8}标准$/u.test(line) && fields.number === undefined) {
        fields.category = line
        found.add('category')
      } else if (fields.number !== undefined && fields.title === undefined && /[^\x00-\x7f]/u.test(line)) {
        fields.title = line
        found.add('title')
      } else if (fields.title !== undefined && fields.titleEnglish === undefined && /^[A-Za-z][^\p{Script=Han}]*$/u.test(line)) {
        fields.titleEnglish = line
        found.add('title-en')
      } else if (fields.title !== undefined && fields.titleEnglish === undefined && /[^\x00-\x7f]/u.test(line)) {
        // A title set on two lines.
        fields.title = `${fields.title}${/^第.+部分/u.test(line) ? '\u3000' : ''}${line}`
      } else used = false
    }
    if (!used) leftover.push(paragraph)
  }
  // No number to find the title after: the first line that reads as a title (a Title style, or set apart, with no sentence's end).
  if (fields.title === undefined) {
    const titled = leftover.find((paragraph) => /[^\x00-\x7f]/u.test(textOf(paragraph)) && !/[。；：]$/u.test(trimmed(textOf(paragraph))) && trimmed(textOf(paragraph)).length <= 60)
    if (titled) {
      fields.title = trimmed(textOf(titled).replace(/\n/gu, ''))
      found.add('title')
      leftover.splice(leftover.indexOf(titled), 1)
    }
  }
  const parsed = fields.number === undefined ? undefined : parseStandardNumber(fields.number)
  const issuers = fields.issuerLines ?? (issuerLines.length > 0 ? issuerLines : undefined)
  const title = fields.title ?? doc.properties.title ?? ''
  const cover: Cover = {
    code: parsed?.code ?? fields.code ?? '',
    number: fields.number ?? '',
    designation: parsed ? `${parsed.code} ${parsed.number}` : '',
    year: parsed?.year ?? 0,
    title,
    status: fields.status ?? 'published',
    ...(fields.replacedAll?.[0] === undefined ? {} : {replaces: fields.replacedAll[0]}),
    ...(fields.replacedAll && fields.replacedAll.length > 1 ? {replacedNumbers: fields.replacedAll} : {}),
    ...(fields.titleEnglish === undefined ? {} : {titleEnglish: fields.titleEnglish}),
    ...(fields.category === undefined ? {} : {category: fields.category}),
    ...(fields.ics === undefined ? {} : {ics: fields.ics}),
    ...(fields.ccs === undefined ? {} : {ccs: fields.ccs}),
    ...(fields.classification === undefined ? {} : {classification: fields.classification}),
    ...(fields.filing === undefined ? {} : {filing: fields.filing}),
    ...(fields.adoption === undefined ? {} : {adoption: fields.adoption}),
    ...(issuers?.[0] === undefined ? {} : {issuer: issuers[0]}),
    ...(issuers && issuers.length > 1 ? {issuers} : {}),
    ...(fields.issued === undefined ? {} : {issued: fields.issued}),
    ...(fields.effective === undefined ? {} : {effective: fields.effective}),
    ...(fields.stage === undefined ? {} : {stage: fields.stage})
  }
  // The type line the code gives is not written; another is kept.
  if (fields.documentType !== undefined && fields.documentType !== documentTypeOf(cover.code, cover.issuer)) {
    cover.documentType = fields.documentType
    found.add('document-type')
  }
  if (!found.has('title') && title !== '') found.add('title')
  return {cover, found: [...found], leftover}
}

// ---------------------------------------------------------------------------
// Headings.

const clauseNumber = /^(?<number>(?:\d+|[A-Z])(?:\.\d+)*)(?![.\d])(?:[ \u3000\t]+|(?=[^\s\d.a-zA-Z)）、，。．]))?(?<title>[^]*)$/u
const bareNumber = /^(?:\d+|[A-Z])(?:\.\d+)+$|^\d+$/u

/** The depth a heading style gives: 标准文件_章标题 1, 一级条标题 2 …; Heading 1–5, 标题 1–5. */
function styleDepth(paragraph: WordParagraph): number | undefined {
  const name = styleName(paragraph)
  const drafting = /标准文件_(?:附录)?(章|一级条|二级条|三级条|四级条|五级条)标题/u.exec(name)
  if (drafting) return ['章', '一级条', '二级条', '三级条', '四级条', '五级条'].indexOf(drafting[1] ?? '') + 1
  const builtin = /^(?:heading|标题)[ ]?([1-6])$/iu.exec(name)
  if (builtin) return Number(builtin[1])
  return undefined
}

interface HeadingFound {
  number: string | undefined
  title: string
  depth: number
  /** Found by a style or outline level (not only by its typed number). */
  styled: boolean
}

/** A paragraph that is a chapter's or a clause's heading, by (in this order) its style, its outline level, its automatic number, or its typed number set as a heading. */
function headingOf(paragraph: WordParagraph): HeadingFound | undefined {
  const full = trimmed(textOf(paragraph).replace(/\n/gu, ' '))
  if (full === '' || hasImage(paragraph) || mathRuns(paragraph).length > 0) return undefined
  const match = clauseNumber.exec(full)
  const number = match?.groups?.number
  const title = trimmed(match?.groups?.title ?? full)
  const depthOfNumber = number?.split('.').length
  const byStyle = styleDepth(paragraph)
  if (byStyle !== undefined) return {number, title: number === undefined ? full : title, depth: depthOfNumber ?? byStyle, styled: true}
  const outline = paragraph.outlineLevel
  if (outline !== undefined && outline < 5 && full.length <= 40 && !/[。；]$/u.test(full))
    return {number, title: number === undefined ? full : title, depth: depthOfNumber ?? outline + 1, styled: true}
  if (number === undefined || depthOfNumber === undefined) return undefined
  const numbered = paragraph.numbering !== undefined && /^(?:\d+|[A-Z])(?:\.\d+)*$/u.test(paragraph.numbering.text)
  // Short: up to 30 Chinese characters, a Latin letter counting half.
  const width = [...title].reduce((sum, char) => sum + (/[\x00-\x7f]/u.test(char) ? 0.5 : 1), 0)
  const short = width <= 30 && !/[。；：:，]$/u.test(title) && !title.includes('\n')
  if (title === '' && (numbered || /^(?:\d+|[A-Z])\.\d+/u.test(number))) return {number, title: '', depth: depthOfNumber, styled: false}
  if (short && title !== '' && (looksBold(paragraph) || numbered)) return {number, title, depth: depthOfNumber, styled: false}
  return undefined
}

// ---------------------------------------------------------------------------
// Lists.

const markerPattern = /^(?<label>——|—|·|•|[a-z][)）]|\d+[)）])[ \u3000\t]*/u
const markerOf = (label: string): ListMarker => (/^[—]/u.test(label) ? 'dash' : /^[·•]/u.test(label) ? 'dot' : /^[a-z]/u.test(label) ? 'letter' : 'number')
const normalLabel = (label: string): string => (label === '—' ? '——' : label === '•' ? '·' : label.replace('）', ')'))

// ---------------------------------------------------------------------------
// The body.

type Container = Foreword | Introduction | Clause | Appendix | Term | Bibliography

interface Open {
  node: Container
  depth: number
}

const captionTable = /^表[ \u3000]*(?<number>[A-Z]\.\d+|\d+)[ \u3000]+(?<caption>\S.*)$/u
const captionFigure = /^图[ \u3000]*(?<number>[A-Z]\.\d+|\d+)[ \u3000]+(?<caption>\S.*)$/u
const appendixLabel = /^附录[ \u3000]*(?<letter>[A-Z])(?![A-Za-z0-9])[ \u3000]*(?<rest>[^]*)$/u
const statusLabel = /^[（(](?<status>规范性附录|资料性附录|规范性|资料性)[）)][ \u3000]*/u
const sourceLine = /^[[［]来源[：:](?<source>.*?)(?<modified>[，,]有修改)?[\]］]$/su
const bibliographyLabel = /^(?<label>\[\d+\])[ \u3000]*/u
const formulaNumber = /^[（(](?<number>[A-Z]\.\d+|\d+)[）)]$/u

/** A comparison's title, for any two years (`2005版与2007版比较`). */
const comparisonTitle = (() => {
  const title = documentWords().comparison.report.title({old: 1000, new: 2000})
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return new RegExp(`^${compact(escaped).replace('1000', '\\d{4}').replace('2000', '\\d{4}')}$`, 'u')
})()

/**
 * The number of blocks of a comparison's summary page (0 when the document is
 * no comparison): the first section, titled as a comparison and with the
 * comparison's legend, up to the paragraph that ends it.
 */
function comparisonSummary(blocks: ReadonlyArray<WordBlock>): number {
  const first = blocks[0]
  if (first?.kind !== 'paragraph' || !comparisonTitle.test(compact(textOf(first)))) return 0
  const legend = compact(documentWords().comparison.word.legend)
  let seen = false
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'paragraph') continue
    seen ||= compact(textOf(block)) === legend
    if (block.sectionEnd) return seen ? index + 1 : 0
  }
  return 0
}

/** Recognises the standard in a Word document. */
export function recognise(doc: WordDocument): Recognition {
  const context: Context = {messages: [], footnotes: 0, images: new Map(), unplaced: 0}
  const blocks = doc.blocks
  const unplacedMessage = (place: WordPlace, cover = false): void => {
    context.unplaced += 1
    context.messages.push({
      rule: 'import-unplaced',
      severity: 'warning',
      message: (cover ? messages().docxRecognise.coverLine : messages().docxRecognise.unplaced)({paragraph: place.paragraph, words: place.words || words('')}),
      place
    })
  }

  // A comparison's Word document: its summary page, a section of its own, is left out.
  let index = comparisonSummary(blocks)
  const comparison = index > 0
  // The cover: the first page, up to a section's end or a page break, or the 目次, 前言 or 引言.
  const coverParagraphs: Array<WordParagraph> = []
  const cellParagraphs = (table: WordTable): Array<WordParagraph> =>
    table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks.flatMap((inner) => (inner.kind === 'paragraph' ? [inner] : cellParagraphs(inner)))))
  for (; index < blocks.length; index++) {
    const block = blocks[index] as WordBlock
    // A cover laid out in a table (the code and the ICS side by side): its cells' lines in order.
    if (block.kind === 'table') {
      if (coverParagraphs.length === 0 && index > 0) break
      coverParagraphs.push(...cellParagraphs(block))
      continue
    }
    const plain = compact(textOf(block))
    if (block.contents || ['目次', '前言', '引言', '1范围'].includes(plain) || (block.pageBreakBefore && coverParagraphs.length > 0) || styleDepth(block) !== undefined) break
    coverParagraphs.push(block)
    if (block.sectionEnd || block.runs.some((run) => run.pageBreak)) {
      index++
      break
    }
  }
  const {cover, found, leftover} = readCover(coverParagraphs, doc)
  if (comparison) context.messages.push({rule: 'import-comparison', severity: 'info', message: messages().docxRecognise.comparison})
  else if (doc.tracked) context.messages.push({rule: 'import-tracked', severity: 'info', message: messages().docxRecognise.tracked})
  if (cover.number === '') context.messages.push({rule: 'import-cover', severity: 'error', message: messages().docxRecognise.noNumber})
  if (cover.title === '') context.messages.push({rule: 'import-cover', severity: 'error', message: messages().docxRecognise.noTitle})

  const root: Array<StandardContent> = []
  const stack: Array<Open> = []
  let foreword: Foreword | undefined
  const forewordNode = (): Foreword => {
    if (!foreword) {
      foreword = {type: 'foreword', fields: {}, children: []}
      root.unshift(foreword)
    }
    return foreword
  }
  for (const paragraph of leftover) {
    for (const line of lines(numbered(paragraph, context))) forewordNode().children.push({type: 'paragraph', children: line})
    unplacedMessage(paragraph.place, true)
  }

  /** The container blocks go into now; undefined before any. */
  const current = (): Container | undefined => stack.at(-1)?.node
  /** Lists open in the current container, outermost first. */
  let lists: Array<List> = []
  let listOwner: Container | undefined
  const add = (node: BlockContent | ClauseContent | TermSource | BibliographyEntry | RevisionHistory, place: WordPlace): void => {
    lists = []
    let container = current()
    if (!container) {
      // Before the body: kept in the foreword; after it (past the index), in the last part that holds text.
      const last = [...root].reverse().find((child): child is Clause | Appendix | Bibliography => child.type === 'clause' || child.type === 'appendix' || child.type === 'bibliography')
      container = last ?? forewordNode()
      stack.push({node: container, depth: 0})
      unplacedMessage(place)
    }
    ;(container.children as Array<typeof node>).push(node)
  }
  const open = (node: Container, depth: number): void => {
    lists = []
    if (node.type === 'appendix' || (node.type === 'clause' && depth === 1)) stack.length = 0
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop()
    const parent = stack.at(-1)?.node
    if (parent && (node.type === 'clause' || node.type === 'term') && (parent.type === 'clause' || parent.type === 'appendix')) (parent.children as Array<Container>).push(node)
    else root.push(node as StandardContent)
    stack.push({node, depth})
  }
  /** The number of the next clause at a depth when its heading gives none. */
  const nextNumber = (depth: number): string => {
    const parent = [...stack].reverse().find((entry) => entry.depth < depth && (entry.node.type === 'clause' || entry.node.type === 'appendix'))
    const prefix = parent?.node.type === 'clause' ? parent.node.number : parent?.node.type === 'appendix' ? parent.node.letter : ''
    const siblings = parent
      ? (parent.node.children as Array<{type: string}>).filter((child) => child.type === 'clause').length
      : root.filter((child) => child.type === 'clause').length
    return prefix === '' || depth === 1 ? String(siblings + 1) : `${prefix}.${siblings + 1}`
  }
  /** Whether a typed number continues the numbering: its parent is open, and it comes after its last sibling. */
  const continues = (number: string): boolean => {
    const parts = number.split('.')
    const parentNumber = parts.slice(0, -1).join('.')
    const last = Number(parts.at(-1))
    if (parts.length === 1) {
      const chapters = root.filter((child): child is Clause => child.type === 'clause')
      const previous = Number(chapters.at(-1)?.number ?? '0')
      return /^\d+$/u.test(number) && last > previous && last <= previous + 2 && !stack.some((entry) => entry.node.type === 'appendix')
    }
    const parent = stack.find((entry) => (entry.node.type === 'clause' && entry.node.number === parentNumber) || (entry.node.type === 'appendix' && entry.node.letter === parentNumber))
    if (!parent) return false
    const siblings = (parent.node.children as Array<{type: string; number?: string}>).filter((child) => child.type === 'clause' || child.type === 'term')
    const previous = Number(siblings.at(-1)?.number?.split('.').at(-1) ?? '0')
    return last > previous && last <= previous + 2
  }
  const inTerms = (): boolean => stack.some((entry) => entry.node.type === 'clause' && entry.node.depth === 1 && /术语/u.test(entry.node.title ?? ''))

  let pendingCaption: {number: string; caption: string} | undefined
  let contentsTitle = false
  let inIndex = false

  for (; index < blocks.length; index++) {
    const block = blocks[index] as WordBlock
    if (block.kind === 'table') {
      contentsTitle = false
      const caption = pendingCaption
      pendingCaption = undefined
      addTable(block, caption)
      continue
    }
    const paragraph = block
    const full = textOf(paragraph)
    const plain = compact(full)
    const name = styleName(paragraph)
    // The 目次: its title, its entries (a field's result, or lines ending in their page numbers), dropped.
    if (paragraph.contents || /^toc|目录|目次、索引正文/iu.test(name)) continue
    if (plain === '目次' || plain === '目录') {
      contentsTitle = true
      // The 目次's entries, however they were set (a field's result, or lines, with or without page numbers): up to
      // the page where the document goes on with its first entry's heading (前言, or the first chapter).
      const entryText = (block: WordBlock | undefined): string =>
        block?.kind === 'paragraph' ? compact(trimmed(textOf(block)).replace(/[\t.…·．\u3000 ]+(?:\d+|[IVXLC]+)$/u, '')) : ''
      let first: string | undefined
      let broken = false
      for (let at = index + 1; at < blocks.length && at < index + 400; at++) {
        const entry = blocks[at]
        if (entry?.kind !== 'paragraph' || /。$/u.test(trimmed(textOf(entry)))) break
        const value = entryText(entry)
        if (first !== undefined && value === first && (broken || entry.pageBreakBefore)) {
          index = at - 1
          break
        }
        if (entry.sectionEnd || entry.runs.some((run) => run.pageBreak)) broken = first !== undefined || broken
        if (value !== '' && first === undefined) first = value
      }
      continue
    }
    if (contentsTitle && (/[\t.…·．\u3000 ]+(?:\d+|[IVXLC]+)$/u.test(trimmed(full)) || plain === '')) continue
    contentsTitle = false
    // The index's entries (`term\tnumber`) and its section headings; anything else ends it.
    if (inIndex && (plain === '' || /索引/u.test(name) || /^(?:汉语拼音索引|英文对应词索引|[A-Z])$/u.test(plain) || /\t[ ]*(?:[A-Z]\.)?\d+(?:\.\d+)*$/u.test(trimmed(full)))) continue
    inIndex = false
    if (plain === '' && !hasImage(paragraph) && mathRuns(paragraph).length === 0 && !paragraph.runs.some((run) => run.footnote)) continue

    if (plain === '前言') {
      stack.length = 0
      const node = forewordNode()
      lists = []
      stack.push({node, depth: 0})
      continue
    }
    if (plain === '引言') {
      const node: Introduction = {type: 'introduction', children: []}
      stack.length = 0
      root.push(node)
      lists = []
      stack.push({node, depth: 0})
      continue
    }
    if (plain === '参考文献' && (styleDepth(paragraph) !== undefined || /参考文献/u.test(name) || paragraph.alignment === 'center' || looksBold(paragraph) || paragraph.outlineLevel !== undefined)) {
      stack.length = 0
      open({type: 'bibliography', id: 'bibliography', children: []}, 0)
      continue
    }
    if (plain === '索引' && (/索引/u.test(name) || paragraph.alignment === 'center' || looksBold(paragraph) || paragraph.outlineLevel !== undefined)) {
      stack.length = 0
      lists = []
      root.push({type: 'termIndex', id: 'index'} satisfies TermIndex)
      // The index is made again from the terms: what follows it is its entries.
      inIndex = true
      continue
    }
    // The title over the body, as on the cover.
    if (cover.title !== '' && plain === compact(cover.title) && !root.some((child) => child.type === 'clause' || child.type === 'appendix')) continue
    if (plain === '历次修订记录' && blocks[index + 1]?.kind === 'table') {
      pendingCaption = {number: '', caption: plain}
      continue
    }

    // An appendix's label: 附录A, its status, its title, on one or more lines or paragraphs.
    const label = appendixLabel.exec(trimmed(full))
    if (label?.groups && (label.groups.rest === '' || /^[\n（(]/u.test(label.groups.rest ?? '')) && !/[。；]$/u.test(full)) {
      let rest = trimmed(label.groups.rest ?? '')
      const readStatus = (): {status?: 'normative' | 'informative'; labelStyle?: 'gbt-2000' | 'gbt-2020'} => {
        const found = statusLabel.exec(rest)
        if (!found?.groups) return {}
        rest = trimmed(rest.slice(found[0].length))
        const status = found.groups.status ?? ''
        return {status: status.startsWith('规范') ? 'normative' : 'informative', labelStyle: status.endsWith('附录') ? 'gbt-2000' : 'gbt-2020'}
      }
      let status = readStatus()
      // The status and the title in the paragraphs after the label.
      while (rest === '' && blocks[index + 1]?.kind === 'paragraph') {
        const next = blocks[index + 1] as WordParagraph
        const nextText = trimmed(textOf(next))
        if (isEmpty(next)) {
          index++
          continue
        }
        if (nextText === '') break
        if (headingOf(next)?.number !== undefined || nextText.length > 60 || /[。；]$/u.test(nextText)) break
        index++
        rest = nextText
        if (status.status === undefined) {
          status = readStatus()
          if (rest !== '') break
          continue
        }
        break
      }
      stack.length = 0
      const appendix: Appendix = {
        type: 'appendix',
        letter: label.groups.letter ?? 'A',
        ...status,
        title: trimmed(rest.replace(/\n/gu, '')),
        id: `appendix-${(label.groups.letter ?? 'a').toLowerCase()}`,
        children: []
      }
      open(appendix, 1)
      continue
    }

    // A term entry: its number alone on a line (the drafting tool's 术语条 style, or in the terms chapter), the term and its English equivalent on the next.
    const termNumber = trimmed(full)
    if (bareNumber.test(termNumber) && termNumber.includes('.') && (/术语条/u.test(name) || inTerms())) {
      const next = blocks[index + 1]
      const nextText = next?.kind === 'paragraph' ? trimmed(textOf(next)) : ''
      const termLine = /^(?<term>.*?[^\x00-\x7f])(?:[ \u3000]+(?<english>[A-Za-z][\x20-\x7e]*))?$/u.exec(nextText)
      if (termLine?.groups && nextText.length <= 80 && !/[。；]$/u.test(nextText)) {
        index++
        const term: Term = {type: 'term', number: termNumber, term: trimmed(termLine.groups.term ?? ''), id: `term-${termNumber}`, children: []}
        if (termLine.groups.english) term.english = trimmed(termLine.groups.english)
        // Admitted terms and abbreviations: short lines with no punctuation before the definition.
        while (blocks[index + 1]?.kind === 'paragraph' && blocks[index + 2] !== undefined) {
          const other = trimmed(textOf(blocks[index + 1] as WordParagraph))
          const explicit = /^(许用术语|缩略语)[：:](.+)$/u.exec(other)
          if (explicit) {
            const values = (explicit[2] ?? '').split(/[；;]/u).map(trimmed).filter(Boolean)
            if (explicit[1] === '许用术语') term.admitted = [...(term.admitted ?? []), ...values]
            else term.abbreviations = [...(term.abbreviations ?? []), ...values]
          } else if (other !== '' && other.length <= 16 && !/[\p{P}\s]/u.test(other) && blocks[index + 2]?.kind === 'paragraph' && headingOf(blocks[index + 2] as WordParagraph)?.number === undefined) {
            if (/^[A-Z][A-Z0-9-]*$/u.test(other)) term.abbreviations = [...(term.abbreviations ?? []), other]
            else term.admitted = [...(term.admitted ?? []), other]
          } else break
          index++
        }
        const depth = termNumber.split('.').length
        open(term, depth)
        continue
      }
    }

    // A chapter or clause heading; in the terms chapter, a heading of the number, the term and its English equivalent is a term's.
    const heading = headingOf(paragraph)
    // (The drafting tool's 术语条 style, or a heading in the terms chapter, holding the number and the term.)
    const termStyle = /术语条/u.test(name)
    const entry = termStyle ? clauseNumber.exec(trimmed(full))?.groups : heading?.styled && inTerms() ? {number: heading.number, title: heading.title} : undefined
    if (entry?.number?.includes('.') && /^\d/u.test(entry.number) && trimmed(entry.title ?? '') !== '') {
      const termLine = /^(?<term>.*?[^\x00-\x7f])(?:[ \u3000]+(?<english>[A-Za-z][\x20-\x7e]*))?$/u.exec(trimmed(entry.title ?? ''))
      if (termLine?.groups) {
        const term: Term = {type: 'term', number: entry.number, term: trimmed(termLine.groups.term ?? ''), id: `term-${entry.number}`, children: []}
        if (termLine.groups.english) term.english = trimmed(termLine.groups.english)
        open(term, entry.number.split('.').length)
        continue
      }
    }
    // A term's number, term and English equivalent typed on one line set as a heading.
    if (heading && !heading.styled && heading.number?.includes('.') && heading.title !== '' && inTerms() && /^\d/u.test(heading.number) && continues(heading.number)) {
      const termLine = /^(?<term>.*?[^\x00-\x7f])(?:[ \u3000]+(?<english>[A-Za-z][\x20-\x7e]*))?$/u.exec(heading.title)
      if (termLine?.groups) {
        const term: Term = {type: 'term', number: heading.number, term: trimmed(termLine.groups.term ?? ''), id: `term-${heading.number}`, children: []}
        if (termLine.groups.english) term.english = trimmed(termLine.groups.english)
        open(term, heading.number.split('.').length)
        continue
      }
    }
    if (heading && (heading.styled || (heading.number !== undefined && continues(heading.number)))) {
      const number = heading.number ?? nextNumber(heading.depth)
      const depth = number.split('.').length
      const clause: Clause = {type: 'clause', number, depth, id: `clause-${number}`, children: []}
      if (heading.title !== '') clause.title = heading.title
      open(clause, depth)
      continue
    }
    // An untitled clause typed before its text: `4.2.1　text …。`.
    const typed = /^(?<number>(?:\d+|[A-Z])(?:\.\d+)+)[ \u3000\t]+(?<rest>\S[^]*)$/u.exec(trimmed(full))
    // (Or set in the drafting tool's 无标题条 style, its number from automatic numbering.)
    if (typed?.groups?.number && (continues(typed.groups.number) || /无标题条/u.test(name)) && !(inTerms() && bareNumber.test(typed.groups.number))) {
      const number = typed.groups.number
      const depth = number.split('.').length
      open({type: 'clause', number, depth, id: `clause-${number}`, children: []}, depth)
      const body = dropLead(numbered(paragraph, context), /^(?:\d+|[A-Z])(?:\.\d+)+[ \u3000]+/u)
      for (const line of lines(body)) add({type: 'paragraph', children: line}, paragraph.place)
      continue
    }

    // A table's caption, kept for the table after it.
    const tableCaption = captionTable.exec(trimmed(full))
    if (tableCaption?.groups && blocks[index + 1]?.kind === 'table') {
      pendingCaption = {number: tableCaption.groups.number ?? '', caption: trimmed(tableCaption.groups.caption ?? '')}
      continue
    }
    if (/^表[ \u3000]*(?:[A-Z]\.\d+|\d+)[ \u3000]*[（(]续[）)]/u.test(trimmed(full)) && blocks[index + 1]?.kind === 'table') continue

    // A figure: its images, their sub-figure labels, its key and notes, then its caption.
    if (hasImage(paragraph)) {
      index = readFigure(index)
      continue
    }
    // A display formula: math alone on its line, its number at the right.
    const maths = mathRuns(paragraph)
    if (maths.length === 1) {
      const rest = trimmed(paragraph.runs.filter((run) => !run.math).map((run) => run.text).join(''))
      const numbered = formulaNumber.exec(rest)
      if (rest === '' || numbered) {
        let value = maths[0]?.math?.tex ?? ''
        // A number written inside the formula itself: `（1）` at its start or end.
        const inside = /^\s*[（(]\s*(?<number>[A-Z]\s*\.\s*\d+|\d+)\s*[）)]\s*|\s*[（(]\s*(?<end>[A-Z]\s*\.\s*\d+|\d+)\s*[）)]\s*$/u.exec(value)
        const number = numbered?.groups?.number ?? (inside ? (inside.groups?.number ?? inside.groups?.end ?? '').replace(/\s/gu, '') : undefined)
        if (!numbered && inside) value = trimmed(value.replace(inside[0], ' '))
        const formula: Formula = {type: 'formula', value}
        if (number) formula.number = number
        add(formula, paragraph.place)
        continue
      }
    }
    // A listing: monospace paragraphs, one a line.
    if (isMonospace(paragraph) && !paragraph.runs.some((run) => run.footnote || run.math)) {
      const value: Array<string> = []
      while (index < blocks.length) {
        const line = blocks[index]
        if (line?.kind !== 'paragraph' || !isMonospace(line)) break
        value.push(...textOf(line, false).replace(/\t/gu, '    ').split('\n'))
        index++
      }
      index--
      add({type: 'code', value: value.join('\n')} satisfies Code, paragraph.place)
      continue
    }
    // A list item: automatic numbering, or a marker typed before the text.
    const item = listItemOf(paragraph)
    if (item) {
      addItem(item, paragraph)
      continue
    }
    const container = current()
    const content = numbered(paragraph, context)
    if (container?.type === 'term') {
      const source = sourceLine.exec(trimmed(full))
      if (source?.groups) {
        const node: TermSource = {type: 'termSource', children: trimPhrasing([text(trimmed(source.groups.source ?? ''))])}
        if (source.groups.modified) node.modified = true
        add(node, paragraph.place)
        continue
      }
    }
    if (container?.type === 'bibliography') {
      const entry = bibliographyLabel.exec(trimmed(full))
      if (entry?.groups) {
        add({type: 'bibliographyEntry', label: entry.groups.label ?? '', children: dropLead(content, /^\[\d+\][ \u3000]*/u)}, paragraph.place)
        continue
      }
    }
    for (const line of lines(content)) add({type: 'paragraph', children: line}, paragraph.place)
  }

  function listItemOf(paragraph: WordParagraph): {label: string; marker: ListMarker; children: Array<PhrasingContent>} | undefined {
    const numbering = paragraph.numbering?.text
    if (numbering !== undefined && markerPattern.test(`${numbering} `) && !/^\d+$/u.test(numbering)) {
      const label = normalLabel(trimmed(numbering))
      return {label, marker: markerOf(label), children: trimPhrasing(phrasing(paragraph.runs, context))}
    }
    const shown = textOf(paragraph, false)
    const typed = markerPattern.exec(trimmed(shown))
    if (!typed?.groups) return undefined
    const label = normalLabel(typed.groups.label ?? '')
    return {label, marker: markerOf(label), children: dropLead(phrasing(paragraph.runs, context), markerPattern)}
  }

  /** Adds a list item to the list it continues, or nests it, or opens a list. */
  function addItem(item: {label: string; marker: ListMarker; children: Array<PhrasingContent>}, paragraph: WordParagraph): void {
    const container = current()
    if (listOwner !== container) lists = []
    // Back out to the list of the same marker, if one is open.
    const same = lists.findIndex((list) => list.marker === item.marker)
    if (same >= 0) lists = lists.slice(0, same + 1)
    const listItem: ListItem = {type: 'listItem', label: item.label, children: [{type: 'paragraph', children: item.children}]}
    const innermost = lists.at(-1)
    if (innermost && innermost.marker === item.marker) {
      innermost.children.push(listItem)
      return
    }
    const list: List = {type: 'list', marker: item.marker, children: [listItem]}
    const parentItem = innermost?.children.at(-1)
    if (innermost && parentItem && parentItem.children.every((child) => child.type !== 'list')) {
      ;(parentItem.children as Array<Paragraph | List>).push(list)
      lists.push(list)
      return
    }
    add(list, paragraph.place)
    lists = [list]
    listOwner = current()
  }

  /** A cell's paragraphs, one a line; a table inside it read cell by cell, row by row. */
  function cellPhrasing(blocks: ReadonlyArray<WordBlock>): Array<PhrasingContent> {
    const flat = (inside: ReadonlyArray<WordBlock>): Array<WordParagraph> =>
      inside.flatMap((block) => (block.kind === 'paragraph' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => flat(cell.blocks)))))
    const out: Array<PhrasingContent> = []
    for (const block of flat(blocks)) {
      const content = trimPhrasing(numbered(block, context))
      if (content.length === 0) continue
      if (out.length > 0) out.push({type: 'break'})
      out.push(...content)
    }
    return out
  }

  /** A table's rows, its notes and footnotes (in a last row across its width, or in the paragraphs after it), or the revision record. */
  function addTable(table: WordTable, caption: {number: string; caption: string} | undefined): void {
    const rows = table.rows
    if (rows.every((row) => row.cells.length === 0)) {
      context.messages.push({rule: 'import-unplaced', severity: 'warning', message: messages().docxRecognise.emptyTable({paragraph: table.place.paragraph}), place: table.place})
      context.unplaced += 1
      return
    }
    const header = rows[0]?.cells.map((cell) => compact(cell.blocks.map((block) => (block.kind === 'paragraph' ? textOf(block) : '')).join(''))) ?? []
    if (header.join('|') === revisionColumns.join('|')) {
      const records = rows.slice(1).map((row): RevisionRecord => {
        const cells = row.cells.map((cell) => trimmed(cell.blocks.map((block) => (block.kind === 'paragraph' ? textOf(block) : '')).join('\n')))
        const [number = '', replaces = '', changes = '', departments = '', revisers = '', approvers = ''] = cells
        const names = (value: string): Array<string> => value.split(/[、，,;；\n]/u).map(trimmed).filter(Boolean)
        const items = /^1[.．、]\s*/u.test(changes)
          ? changes.split(/(?:^|\s+)\d+[.．、]\s*/u).map((change) => trimmed(change).replace(/[；;。]$/u, '')).filter(Boolean)
          : changes.split(/[；;\n]/u).map((change) => trimmed(change).replace(/[。.]$/u, '')).filter(Boolean)
        return {type: 'revisionRecord', number, ...(replaces === '' ? {} : {replaces}), changes: items, departments: names(departments), revisers: names(revisers), approvers: names(approvers)}
      })
      add({type: 'revisionHistory', children: records}, table.place)
      return
    }
    const columns = Math.max(1, ...rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.colSpan, 0)))
    const extras: Array<Note | TableFootnote> = []
    const body: Array<TableRow> = []
    rows.forEach((row, rowIndex) => {
      const only = row.cells.length === 1 ? row.cells[0] : undefined
      // The last row across the whole width holding notes and footnotes.
      if (only && rowIndex === rows.length - 1 && rowIndex > 0 && only.colSpan === columns && columns > 1) {
        const parts = only.blocks.filter((block): block is WordParagraph => block.kind === 'paragraph').map(tableExtra)
        if (parts.length > 0 && parts.every((part) => part !== undefined)) {
          extras.push(...(parts as Array<Note | TableFootnote>))
          return
        }
      }
      body.push({
        type: 'tableRow',
        children: row.cells.map((cell): TableCell => ({
          type: 'tableCell',
          ...(cell.colSpan > 1 ? {colSpan: cell.colSpan} : {}),
          ...(cell.rowSpan > 1 ? {rowSpan: cell.rowSpan} : {}),
          children: cellPhrasing(cell.blocks)
        }))
      })
    })
    const node: Table = {type: 'table', headerRows: rows[0]?.header ? 1 : 0, children: [...body, ...extras]}
    if (caption && caption.number !== '') {
      node.number = caption.number
      node.caption = caption.caption
    }
    add(node, table.place)
    // Notes and footnotes set in paragraphs after the table.
    while (blocks[index + 1]?.kind === 'paragraph') {
      const next = blocks[index + 1] as WordParagraph
      if (isEmpty(next)) {
        index++
        continue
      }
      const extra = tableExtra(next)
      if (!extra || (extra.type === 'note' && !/注/u.test(styleName(next)) && body.length === 0)) break
      node.children.push(extra)
      index++
    }
  }

  /** A table's note (`注：`, `注1：`) or footnote (a raised letter, then its text). */
  function tableExtra(paragraph: WordParagraph): Note | TableFootnote | undefined {
    const full = trimmed(textOf(paragraph))
    const note = /^注(?<number>\d*)[：:][ \u3000]*/u.exec(full)
    const content = trimPhrasing(numbered(paragraph, context))
    if (note?.groups) {
      const node: Note = {type: 'note', children: dropLead(content, /^注\d*[：:][ \u3000]*/u)}
      if (note.groups.number) node.number = Number(note.groups.number)
      return node
    }
    const first = content[0]
    if (first?.type === 'superscript' && first.children[0]?.type === 'text' && /^[a-z]$/u.test(first.children[0].value))
      return {type: 'tableFootnote', label: first.children[0].value, children: trimPhrasing(content.slice(1))}
    return undefined
  }

  /** Reads a figure from its first image's paragraph on; returns the index of its last paragraph. */
  function readFigure(start: number): number {
    const figure: Figure = {type: 'figure', children: []}
    let at = start
    let last = start
    let key: DefinitionList | undefined
    for (; at < blocks.length; at++) {
      const block = blocks[at]
      if (block?.kind !== 'paragraph') break
      const line = trimmed(textOf(block))
      if (hasImage(block)) {
        for (const run of block.runs) {
          if (!run.image) continue
          const image: Image = {type: 'image', url: imagePath(run.image, context), alt: run.image.alt ?? ''}
          figure.children.push(image)
        }
        // A sub-figure's label and title on the image's own line, after it.
        const after = /^(?<label>[a-z][)）])[ \u3000]+(?<caption>\S.*)$/u.exec(trimmed(textOf(block).replace(/^[^]*\ufffc/u, '')))
        const image = figure.children.at(-1)
        if (after?.groups && image?.type === 'image') {
          image.label = normalLabel(after.groups.label ?? '')
          image.caption = trimmed(after.groups.caption ?? '')
        }
        key = undefined
        last = at
        continue
      }
      if (line === '') continue
      // The image's description repeated under it as a caption (pandoc's 图片标题).
      const shown = figure.children.at(-1)
      if (shown?.type === 'image' && shown.alt !== '' && compact(line) === compact(shown.alt) && !captionFigure.test(line)) {
        last = at
        continue
      }
      const sub = /^(?<label>[a-z][)）])[ \u3000]+(?<caption>\S.*)$/u.exec(line)
      const previous = figure.children.at(-1)
      if (sub?.groups && previous?.type === 'image' && previous.label === undefined) {
        previous.label = normalLabel(sub.groups.label ?? '')
        previous.caption = trimmed(sub.groups.caption ?? '')
        last = at
        continue
      }
      if (line === '说明：' || line === '说明:') {
        key = {type: 'definitionList', kind: 'key', children: []}
        figure.children.push(key)
        last = at
        continue
      }
      const entry = /^(?<symbol>[^\s——]+)[ \u3000]*——[ \u3000]*(?<meaning>\S.*)$/u.exec(line)
      if (key && entry?.groups) {
        const content = trimPhrasing(numbered(block, context))
        const item: DefinitionItem = {
          type: 'definitionItem',
          children: [
            {type: 'definitionTerm', children: [text(trimmed(entry.groups.symbol ?? ''))]},
            {type: 'definitionDescription', children: dropLead(content, /^[^—]*——[ \u3000]*/u)}
          ]
        }
        key.children.push(item)
        last = at
        continue
      }
      const note = tableExtra(block)
      if (note) {
        key = undefined
        figure.children.push(note)
        last = at
        continue
      }
      const caption = captionFigure.exec(line)
      if (caption?.groups) {
        figure.number = caption.groups.number ?? ''
        figure.caption = trimmed(caption.groups.caption ?? '')
        last = at
      }
      break
    }
    add(figure, (blocks[start] as WordParagraph).place)
    return last
  }

  const raw: Standard = {type: 'standard', cover, children: root}
  // The tree written as Markdown and read back: the sentences typed as the parser types them.
  const source = toMarkdown(raw)
  const tree = parseStandard(new VFile({path: 'import.md', value: source}))
  const recognised = count(tree, found, context.unplaced)
  const parsed = parseStandardNumber(cover.number)
  return {
    tree,
    messages: context.messages,
    recognised,
    images: [...context.images.values()],
    ...(parsed ? {standard: slugOf(`${parsed.code} ${parsed.number}`)} : {}),
    ...(parsed?.year === undefined ? {} : {year: parsed.year})
  }
}

/** What was recognised, counted in the tree. */
function count(tree: Standard, cover: Array<string>, unplaced: number): Recognised {
  const recognised: Recognised = {cover, chapters: 0, clauses: 0, appendices: 0, terms: 0, tables: 0, figures: 0, formulas: 0, footnotes: 0, records: 0, unplaced}
  const footnotes = new Set<number>()
  eachNode(tree, (node) => {
    if (node.type === 'clause') {
      if ((node as Clause).depth === 1) recognised.chapters++
      else recognised.clauses++
    } else if (node.type === 'appendix') recognised.appendices++
    else if (node.type === 'term') recognised.terms++
    else if (node.type === 'table') recognised.tables++
    else if (node.type === 'figure') recognised.figures++
    else if (node.type === 'formula') recognised.formulas++
    else if (node.type === 'footnote') footnotes.add((node as {number: number}).number)
    else if (node.type === 'revisionRecord' || node.type === 'changeListEntry') recognised.records++
  })
  recognised.footnotes = footnotes.size
  return {...recognised, cover: [...cover]} as Recognised
}

