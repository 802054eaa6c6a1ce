/**
 * Text comparison that understands Chinese: words come from `Intl.Segmenter`
 * (zh, word granularity) and are diffed with jsdiff. Numbers, dates, standard
 * numbers and the defined terms of the editions compared are kept whole, so a
 * changed year reads `[-2009-]{+2010+}` and a renamed term `[-网规网优-]{+网络规划优化+}`;
 * a replaced run that is one coarse segment of other text is refined to
 * characters. Width forms, punctuation and spacing differences are recognised as such.
 */
import {documentWords} from '@stdkit/messages'
import {diffArrays, diffChars} from 'diff'
import type {Standard} from '@stdkit/tree'
import {visit} from 'unist-util-visit'
import {followRenamedTerms, wordingReasons} from './classify.js'
import type {Reason, TextRun} from './types.js'

const segmenter = new Intl.Segmenter('zh', {granularity: 'word'})

const digit = '[0-9０-９]'
/** Standard numbers (`Q/ZX 75.1861–2007`, `GB/T 1.1-2020`, `ISO 9001:2015`), dates (`2009年6月1日`, `2009-06-01`), numbers (`75.1861`, `3.5`). */
const whole = new RegExp(
  [
    String.raw`[A-Z]{1,6}(?:/[A-Z]{1,6})*[ \u00a0]?${digit}+(?:\.${digit}+)*(?:[ \u00a0]?[-–—:：][ \u00a0]?${digit}{4}(?!${digit}))?`,
    `${digit}{4}年${digit}{1,2}月(?:${digit}{1,2}日)?`,
    String.raw`${digit}{4}[-/.]${digit}{1,2}[-/.]${digit}{1,2}(?!${digit})`,
    `${digit}{1,2}月${digit}{1,2}日`,
    String.raw`${digit}+(?:\.${digit}+)*`
  ].join('|'),
  'gu'
)

/** Defined terms of the editions being compared, longest first: kept whole in a word diff. */
let vocabulary: RegExp | undefined

