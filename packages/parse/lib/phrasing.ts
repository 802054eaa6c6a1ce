/**
 * Inline text: flattening Markdown's phrasing into plain text segments, and
 * finding the references a standard makes in running text (`见5.2`, `见附录A`,
 * `表1`, `见图1`, `公式（1）`, `Q/ZX 75.1760`). Inline math, superscripts,
 * subscripts, emphasis and footnotes are atoms among the segments: each
 * stands for one character of the joined text, which no reference crosses.
 */
import {messages} from '@stdkit/messages'
import type {PhrasingContent as MdastPhrasing} from 'mdast'
import type {Position} from 'unist'
import {designationOf, parseStandardNumber, toText, standardNumberSource, type CrossReference, type PhrasingContent, type StandardReference, type Text} from '@stdkit/tree'
import {at, span, type Context} from './context.js'

/** A run of text and, when it maps one to one onto the source, the offset of its first character; or an atom. */
export interface Segment {
  value: string
  start?: number | undefined
  /** A node of its own (inline math, superscript, emphasis, footnote …), whose `value` is `atomMark`. */
  node?: PhrasingContent | undefined
}

/** The character an atom stands for in the joined text of segments. */
export const atomMark = '\uFFFC'

const referencePattern = new RegExp(
  [
    `(?<standard>${standardNumberSource})`,
    String.raw`(?<appendix>附录(?<letter>[A-Z])(?![A-Za-z.]))`,
    String.raw`(?<table>表(?<tableNumber>[A-Z]\.\d+|\d+)(?![\d.]))`,
    String.raw`(?<chapter>第(?<chapterNumber>\d+)章)`,
    String.raw`(?<figure>图(?<figureNumber>[A-Z]\.\d+|\d+)(?![\d.]))`,
    String.raw`(?<formula>(?:公式|式)[（(](?<formulaNumber>[A-Z]\.\d+|\d+)[）)])`,
    // A clause named after 见, 按, 照 … or after another so named in a list: `见4.2、6.2`, `见5.3和5.4`.
    String.raw`(?<=[见按照据循合](?:(?:\d+|[A-Z])(?:\.\d+)+[、和及])*)(?<clause>(?:\d+|[A-Z])(?:\.\d+)+)(?![\d.])`
  ].join('|'),
  'gu'
)

const cjk = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/u

/** Joins soft line breaks: nothing between CJK characters, one space otherwise. */
export function joinLines(value: string, before = '', after = ''): string {
  const text = before + value + after
  let result = ''
  for (let index = before.length; index < before.length + value.length; index++) {
    const char = text[index] ?? ''
    if (char !== '\n') {
      result += char
      continue
    }
    let next = index + 1
    while (text[next] === ' ' || text[next] === '\t') next++
    const left = text[index - 1] ?? ''
    const right = text[next] ?? ''
    if (!(cjk.test(left) || cjk.test(right)) && left !== '' && right !== '') result += ' '
    index = Math.min(next, before.length + value.length) - 1
  }
  return result
}

