/**
 * Chinese line breaking. Text is cut into units that may not be split: one
 * CJK character, a Latin word or number, a standard's number such as
 * `Q/ZX 75.1861–2007`; closing punctuation (，。、；：）》…) sticks to the
 * unit before it and opening punctuation (（《“…) to the unit after, so no
 * line starts with the one or ends with the other. Lines are filled greedily.
 */
import {standardNumberSource} from '@stdkit/tree'
import type {Face} from './fonts.js'
import {sameLink, type PdfLink} from './link.js'

/** A formula typeset (`@stdkit/math`): its SVG, and its size in ems of the text around it. */
export interface MathBox {
  /** Its TeX, the alternate text of the formula in the tagged PDF. */
  tex?: string | undefined
  svg: string
  width: number
  height: number
  depth: number
}

/** A footnote to the text: its number and its text. */
export interface FootnoteText {
  number: number
  runs: Array<Run>
}

/** What stands for an inline formula in the text the line breaker cuts: it is measured and drawn as the formula. */
export const mathMark = '\ufffc'

/** What stands for a forced line break (a `<br>` in a table cell). */
export const lineMark = '\u2028'

/** How a run of text looks; the layout and the renderer agree on it. */
export interface Style {
  face: Face
  size: number
  /** How far the baseline is raised (a superscript) or, negative, lowered (a subscript), in points. */
  shift?: number | undefined
  /** An inline formula drawn in place of the text (one object replacement character). */
  math?: MathBox | undefined
  /** The call of a footnote to the text: the footnote, printed at the foot of the page the call lands on. */
  footnote?: FootnoteText | undefined
  /** Inserted text of a redline: underlined, in colour. */
  inserted?: boolean | undefined
  /** Deleted text of a redline: struck through, in colour. */
  deleted?: boolean | undefined
  /** Where a click on the text goes. */
  link?: PdfLink | undefined
}

export interface Run {
  text: string
  style: Style
}

/** A piece of a line: text in one style. */
export interface Piece {
  text: string
  style: Style
  width: number
}

export interface Line {
  pieces: Array<Piece>
  width: number
  /** Characters drawn (for spacing out a justified line). */
  count: number
  last: boolean
}

const closing = new Set([...'，。、；：？！）」』》〉】〕”’…·%％,.;:!?)]}'])
const opening = new Set([...'（「『《〈【〔“‘([{'])
const cjk = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u
const wordPunctuation = new Set(['.', ',', ':', '/'])
const alphanumeric = /^[A-Za-z0-9]$/u
const standardNumber = new RegExp(standardNumberSource, 'gu')

type Token = {text: string; style: Style}
type Unit = {tokens: Array<Token>; space: boolean; hard?: true}

/** Cuts runs into units that lines may not split. */
export function units(runs: ReadonlyArray<Run>): Array<Unit> {
  const out: Array<Unit> = []
  let glue = false
  const push = (token: Token, kind: 'cjk' | 'word' | 'space' | 'close' | 'open' | 'dash'): void => {
    const last = out.at(-1)
    if (kind === 'space' && glue && last) {
      // No break right after an opening mark, even at a space.
      last.tokens.push(token)
      return
    }
    if (kind === 'close' && last?.space) {
      // No break right before a closing mark, even at a space.
      out.pop()
      const before = out.at(-1)
      if (before) {
        before.tokens.push(...last.tokens, token)
        before.space = false
      } else out.push({tokens: [...last.tokens, token], space: false})
      glue = false
      return
    }
    if (kind === 'space') {
      out.push({tokens: [token], space: true})
      glue = false
      return
    }
    const joinsPrevious = last && !last.space && (glue || kind === 'close' || (kind === 'dash' && lastChar(last) === '—') || (kind === 'word' && isWordEnd(last)))
    if (joinsPrevious && last) last.tokens.push(token)
    else out.push({tokens: [token], space: false})
    glue = kind === 'open'
  }
  for (const run of runs) {
    // Standard numbers hold together, their space included: their ends, by where they start.
    const protectedRanges = new Map<number, number>()
    for (const match of run.text.matchAll(standardNumber)) protectedRanges.set(match.index, match.index + match[0].length)
    let index = 0
    const chars = [...run.text]
    let offset = 0
    while (index < chars.length) {
      const char = chars[index] as string
      const end = protectedRanges.get(offset)
      if (end !== undefined) {
        const text = run.text.slice(offset, end)
        push({text, style: run.style}, 'word')
        const count = [...text].length
        index += count
        offset += text.length
        continue
      }
      // ASCII punctuation between letters or digits belongs to the word or number (`5.2`, `3,000`).
      const inWord = wordPunctuation.has(char) && alphanumeric.test(chars[index + 1] ?? '') && alphanumeric.test(out.at(-1)?.tokens.at(-1)?.text.at(-1) ?? '')
      if (char === lineMark) {
        out.push({tokens: [{text: char, style: run.style}], space: false, hard: true})
        glue = false
        index++
        offset += char.length
        continue
      }
      const kind = inWord ? 'word' : closing.has(char) ? 'close' : opening.has(char) ? 'open' : char === '—' ? 'dash' : /\s/u.test(char) ? 'space' : cjk.test(char) ? 'cjk' : 'word'
      push({text: char === '\n' ? ' ' : char, style: run.style}, kind)
      index++
      offset += char.length
    }
  }
  return out
}