/** Runs `work` with `terms` (the defined terms, admitted terms and abbreviations of both editions) kept whole by `diffText`. */
export function withVocabulary<T>(terms: Iterable<string>, work: () => T): T {
  const list = [...new Set([...terms].map((term) => term.trim()).filter((term) => [...term].length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const previous = vocabulary
  vocabulary = list.length === 0 ? undefined : new RegExp(list.map((term) => term.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'), 'gu')
  try {
    return work()
  } finally {
    vocabulary = previous
  }
}

/** An edition's defined terms, admitted terms, abbreviations and English equivalents. */
export function definedTerms(tree: Standard): Array<string> {
  const found: Array<string> = []
  visit(tree, 'term', (node) => {
    found.push(node.term, ...(node.admitted ?? []), ...(node.abbreviations ?? []), ...(node.english === undefined ? [] : [node.english]))
  })
  return found
}

/** A text cut into the pieces a word diff compares; `kept` holds the pieces that are kept whole (numbers, dates, standard numbers, terms). */
function tokens(text: string, terms: RegExp | undefined): {parts: Array<string>; kept: Set<string>} {
  const parts: Array<string> = []
  const kept = new Set<string>()
  const segment = (rest: string): void => {
    if (rest === '') return
    let at = 0
    for (const match of rest.matchAll(whole)) {
      for (const part of segmenter.segment(rest.slice(at, match.index))) parts.push(part.segment)
      parts.push(match[0])
      kept.add(match[0])
      at = match.index + match[0].length
    }
    for (const part of segmenter.segment(rest.slice(at))) parts.push(part.segment)
  }
  let at = 0
  if (terms) {
    for (const match of text.matchAll(terms)) {
      segment(text.slice(at, match.index))
      parts.push(match[0])
      kept.add(match[0])
      at = match.index + match[0].length
    }
  }
  segment(text.slice(at))
  return {parts, kept}
}

/** Splits text into words (Chinese words, Latin words, punctuation), numbers, dates and standard numbers kept whole. */
export function words(text: string): Array<string> {
  return tokens(text, undefined).parts
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
  // Words as the tokeniser gives them, spaces included, so that a change of spacing shows too.
  const [was, is] = [tokens(old, vocabulary), tokens(now, vocabulary)]
  const kept = (list: ReadonlyArray<string>) => list.some((part) => was.kept.has(part) || is.kept.has(part))
  const parts = diffArrays(was.parts, is.parts).map((part) => ({added: part.added, removed: part.removed, value: part.value.join(''), whole: kept(part.value)}))
  const runs: Array<TextRun> = []
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (!part) continue
    const next = parts[index + 1]
    if (part.removed && next?.added && !part.whole && !next.whole && coarse(part.value, next.value)) {
      for (const piece of diffChars(part.value, next.value)) push(runs, op(piece), piece.value)
      index++
      continue
    }
    push(runs, op(part), part.value)
  }
  return defragment(runs)
}

/** A replacement is coarse when it swaps whole segments that share most of their characters (`ABCD` → `ABCE`). */
function coarse(removed: string, added: string): boolean {
  if (removed.length < 3 || added.length < 3) return false
  const pieces = diffChars(removed, added)
  const kept = pieces.filter((piece) => !piece.added && !piece.removed).reduce((sum, piece) => sum + piece.value.length, 0)
  return kept / Math.max(removed.length, added.length) >= 0.5
}

const han = /^\p{Script=Han}+$/u

/**
 * Changes a single kept character apart, each of one or two Chinese characters,
 * are one word rewritten: `网{+络+}规[-网-]{+划+}优{+化+}` reads `网[-规网优-]{+络规划优化+}`.
 */
function defragment(runs: ReadonlyArray<TextRun>): Array<TextRun> {
  const small = (run: TextRun | undefined) => run !== undefined && run.op !== 'equal' && han.test(run.value) && [...run.value].length <= 2
  // Groups of runs: a change (a deletion, an insertion or both) or a kept run.
  type Group = {equal?: string; removed: string; added: string; small: boolean}
  const groups: Array<Group> = []
  for (const run of runs) {
    const last = groups.at(-1)
    if (run.op === 'equal') groups.push({equal: run.value, removed: '', added: '', small: false})
    else if (last && last.equal === undefined) {
      if (run.op === 'delete') last.removed += run.value
      else last.added += run.value
      last.small = last.small && small(run)
    } else groups.push({removed: run.op === 'delete' ? run.value : '', added: run.op === 'insert' ? run.value : '', small: small(run)})
  }
  const out: Array<Group> = []
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index] as Group
    const before = out.at(-1)
    const after = groups[index + 1]
    const single = group.equal !== undefined && [...group.equal].length === 1 && han.test(group.equal)
    if (single && before && before.equal === undefined && before.small && after && after.equal === undefined && after.small) {
      before.removed += `${group.equal}${after.removed}`
      before.added += `${group.equal}${after.added}`
      index++
      continue
    }
    out.push({...group})
  }
  const result: Array<TextRun> = []
  for (const group of out) {
    if (group.equal !== undefined) push(result, 'equal', group.equal)
    else {
      push(result, 'delete', group.removed)
      push(result, 'insert', group.added)
    }
  }
  return result
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
  // Words that only follow a term's renaming are the same words: what else changed is classified alone.
  const followed = followRenamedTerms(old, now)
  if (followed.pairs.length === 0) return classifyPlain(old, now, references, options)
  const renamed: Reason = {classification: 'editorial', code: 'wording', message: documentWords().comparison.termFollowed({pairs: followed.pairs.join('，')})}
  return [renamed, ...classifyPlain(followed.text, now, references, options)]
}

function classifyPlain(
  old: string,
  now: string,
  references: {old?: TextReferences; new?: TextReferences},
  options: Readonly<ClassifyOptions>
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