/** Flattens Markdown phrasing into segments; constructs a standard does not use are reported and kept as text. */
export function flatten(nodes: ReadonlyArray<MdastPhrasing>, context: Context): Array<Segment> {
  const segments: Array<Segment> = []
  const atom = (node: PhrasingContent): void => {
    segments.push({value: atomMark, node})
  }
  const visit = (node: MdastPhrasing): void => {
    switch (node.type) {
      case 'text': {
        uncalled(node, context)
        segments.push({value: node.value, start: exactStart(node, node.value, context)})
        return
      }
      case 'html': {
        // Not read from a source (see literal.ts); text should a tree hold one.
        segments.push({value: node.value, start: exactStart(node, node.value, context)})
        return
      }
      case 'break': {
        segments.push({value: '\n'})
        return
      }
      case 'inlineMath': {
        atom({type: 'inlineMath', value: node.value, ...at(node.position)})
        return
      }
      case 'superscript':
      case 'subscript': {
        const start = node.position?.start.offset
        const inner = start === undefined ? undefined : span(context, start + 1, start + 1 + node.value.length)
        atom({type: node.type, children: [{type: 'text', value: node.value, ...at(inner)}], ...at(node.position)})
        return
      }
      case 'emphasis':
      case 'strong': {
        atom({type: node.type, children: phrasing(flatten(node.children, context), context, node.position), ...at(node.position)})
        return
      }
      case 'footnoteReference': {
        const footnote = context.footnote?.(node.identifier, node.position)
        if (footnote) atom(footnote)
        return
      }
      case 'inlineCode': {
        unsupported(node.type, node.position, context)
        segments.push({value: node.value})
        return
      }
      case 'image':
      case 'imageReference': {
        unsupported(node.type, node.position, context)
        segments.push({value: node.alt ?? ''})
        return
      }
      default: {
        unsupported(node.type, node.position, context)
        if ('children' in node) for (const child of node.children) visit(child)
      }
    }
  }
  for (const node of nodes) visit(node)
  return segments
}

/** Reports a footnote call `[^label]` left as text: Markdown reads it as a call only when its definition exists. */
function uncalled(node: {position?: Position | undefined}, context: Context): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || context.footnote === undefined) return
  const source = context.source.slice(start, end)
  for (const match of source.matchAll(/\[\^(?<label>[^\]\s]+)\]/gu)) {
    if (source[match.index - 1] === '\\') continue
    const place = span(context, start + match.index, start + match.index + match[0].length)
    context.report('error', messages().parser.footnoteUndefined({label: match.groups?.label ?? ''}), place, 'footnote')
  }
}

function unsupported(type: string, place: Position | undefined, context: Context): void {
  context.report(
    'warning',
    messages().parser.inline({type}),
    place,
    'markdown-construct'
  )
}

function exactStart(
  node: {position?: Position | undefined},
  value: string,
  context: Context
): number | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return context.source.slice(start, end) === value ? start : undefined
}

/** The text of segments, an atom as `atomMark`. */
export function segmentsText(segments: ReadonlyArray<Segment>): string {
  return segments.map((segment) => segment.value).join('')
}

/** The plain text of segments, an atom as its text. */
export function plainText(segments: ReadonlyArray<Segment>): string {
  return segments.map((segment) => (segment.node ? toText(segment.node) : segment.value)).join('')
}

/** Drops the first `count` characters (a list marker, `注：` …) from segments. */
export function dropPrefix(segments: ReadonlyArray<Segment>, count: number): Array<Segment> {
  const result: Array<Segment> = []
  let left = count
  for (const segment of segments) {
    if (left >= segment.value.length) {
      left -= segment.value.length
      continue
    }
    result.push(
      segment.node
        ? segment
        : {
            value: segment.value.slice(left),
            start: segment.start === undefined ? undefined : segment.start + left
          }
    )
    left = 0
  }
  const first = result[0]
  if (first && !first.node) {
    const trimmed = first.value.replace(/^[ \t\u3000]+/u, '')
    const cut = first.value.length - trimmed.length
    result[0] = {value: trimmed, start: first.start === undefined ? undefined : first.start + cut}
  }
  return result
}

/** Drops trailing characters after `length` (the end of a term source, a caption's …). */
export function takePrefix(segments: ReadonlyArray<Segment>, length: number): Array<Segment> {
  const result: Array<Segment> = []
  let left = length
  for (const segment of segments) {
    if (left <= 0) break
    if (segment.node || segment.value.length <= left) result.push(segment)
    else result.push({value: segment.value.slice(0, left), start: segment.start})
    left -= segment.value.length
  }
  return result
}

/**
 * Turns segments into phrasing content: text, cross-references and standard
 * references, each placed in the source where the mapping is exact; `fallback`
 * places the rest. Atoms are kept as they are, between the text around them.
 */
