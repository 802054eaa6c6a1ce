/**
 * Text comparison that understands Chinese: words come from `Intl.Segmenter`
 * (zh, word granularity) and are diffed with jsdiff; a replaced run that is
 * one coarse segment is refined to characters. Width forms, punctuation and
 * spacing differences are recognised as such.
 */
import {documentWords} from '@stdkit/messages'
import {diffArrays, diffChars} from 'diff'
import {wordingReasons} from './classify.js'
import type {Reason, TextRun} from './types.js'

const segmenter = new Intl.Segmenter('zh', {granularity: 'word'})

/** Splits text into words (Chinese words, Latin words, numbers, punctuation). */
export function words(text: string): Array<string> {
  return [...segmenter.segment(text)].map((part) => part.segment)
}

/** NFKC folds full-width letters, digits and punctuation to their half-width forms. */
export function fold(text: string): string {
  return text.normalize('NFKC')
}

const punctuation = /[\p{P}\p{S}]/gu
const space = /\s+/gu

/** Text reduced to what carries meaning: folded widths, no punctuation, no spacing. */
export function essence(text: string): string {
  return fold(text).replace(punctuation, '').replace(space, '')
}

/** Similarity of two texts, 0–1: the Dice coefficient of their character bigrams (widths, punctuation, spacing ignored). */
export function similarity(a: string, b: string): number {
  const left = essence(a)
  const right = essence(b)
  if (left === right) return 1
  if (left.length < 2 || right.length < 2) return 0
  const counts = new Map<string, number>()
  for (let index = 0; index < left.length - 1; index++) {
    const pair = left.slice(index, index + 2)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  let shared = 0
  for (let index = 0; index < right.length - 1; index++) {
    const pair = right.slice(index, index + 2)
    const count = counts.get(pair) ?? 0
    if (count > 0) {
      shared++
      counts.set(pair, count - 1)
    }
  }
  return (2 * shared) / (left.length - 1 + right.length - 1)
}

/** Word-level diff of two texts, refined to characters where a word is too coarse to show the change. */
export function diffText(old: string, now: string): Array<TextRun> {
  // Words as the segmenter gives them, spaces included, so that a change of spacing shows too.
  const parts = diffArrays(words(old), words(now)).map((part) => ({added: part.added, removed: part.removed, value: part.value.join('')}))
  const runs: Array<TextRun> = []
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (!part) continue
    const next = parts[index + 1]
    if (part.removed && next?.added && coarse(part.value, next.value)) {
      for (const piece of diffChars(part.value, next.value)) push(runs, op(piece), piece.value)
      index++
      continue
    }
    push(runs, op(part), part.value)
  }
  return runs
}

/** A replacement is coarse when it swaps whole segments that share most of their characters (`75.1760` → `75.1761`). */
function coarse(removed: string, added: string): boolean {
  if (removed.length < 3 || added.length < 3) return false
  const pieces = diffChars(removed, added)
  const kept = pieces.filter((piece) => !piece.added && !piece.removed).reduce((sum, piece) => sum + piece.value.length, 0)
  return kept / Math.max(removed.length, added.length) >= 0.5
}

function op(part: {added: boolean; removed: boolean}): TextRun['op'] {
  return part.added ? 'insert' : part.removed ? 'delete' : 'equal'
}

function push(runs: Array<TextRun>, kind: TextRun['op'], value: string): void {
  if (value === '') return
  const last = runs.at(-1)
  if (last?.op === kind) last.value += value
  else runs.push({op: kind, value})
}

// Requirement words (助动词) of GB/T 1.1 and their everyday equivalents; the
// segmenter keeps some negations as one word (不宜, 不可, 不要, 不必), others not (不 应).
const modals = new Set(['应', '应该', '应当', '宜', '可', '可以', '须', '必须', '严禁', '禁止', '不得', '不能', '要', '务必', '切忌', '忌', '不宜', '不可', '不要', '不必'])
const negatable = new Set(['应', '宜', '可', '得', '能', '要', '必'])

