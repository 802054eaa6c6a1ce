/**
 * What a change of wording does to a requirement, erring on the safe side.
 * Inside normative text a content word taken out or put in changes what is
 * required, prohibited or covered (technical); one replaced by another may or
 * may not (`review`, 待核实); only what is provably editorial is so: variant
 * forms of a word (其它/其他), function words (的, 之, 进行).
 */
import {documentWords} from '@stdkit/messages'
import {diffArrays} from 'diff'
import type {Reason} from './types.js'

/** Variant forms of one word, and the names a document gives itself, the older first: both sides are read in the newer form. */
const variants: ReadonlyArray<readonly [string, string]> = [
  ['其它', '其他'],
  ['部份', '部分'],
  ['身分', '身份'],
  ['图象', '图像'],
  ['惟一', '唯一'],
  ['做为', '作为'],
  ['纪录', '记录'],
  ['帐', '账'],
  // Single characters written either way in these texts (网形/网型 连接, 作/做 防腐处理): read alike wherever they stand.
  ['型', '形'],
  ['做', '作'],
  // How a document names itself: 本标准 (GB/T 1.1–2009 and before), 本部分 (a part), 本文件 (2020).
  ['本标准', '本文件'],
  ['本部分', '本文件']
]

/** Terms the newer edition renamed (old → new), longest first: their uses elsewhere follow the renaming. */
let renamedTerms: ReadonlyArray<readonly [string, string]> = []

/** Runs `work` with the terms the comparison found renamed, so a use of a term that only follows its renaming is read as the same words. */
export function withRenamedTerms<T>(pairs: ReadonlyArray<readonly [string, string]>, work: () => T): T {
  const saved = renamedTerms
  renamedTerms = [...pairs].filter(([was, is]) => was.length > 1 && was !== is).sort((a, b) => b[0].length - a[0].length)
  try {
    return work()
  } finally {
    renamedTerms = saved
  }
}

/** The older text with every renamed term written as it is named now, and the renamings that did so. */
export function followRenamedTerms(old: string, now: string): {text: string; pairs: Array<string>} {
  let text = old
  const pairs: Array<string> = []
  for (const [was, is] of renamedTerms) {
    // A renaming is followed only where the newer text uses the new name.
    if (!text.includes(was) || !now.includes(is)) continue
    // Where the new name holds the old one (`优化` → `网络优化`), the new name already written stays as it is.
    text = text
      .split(is)
      .map((piece) => piece.split(was).join(is))
      .join(is)
    pairs.push(`“${was}” → “${is}”`)
  }
  return {text, pairs}
}

/** Words that carry no requirement of their own: a structural or modal particle, a light verb. */
const functionWords: ReadonlySet<string> = new Set(['的', '了', '地', '之', '所', '进行', '予以', '加以', '吧', '呢', '啊', '呀'])

const separator = /[\p{P}\p{S}\s]+/u
/** A run that holds a separator of items. */
const items = /[、，；,;]/u
/** Words that join the items of an enumeration. */
const joins: ReadonlySet<string> = new Set(['、', '，', '；', '和', '或', '及', '与', '以及', '或者', '并'])
/** Words that turn a requirement round: `不`, `无`, `不正常`, `禁止` … */
const negation = /^(?:不|无|非|未|没有|勿|禁止|严禁)/u
const leading = /^[的之地所]+/u
const trailing = /[的了地吧呢啊呀]+$/u

/** The text with every variant form read as its standard form. */
export function standardForms(text: string): string {
  let out = text
  for (const [variant, standard] of variants) out = out.split(variant).join(standard)
  return out
}

/** The variant pairs that tell two texts apart: `其它 → 其他`. */
export function variantPairs(old: string, now: string): Array<string> {
  const pairs: Array<string> = []
  for (const [variant, standard] of variants) {
    const count = (text: string, word: string) => text.split(word).length - 1
    if (count(old, variant) !== count(now, variant)) pairs.push(count(old, variant) > count(now, variant) ? `${variant} → ${standard}` : `${standard} → ${variant}`)
  }
  return pairs
}

/** A word of a run of text: as printed, and as compared (a particle fused to it set aside: `之内` is `内`). */
interface Word {
  text: string
  key: string
}

/** The phrases of a run of text (split at punctuation and spaces), each as its content words; function words left out. */
function phrases(text: string, split: (text: string) => Array<string>): Array<Array<Word>> {
  return text
    .split(separator)
    .map((phrase) =>
      split(phrase)
        .filter((word) => !functionWords.has(word))
        .map((word) => ({text: word, key: word.replace(leading, '').replace(trailing, '')}))
        .filter((word) => word.key !== '')
    )
    .filter((phrase) => phrase.length > 0)
}

/** Takes out of `phrases` one word of each key `others` holds, as many times as it holds it; what is left, phrases that still have words. */
function without(phrases: ReadonlyArray<ReadonlyArray<Word>>, others: ReadonlyArray<string>): Array<Array<Word>> {
  const counts = new Map<string, number>()
  for (const key of others) counts.set(key, (counts.get(key) ?? 0) + 1)
  return phrases
    .map((phrase) =>
      phrase.filter((word) => {
        const count = counts.get(word.key) ?? 0
        if (count === 0) return true
        counts.set(word.key, count - 1)
        return false
      })
    )
    .filter((phrase) => phrase.length > 0)
}