export function phrasing(
  segments: ReadonlyArray<Segment>,
  context: Context,
  fallback: Position | undefined
): Array<PhrasingContent> {
  const pieces: Array<PhrasingContent> = []
  let run: Array<Segment> = []
  for (const segment of segments) {
    if (!segment.node) {
      run.push(segment)
      continue
    }
    pieces.push(...references(run, context, fallback), segment.node)
    run = []
  }
  pieces.push(...references(run, context, fallback))
  return joinTexts(pieces)
}

/** Text with its cross-references and standard references, found in the joined text as a reader sees it. */
function references(segments: ReadonlyArray<Segment>, context: Context, fallback: Position | undefined): Array<PhrasingContent> {
  const value = segmentsText(segments)
  const offsets: Array<number | undefined> = []
  for (const segment of segments) {
    for (let index = 0; index < segment.value.length; index++) {
      offsets.push(segment.start === undefined ? undefined : segment.start + index)
    }
  }
  const place = (from: number, to: number): Position | undefined => {
    const first = offsets[from]
    const last = offsets[to - 1]
    return first !== undefined && last !== undefined && last - first === to - 1 - from
      ? span(context, first, last + 1)
      : fallback
  }
  const pieces: Array<PhrasingContent> = []
  let last = 0
  for (const match of value.matchAll(referencePattern)) {
    const index = match.index
    if (index > last) pieces.push(text(value.slice(last, index), place(last, index)))
    const end = index + match[0].length
    pieces.push(reference(match, place(index, end)))
    last = end
  }
  if (last < value.length) pieces.push(text(value.slice(last), place(last, value.length)))
  return pieces
}

function text(value: string, position: Position | undefined): Text {
  return position ? {type: 'text', value, position} : {type: 'text', value}
}

function reference(match: RegExpMatchArray, position: Position | undefined): PhrasingContent {
  const groups = match.groups ?? {}
  const children: Array<Text> = [text(match[0], position)]
  const placed = position ? {position} : {}
  if (groups.standard) {
    const parsed = parseStandardNumber(groups.standard)
    const node: StandardReference = {
      type: 'standardReference',
      code: parsed?.code ?? '',
      designation: parsed ? designationOf(parsed) : groups.standard,
      ...(parsed?.year === undefined ? {} : {year: parsed.year}),
      children,
      ...placed
    }
    return node
  }
  const [kind, target]: [CrossReference['kind'], string] = groups.appendix
    ? ['appendix', groups.letter ?? '']
    : groups.table
      ? ['table', groups.tableNumber ?? '']
      : groups.chapter
        ? ['clause', groups.chapterNumber ?? '']
        : groups.figure
          ? ['figure', groups.figureNumber ?? '']
          : groups.formula
            ? ['formula', groups.formulaNumber ?? '']
            : ['clause', groups.clause ?? '']
  const node: CrossReference = {type: 'crossReference', kind, target, children, ...placed}
  return node
}

/** Merges neighbouring text nodes and joins soft line breaks inside them. */
function joinTexts(pieces: ReadonlyArray<PhrasingContent>): Array<PhrasingContent> {
  const merged: Array<PhrasingContent> = []
  for (const piece of pieces) {
    const previous = merged.at(-1)
    if (piece.type === 'text' && previous?.type === 'text') {
      const position =
        previous.position && piece.position && previous.position.end.offset === piece.position.start.offset
          ? {start: previous.position.start, end: piece.position.end}
          : undefined
      merged[merged.length - 1] = text(previous.value + piece.value, position)
    } else {
      merged.push(piece)
    }
  }
  const plain = (node: PhrasingContent | undefined): string =>
    node === undefined ? '' : toText(node)
  return merged
    .map((node, index) => {
      if (node.type !== 'text') return node
      const value = joinLines(node.value, plain(merged[index - 1]).slice(-1), plain(merged[index + 1]).slice(0, 1))
      return value === node.value ? node : {...node, value}
    })
    .filter((node) => node.type !== 'text' || node.value !== '')
}