/** The requirement words of a text, in order: `应`, `不应`, `宜`, `严禁` … */
export function modalWords(text: string): Array<string> {
  const found: Array<string> = []
  const parts = words(text)
  parts.forEach((part, index) => {
    if (parts[index - 1] === '不' && negatable.has(part)) found.push(`不${part}`)
    else if (modals.has(part)) found.push(part)
  })
  return found
}

/** The numbers of a text (Arabic and Chinese numerals), which carry limits, periods and dates, and the periods written without a numeral (`每季度`, `每半年`). */
export function numbers(text: string): Array<string> {
  return fold(text).match(/\d+(?:\.\d+)*|[零一二两三四五六七八九十百千万]+(?=[个次天日小时分钟秒年月周声名人台套份项级类%％])|每(?:半年|季度|[日天周旬月季年班])|半年|季度/gu) ?? []
}

const same = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => a.length === b.length && a.every((item, index) => item === b[index])

/** What one side of a text refers to (see `referencesOf`). */
export interface TextReferences {
  standards: ReadonlyArray<string>
  crossReferences: ReadonlyArray<string>
  printed: ReadonlyArray<string>
}

const noReferences: TextReferences = {standards: [], crossReferences: [], printed: []}

/** Text without its references, so a clause number or a standard's number is not taken for a limit. */
function unreferenced(text: string, references: TextReferences): string {
  let rest = text
  for (const printed of references.printed) rest = rest.replace(printed, ' ')
  return rest
}

const sorted = (list: ReadonlyArray<string>) => [...list].sort()

/** Both sides of a change as a reason prints them: `应、宜`, or （无） for none. */
function sides(was: ReadonlyArray<string>, is: ReadonlyArray<string>): {was: string; is: string} {
  const shown = (list: ReadonlyArray<string>) => list.join('、') || documentWords().comparison.none
  return {was: shown(was), is: shown(is)}
}

/** How a text is read when classifying its change. */
export interface ClassifyOptions {
  /** Whether the text states requirements (default) or only informs (a note, an example, a title, an informative appendix). */
  normative?: boolean | undefined
}

/** Why a change of text is technical, editorial or to review; erring on the safe side in normative text. */
export function classifyText(
  old: string,
  now: string,
  references: {old?: TextReferences; new?: TextReferences} = {},
  options: Readonly<ClassifyOptions> = {}
): Array<Reason> {
  if (old === now) return []
  const [was, is] = [references.old ?? noReferences, references.new ?? noReferences]
  const reasons: Array<Reason> = []
  const [oldModals, newModals] = [modalWords(old), modalWords(now)]
  if (!same(oldModals, newModals)) {
    reasons.push({
      classification: 'technical',
      code: 'modal',
      message: documentWords().comparison.modal(sides(oldModals, newModals))
    })
  }
  const [oldNumbers, newNumbers] = [numbers(unreferenced(old, was)), numbers(unreferenced(now, is))]
  if (!same(oldNumbers, newNumbers)) {
    reasons.push({
      classification: 'technical',
      code: 'number',
      message: documentWords().comparison.number(sides(oldNumbers, newNumbers))
    })
  }
  if (!same(sorted(was.standards), sorted(is.standards))) {
    reasons.push({
      classification: 'technical',
      code: 'reference',
      message: documentWords().comparison.reference(sides(was.standards, is.standards))
    })
  }
  if (!same(sorted(was.crossReferences), sorted(is.crossReferences))) {
    reasons.push({
      classification: 'technical',
      code: 'cross-reference',
      message: documentWords().comparison.crossReference(sides(was.crossReferences, is.crossReferences))
    })
  }
  if (reasons.length > 0) return reasons
  if (fold(old) === fold(now)) return [{classification: 'editorial', code: 'width', message: documentWords().comparison.width}]
  if (old.replace(space, '') === now.replace(space, '')) return [{classification: 'editorial', code: 'spacing', message: documentWords().comparison.spacing}]
  if (essence(old) === essence(now)) return [{classification: 'editorial', code: 'punctuation', message: documentWords().comparison.punctuation}]
  return wordingReasons(unreferenced(old, was), unreferenced(now, is), words, options.normative ?? true)
}
