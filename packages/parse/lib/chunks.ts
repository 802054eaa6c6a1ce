/**
 * Parsing a large source a piece at a time. Markdown's block structure starts
 * afresh at a level 1 or 2 ATX heading at the start of a line, outside fenced
 * code, display math and front matter: no block before such a line continues past it (a
 * heading interrupts paragraphs, lists, block quotes and tables alike). So a
 * source can be cut before those lines, each piece parsed on its own and the
 * pieces' trees joined, with their positions moved to where the pieces sit in
 * the whole. The tree is the one a single parse gives; the parser's working
 * set (micromark's events for a few megabytes of text) stays small, which
 * halves the time a chapter-sized source takes, most of it spent collecting
 * garbage otherwise.
 *
 * Three constructs reach across the whole document or can hide a heading line,
 * and a source that may hold one is parsed whole: link reference and footnote
 * definitions (anything with `]:`), and raw HTML blocks (a line starting with
 * `<`), which run on to a blank line or their closing tag.
 */
import type {Root, RootContent} from 'mdast'
import type {Point, Position} from 'unist'

/** A piece of the source: its text and where it starts in the whole. */
export interface Chunk {
  value: string
  /** Offset of its first character in the whole source. */
  offset: number
  /** Number of lines before it in the whole source. */
  lines: number
}

/** Pieces of at least this many characters (the last may be shorter): below it, a cut costs more than it saves. */
export const chunkSize = 8 * 1024

const heading = /^#{1,6}(?:[ \t]|$)/u
const fenceOpen = /^ {0,3}(`{3,}|~{3,}|\$\$+)/u
const htmlStart = /^ {0,3}</u

/** Offsets of the line starts where `text` may be cut; empty when it must be parsed whole. */
export function cutPoints(text: string): Array<number> {
  if (text.includes(']:')) return []
  const cuts: Array<number> = []
  let start = 0
  let fence: string | undefined
  // Front matter runs from a first line `---` to the next `---`; a YAML comment in it may look like a heading.
  if (/^---[ \t]*\n/u.test(text)) {
    const close = /\n---[ \t]*(?:\n|$)/u.exec(text)
    if (!close) return []
    start = close.index + close[0].length
  }
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end)
    if (fence !== undefined) {
      const close = fenceOpen.exec(line)
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length && line.slice(close[0].length).trim() === '') fence = undefined
    } else {
      const open = fenceOpen.exec(line)
      // `$$x$$` on one line is a formula of its own, no fence.
      if (open?.[1] && !(open[1][0] === '$' && line.slice(open[0].length).includes('$'))) fence = open[1]
      else if (htmlStart.test(line)) return []
      else if (heading.test(line) && start > 0) cuts.push(start)
    }
    if (newline === -1) break
    start = newline + 1
  }
  return cuts
}

/** Cuts `text` into pieces of at least `size` characters at its cut points. */
export function chunks(text: string, size: number = chunkSize): Array<Chunk> {
  if (text.length < size * 2) return [{value: text, offset: 0, lines: 0}]
  const out: Array<Chunk> = []
  let from = 0
  let lines = 0
  const take = (to: number): void => {
    const value = text.slice(from, to)
    out.push({value, offset: from, lines})
    for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) lines++
    from = to
  }
  for (const cut of cutPoints(text)) {
    if (cut - from >= size && text.length - cut >= size) take(cut)
  }
  take(text.length)
  return out
}

/** Parses `text` with `parse`, a piece at a time where it can be cut, into one tree. */
export function parseInChunks(text: string, parse: (value: string) => Root, size: number = chunkSize): Root {
  const pieces = chunks(text, size)
  if (pieces.length === 1) return parse(text)
  const children: Array<RootContent> = []
  let end: Point | undefined
  for (const piece of pieces) {
    const tree = parse(piece.value)
    for (const child of tree.children) children.push(moved(child, piece))
    if (tree.position) end = movedPoint(tree.position.end, piece)
  }
  const start: Point = {line: 1, column: 1, offset: 0}
  return {type: 'root', children, ...(end ? {position: {start, end}} : {})}
}

function movedPoint(point: Point, piece: Chunk): Point {
  return {line: point.line + piece.lines, column: point.column, ...(point.offset === undefined ? {} : {offset: point.offset + piece.offset})}
}

function movedPosition(position: Position, piece: Chunk): Position {
  return {start: movedPoint(position.start, piece), end: movedPoint(position.end, piece)}
}

/** The node with every position in it moved by the piece's place (in place: the piece's tree is not kept). */
function moved<T extends {position?: Position | undefined; children?: ReadonlyArray<unknown>}>(node: T, piece: Chunk): T {
  if (node.position) node.position = movedPosition(node.position, piece)
  if (node.children) for (const child of node.children) moved(child as T, piece)
  return node
}