function lastChar(unit: Unit): string {
  return unit.tokens.at(-1)?.text.at(-1) ?? ''
}

// A Latin word or number goes on after a letter, a digit or the punctuation inside it.
function isWordEnd(unit: Unit): boolean {
  return /[A-Za-z0-9.,:/_+#&*'-]$/u.test(lastChar(unit))
}

/** Breaks runs into lines of at most `width` (the first line `firstWidth`), measuring with `measure`. */
export function breakLines(
  runs: ReadonlyArray<Run>,
  width: number,
  measure: (text: string, style: Style) => number,
  firstWidth = width
): Array<Line> {
  const lines: Array<Line> = []
  let current: Array<Token> = []
  let used = 0
  const limit = () => (lines.length === 0 ? firstWidth : width)
  const flush = (last: boolean): void => {
    while (current.length > 0 && /^\s+$/u.test(current.at(-1)?.text ?? '')) {
      const dropped = current.pop() as Token
      used -= measure(dropped.text, dropped.style)
    }
    lines.push(toLine(current, measure, last))
    current = []
    used = 0
  }
  for (const unit of units(runs)) {
    if (unit.hard) {
      // A forced break ends the line where it stands, which is then set as a last line (not spread out).
      flush(true)
      continue
    }
    if (unit.space && current.length === 0) continue
    const unitWidth = unit.tokens.reduce((sum, token) => sum + measure(token.text, token.style), 0)
    if (used + unitWidth > limit() + 0.01 && current.length > 0) flush(false)
    if (unit.space && current.length === 0) continue
    if (unitWidth > limit() + 0.01) {
      // A unit wider than a line (a very long word) is cut where it must be, still never before a
      // closing or after an opening mark: such a line may overrun rather than break the rule.
      for (const token of unit.tokens) {
        for (const char of token.text) {
          const charWidth = measure(char, token.style)
          const previous = current.map((item) => item.text).join('').trimEnd().at(-1) ?? ''
          if (used + charWidth > limit() + 0.01 && current.length > 0 && !closing.has(char) && !opening.has(previous)) flush(false)
          current.push({text: char, style: token.style})
          used += charWidth
        }
      }
      continue
    }
    current.push(...unit.tokens)
    used += unitWidth
  }
  if (current.length > 0 || lines.length === 0) flush(true)
  else if (lines.length > 0) (lines.at(-1) as Line).last = true
  return lines
}

function sameStyle(a: Style, b: Style): boolean {
  // Each formula and each footnote call is a piece of its own.
  if (a.math || b.math || a.footnote || b.footnote) return false
  return a.face === b.face && a.size === b.size && a.shift === b.shift && a.inserted === b.inserted && a.deleted === b.deleted && sameLink(a.link, b.link)
}

function toLine(tokens: ReadonlyArray<Token>, measure: (text: string, style: Style) => number, last: boolean): Line {
  const pieces: Array<Piece> = []
  for (const token of tokens) {
    const previous = pieces.at(-1)
    if (previous && sameStyle(previous.style, token.style)) previous.text += token.text
    else pieces.push({text: token.text, style: token.style, width: 0})
  }
  let width = 0
  let count = 0
  for (const piece of pieces) {
    piece.width = measure(piece.text, piece.style)
    width += piece.width
    count += [...piece.text].length
  }
  return {pieces, width, count, last}
}