const keys = (phrases: ReadonlyArray<ReadonlyArray<Word>>): Array<string> => phrases.flat().map((word) => word.key)
const printed = (phrases: ReadonlyArray<ReadonlyArray<Word>>): Array<string> => phrases.map((phrase) => phrase.map((word) => word.text).join(''))

/**
 * Why two texts that differ in more than width, spacing and punctuation
 * (and have the same modal verbs, numbers and references) differ: `split`
 * cuts a text into words. `normative` says whether the text states
 * requirements (a paragraph, a list item or a table cell of a clause or a
 * normative appendix) or only informs (a note, an example, a title).
 */
export function wordingReasons(old: string, now: string, split: (text: string) => Array<string>, normative: boolean): Array<Reason> {
  const words = documentWords().comparison
  const [was, is] = [standardForms(old.normalize('NFKC')), standardForms(now.normalize('NFKC'))]
  const bare = (text: string) => text.replace(new RegExp(separator.source, 'gu'), '')
  if (bare(was) === bare(is)) {
    const pairs = variantPairs(old.normalize('NFKC'), now.normalize('NFKC'))
    return [{classification: 'editorial', code: 'variant', message: words.variant({pairs: pairs.join('，')})}]
  }
  const parts = diffArrays(split(was), split(is))
  // Hunks: the runs taken out and put in between two stretches of kept words.
  type Hunk = {removed: Array<Array<Word>>; added: Array<Array<Word>>; whole: boolean}
  const hunks: Array<Hunk> = []
  const touched: Array<string> = []
  let open = false
  parts.forEach((part, index) => {
    if (!part.added && !part.removed) {
      open = false
      return
    }
    if (!open) hunks.push({removed: [], added: [], whole: false})
    open = true
    const hunk = hunks.at(-1) as Hunk
    ;(part.added ? hunk.added : hunk.removed).push(...phrases(part.value.join(''), split))
    // Whole items of an enumeration taken out or put in (`休闲衫、`), or a negation: more than a word of a phrase.
    const [before, after] = [parts[index - 1], parts[index + 1]]
    const edge = (side: typeof before, last: boolean): string | undefined => (side && !side.added && !side.removed ? (last ? side.value.at(-1) : side.value[0]) : undefined)
    if (part.value.some((word) => items.test(word) || negation.test(word)) || joins.has(edge(before, true) ?? '') || joins.has(edge(after, false) ?? '')) hunk.whole = true
    touched.push(...part.value.filter((word) => functionWords.has(word) || leading.test(word) || trailing.test(word)))
  })
  // A word put back in the same place, once its particles are set aside, is no change (`内` → `之内`).
  const same = hunks.map((hunk) => ({removed: without(hunk.removed, keys(hunk.added)), added: without(hunk.added, keys(hunk.removed)), whole: hunk.whole}))
  // A word taken out in one place and put in in another only moved.
  const [allRemoved, allAdded] = [same.flatMap((hunk) => keys(hunk.removed)), same.flatMap((hunk) => keys(hunk.added))]
  const left = same.map((hunk) => ({removed: without(hunk.removed, allAdded), added: without(hunk.added, allRemoved), whole: hunk.whole}))
  const gone = left.flatMap((hunk) => printed(hunk.removed))
  const come = left.flatMap((hunk) => printed(hunk.added))
  if (gone.length === 0 && come.length === 0) {
    if (allRemoved.length === 0 && allAdded.length === 0) {
      const message = touched.length > 0 ? words.functionWords({words: [...new Set(touched)].join('、')}) : words.wording
      return [{classification: 'editorial', code: 'wording', message}]
    }
    return normative ? [{classification: 'review', code: 'content', message: words.reordered}] : [{classification: 'editorial', code: 'wording', message: words.wording}]
  }
  if (!normative) return [{classification: 'editorial', code: 'wording', message: words.wording}]
  // Items only taken out of a requirement, or only put in, or a negation, narrow or widen what it requires, prohibits or covers.
  const oneSided = left.filter((hunk) => (hunk.removed.length === 0) !== (hunk.added.length === 0))
  if (oneSided.some((hunk) => hunk.whole) || left.some((hunk) => hunk.whole && [...hunk.removed, ...hunk.added].flat().some((word) => negation.test(word.text)))) {
    return [{classification: 'technical', code: 'content', message: words.content({removed: gone, added: come})}]
  }
  // A word only put in or taken out within a phrase (`指示灯显示正常`) may qualify a requirement, or only spell it out.
  if (oneSided.length > 0) return [{classification: 'review', code: 'content', message: words.qualified({removed: gone, added: come})}]
  return [{classification: 'review', code: 'content', message: words.replaced({was: gone.join('、'), is: come.join('、')})}]
}
