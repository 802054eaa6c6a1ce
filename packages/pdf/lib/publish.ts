import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {StandardDiff} from '@stdkit/diff'
import {documentTypeOf, kindOfCode, normalizeNumber, printedNumber, report, type Standard} from '@stdkit/tree'
import {messages} from '@stdkit/messages'
import {VFile} from 'vfile'
import {PdfError} from './error.js'
import {GlyphCheck} from './glyphs.js'
import {LayoutError, type Positioned} from './layout.js'
import {typesetEdition, type Options} from './edition.js'
import {typesetRedline} from './redline.js'
import {renderPdf} from './render.js'

export interface PdfOptions extends Options {
  /** Path of the source, for messages; images are read beside it unless `readImage` is given. */
  path?: string | undefined
  /** URL (relative to this PDF) of another standard's PDF, for references to it to become links. */
  standardLink?: ((designation: string, year: number | undefined) => string | undefined) | undefined
}

/** The kind of standard among the PDF's keywords: `企业标准`, or the type line of another kind (`中华人民共和国国家标准`). */
function kindKeyword(tree: Standard): string {
  const kind = tree.cover.kind ?? kindOfCode(tree.cover.code)
  return kind === 'enterprise' ? '企业标准' : (tree.cover.documentType ?? documentTypeOf(tree.cover.code, tree.cover.issuer))
}

/** One edition as a PDF document. */
export async function renderEditionPdf(tree: Standard, options: Readonly<PdfOptions> = {}): Promise<Buffer> {
  const glyphs = new GlyphCheck()
  const number = printedNumber(tree.cover.number)
  const file = sourceFile(options.path)
  const readImage = options.readImage ?? besideSource(options.path)
  const pdf = await laidOut(file, () => renderPdf(typesetEdition(tree, {...options, readImage}), glyphs, {
    title: tree.cover.title,
    subject: number,
    author: tree.cover.issuer ?? '',
    keywords: [tree.cover.designation, tree.cover.category, kindKeyword(tree)].filter(Boolean).join(', '),
    date: tree.cover.issued,
    header: number,
    standardLink: options.standardLink
  }))
  if (glyphs.missing.length > 0) throw missing(glyphs.missing, tree, file)
  return pdf
}

/**
 * A comparison as a redline PDF: a summary page, then the newer edition with
 * the changes marked. Images of both editions are read beside `path`, the
 * newer edition's source (the older edition's are in the same folder),
 * unless `readImage` is given.
 */
export async function renderRedlinePdf(diff: StandardDiff, newer: Standard, options: Readonly<PdfOptions> = {}): Promise<Buffer> {
  const glyphs = new GlyphCheck()
  const file = sourceFile(options.path)
  const readImage = options.readImage ?? besideSource(options.path)
  const pdf = await laidOut(file, () => renderPdf(typesetRedline(diff, {readImage, newer}), glyphs, {
    title: `${diff.designation} ${diff.old.year}→${diff.new.year} 比较`,
    subject: `${diff.old.number} → ${diff.new.number}`,
    author: newer.cover.issuer ?? '',
    keywords: [diff.designation, 'redline', '比较'].join(', '),
    date: newer.cover.issued,
    header: `${diff.old.number} → ${diff.new.number} 比较`,
    standardLink: options.standardLink
  }))
  if (glyphs.missing.length > 0) throw missing(glyphs.missing, newer, file)
  return pdf
}

/** Reads an image by its path relative to the source, from the folder the source is in; none without a source. */
function besideSource(source: string | undefined): (url: string) => Uint8Array | undefined {
  return (url) => {
    if (source === undefined) return undefined
    try {
      return readFileSync(join(dirname(source), ...url.split('/')))
    } catch {
      return undefined
    }
  }
}

/** The file the messages of a failure go on: the source's, by its path. */
function sourceFile(path: string | undefined): VFile {
  return new VFile({path: path ?? 'input'})
}

/** Runs `render`; a block it cannot lay out fails it with a message at the block's place in the source. */
async function laidOut(file: VFile, render: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await render()
  } catch (error) {
    if (error instanceof LayoutError) {
      report(file, 'error', error.message, start(error.node), error.rule)
      throw failure(file)
    }
    throw error
  }
}

/** The failure whose messages `file` holds, summed up in a line by its first. */
function failure(file: VFile): PdfError {
  const first = file.messages[0]
  return new PdfError(messages().pdf.failed({file: file.path, reason: first?.reason ?? '', more: file.messages.length - 1}), file)
}

/** Where a node starts in the source: line 1, column 1 when it has no place. */
function start(node: Positioned | undefined): {line: number; column: number} {
  const point = node?.position?.start
  return point ? {line: point.line, column: point.column} : {line: 1, column: 1}
}

/** A message for each character no font covers, at the first text that holds it. */
function missing(chars: ReadonlyArray<{char: string; text: string}>, tree: Standard, file: VFile): PdfError {
  for (const {char} of chars) {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
    report(file, 'error', messages().pdf.noGlyph({char, code}), start(locate(tree, char)), 'pdf-glyph')
  }
  return failure(file)
}

/** Where in the source a piece of text is: the first text node containing it, or else the cover field that holds it. */
function locate(tree: Standard, text: string): Positioned | undefined {
  let found: Positioned | undefined
  const walk = (node: {type: string; value?: unknown; children?: unknown; position?: {start: {line: number; column: number}}}): void => {
    if (found) return
    if (typeof node.value === 'string' && node.value.includes(text) && node.position) found = node
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as typeof node)
  }
  walk(tree as unknown as Parameters<typeof walk>[0])
  if (found) return found
  const {positions, ...fields} = tree.cover
  const field = (Object.keys(fields) as Array<keyof typeof fields>).find((key) => typeof fields[key] === 'string' && (fields[key] as string).includes(text) && key in (positions ?? {}))
  return field === undefined ? undefined : {position: positions?.[field as keyof NonNullable<typeof positions>]}
}

/** A page's worth of a standard: what `warmUp` typesets. */
const sample: Standard = {
  type: 'standard',
  cover: {code: 'Q/ZX', number: 'Q/ZX 1.1–2000', designation: 'Q/ZX 1.1', year: 2000, title: '示例', issuer: '示例', issued: '2000-01-01', status: 'published'},
  children: [
    {
      type: 'clause',
      number: '1',
      depth: 1,
      id: 'scope',
      title: '范围',
      children: [{type: 'paragraph', children: [{type: 'text', value: '本标准规定了Q/ZX 1.1–2000的要求（见表1），适用于工程开通、验收和维护。'}]}]
    }
  ]
}

/**
 * Typesets a small standard, and lets it go: a thread about to typeset (a
 * PDF worker) loads its fonts and compiles the typesetter's code before the
 * first real document arrives.
 */
export async function warmUp(): Promise<void> {
  await renderEditionPdf(sample)
}

