/**
 * The foreword's change list drafted from the diff, in GB/T 1.1 form, each
 * item saying what changed in the provisions' own words:
 * `——增加了不得在社交媒体发布现场信息的要求（见4.3 d））；`
 * `——更改了一般故障的上报时限（见表1，2007年版的表1）；`
 * `——将术语“网规网优”更改为“网络规划优化”（见3.5）；`
 * `——删除了检查随工文档的要求（2007年版的4.2 c））。`
 * Technical changes (and those left to review) only, in the newer edition's
 * order; a provision added or removed with its chapter is covered by the
 * chapter's item.
 */
import {documentWords} from '@stdkit/messages'
import {appendixName} from '@stdkit/tree'
import {countsAsTechnical} from './blocks.js'
import {classifyText, essence, modalWords, numbers, words} from './text.js'
import type {BlockChange, ChangeListItem, ModifiedTable, ProvisionChange, ProvisionSide, RowChange, StandardDiff, TableChange, TextChange} from './types.js'

/** How a provision is cited: `第7章`, `7.2`, `附录A`, `3.4`. */
export function citation(provision: ProvisionChange['provision'], side: ProvisionSide): string {
  if (provision === 'appendix') return appendixName({letter: side.number})
  if (provision === 'clause' && side.parent === undefined && /^\d+$/u.test(side.number)) return `第${side.number}章`
  return side.number
}

function subject(change: ProvisionChange, side: ProvisionSide): string {
  if (change.provision === 'term') return `术语“${side.title ?? side.number}”`
  if (side.title) return side.title
  return `${side.number}的规定`
}

/** Provisions whose parent is itself added or removed: the parent's item speaks for them. */
function covered(changes: ReadonlyArray<ProvisionChange>): Set<ProvisionChange> {
  const whole = new Map<string, 'added' | 'removed'>()
  const out = new Set<ProvisionChange>()
  for (const change of changes) {
    const kind = change.kinds.includes('added') ? 'added' : change.kinds.includes('removed') ? 'removed' : undefined
    const side = kind === 'added' ? change.new : change.old
    if (!kind || !side) continue
    if (side.parent !== undefined && whole.get(`${kind}:${side.parent}`) === kind) out.add(change)
    whole.set(`${kind}:${side.number}`, kind)
  }
  return out
}

/** A term entry whose term changed: `网规网优` → `网络规划优化`. */
export function renamedTerm(change: ProvisionChange): {was: string; is: string} | undefined {
  const [was, is] = [change.old?.title, change.new?.title]
  if (change.provision !== 'term' || !change.kinds.includes('retitled') || was === undefined || is === undefined || essence(was) === essence(is)) return undefined
  return {was, is}
}

/** What one item says, before its marker and its closing mark. */
interface Draft {
  action: ChangeListItem['action']
  body: string
  /** Told by the provision's title alone, for want of better words: left out where another item says more of the same place. */
  vague?: boolean
  /** One change told alike in several provisions (a reference made dated in 第2章 and in 6.2): one item citing them all. */
  shared?: {what: string; newer: string; older: string}
}

/** Beyond this many changes in one provision, one item speaks for them all. */
const mostItems = 4

export function draftChangeList(diff: StandardDiff): Array<ChangeListItem> {
  const skip = covered(diff.provisions)
  const items: Array<Omit<ChangeListItem, 'text'> & {body: string}> = []
  const shared = new Map<string, {item: {body: string}; newer: Array<string>; older: Array<string>}>()
  for (const change of diff.provisions) {
    if (skip.has(change)) continue
    for (const draft of describe(change, diff.old.year)) {
      if (!draft.shared) {
        items.push({action: draft.action, id: change.id, body: draft.body})
        continue
      }
      const {what, newer, older} = draft.shared
      const known = shared.get(what)
      if (!known) {
        const item = {action: draft.action, id: change.id, body: draft.body}
        items.push(item)
        shared.set(what, {item, newer: [newer], older: [older]})
        continue
      }
      if (!known.newer.includes(newer)) known.newer.push(newer)
      if (!known.older.includes(older)) known.older.push(older)
      known.item.body = `${what}（见${known.newer.join('、')}，${diff.old.year}年版的${known.older.join('、')}）`
    }
  }
  return items.map(({body, ...item}, index) => ({...item, text: `——${body}${index === items.length - 1 ? '。' : '；'}`}))
}

/** The items one provision's change makes. */
function describe(change: ProvisionChange, oldYear: number): Array<Draft> {
  const {old, new: now} = change
  const renamed = renamedTerm(change)
  if (!countsAsTechnical(change.classification) && !renamed) return []
  if (change.kinds.includes('added') && now) return [{action: 'added', body: `增加了${whole(change, now)}（见${citation(change.provision, now)}）`}]
  if (change.kinds.includes('removed') && old) return [{action: 'removed', body: `删除了${whole(change, old)}（${oldYear}年版的${citation(change.provision, old)}）`}]
  if (!old || !now) return []
  const cite = new Cite(change, old, now, oldYear)
  const drafts: Array<Draft> = []
  if (renamed) drafts.push({action: 'modified', body: `将术语“${renamed.was}”更改为“${renamed.is}”${old.number === now.number ? `（见${cite.newer()}）` : cite.both()}`})
  let technical = change.blocks.filter((block): block is TextChange | TableChange => block.kind !== 'equal' && countsAsTechnical(block.classification))
  // An appendix made normative or informative: `将附录A由资料性附录改为规范性附录`. Its text restated in its new force, with the
  // same numbers, is part of that change; text whose numbers changed is told on its own.
  const status = change.provision === 'appendix' ? technical.find((block) => block.kind === 'modified' && block.block === 'paragraph' && block.label === documentWords().comparison.parts.status) : undefined
  if (status?.kind === 'modified') {
    const value = (text: string) => text.slice(text.search(/[：:]/u) + 1).trim()
    drafts.push({action: 'modified', body: `将${citation(change.provision, now)}由${value(status.old)}附录改为${value(status.new)}附录${cite.both()}`})
    technical = technical.filter((block) => block !== status && !(block.kind === 'modified' && block.block !== 'table' && numbers(block.old).join() === numbers(block.new).join()))
  }
  if (change.provision === 'term') {
    // A term entry's parts: its definition, its admitted terms, its abbreviation, its source.
    for (const block of technical) drafts.push({action: 'modified', body: `更改了术语“${now.title ?? now.number}”的${termPart(block)}${cite.both()}`})
    return drafts
  }
  // A figure added or removed speaks for its images and its key.
  const figures = new Set(technical.filter((block) => block.block === 'figure').map((block) => block.kind))
  // A figure changed speaks for its key (`1——……`, not a formula's `$k$——……`): no item for the key's entry.
  const drawn = technical.some((block) => (block.block === 'figure' || block.block === 'image') && block.kind === 'modified')
  const own = technical.filter((block) => !((block.block === 'image' || block.block === 'definition') && figures.has(block.kind)) && !(drawn && block.block === 'definition' && !(block.kind === 'removed' ? block.old : block.new).trimStart().startsWith('$')))
  const parts = own.flatMap((block): Array<Draft> => {
    if (block.block === 'table') return tableDrafts(block, cite)
    const reference = referenceChange(block)
    if (reference !== undefined) return [{action: 'modified', body: `${reference}${cite.both()}`, shared: {what: reference, newer: cite.newer(), older: cite.older().replace(/^\d{4}年版的/u, '')}}]
    if (block.block === 'footnote') {
      const note = footnoteDraft(block, change, cite)
      if (note) return [note]
    }
    return textDrafts(block, now, cite)
  })
  if (parts.length === 0 || parts.length > mostItems) {
    if (countsAsTechnical(change.classification) && drafts.length === 0) drafts.push({action: 'modified', body: `更改了${subject(change, now)}${cite.both()}`})
    return drafts
  }
  // Several changes told alike (three paragraphs of one scope) make one item.
  // An item that only names the provision says nothing another item of the same place does not say better.
  const place = (draft: Draft) => /（[^（]*(?:（[^）]*）[^（]*)?）$/u.exec(draft.body)?.[0]
  const told = [...drafts, ...parts].filter((draft, _, all) => !draft.vague || !all.some((other) => !other.vague && place(other) === place(draft)))
  return told.filter((draft, index, all) => all.findIndex((other) => other.body === draft.body) === index)
}

/** A whole provision added or removed, by its title, or else by its first requirement. */
function whole(change: ProvisionChange, side: ProvisionSide): string {
  // A clause holds requirements (`增加了远程巡检的要求`); a chapter, an appendix or a term entry is named as it is.
  if (change.provision === 'clause' && side.parent !== undefined && /^\d/u.test(side.number) && side.title) return requirement(side.title)
  if (change.provision === 'term' || side.title) return subject(change, side)
  const first = change.blocks.find((block) => block.kind !== 'equal' && block.block !== 'table' && block.block !== 'note' && block.block !== 'example')
  const text = first && first.kind !== 'equal' ? (first.kind === 'added' ? first.new : first.kind === 'removed' ? first.old : first.new) : undefined
  return text === undefined ? subject(change, side) : `${gist(text, first?.label)}的要求`
}

/** Where a change is, in both editions: `（见4.3 d），2007年版的4.3 c））`. */
class Cite {
  constructor(
    private readonly change: ProvisionChange,
    private readonly old: ProvisionSide,
    private readonly now: ProvisionSide,
    private readonly year: number
  ) {}

  /** The provision, or a part of it: a list item by its label, a table or figure by its number. */
  private part(side: ProvisionSide, block: BlockChange | undefined, label: string | undefined): string {
    const number = citation(this.change.provision, side)
    if (!block || label === undefined) return number
    // A list item by its letter or number, closed as the item list of a change list closes it: `4.5 g）`.
    if (block.block === 'listItem' && /^[a-z\d]+[)）]$/iu.test(label)) return `${number} ${label.slice(0, -1)}）`
    if (/^(?:表|图|公式)/u.test(label) && !label.includes(' ')) return label
    return number
  }

  newer(block?: BlockChange): string {
    return this.part(this.now, block, block?.label)
  }

  older(block?: BlockChange): string {
    return `${this.year}年版的${this.part(this.old, block, block && (block.kind === 'removed' ? block.label : (block.oldLabel ?? block.label)))}`
  }

  both(block?: BlockChange): string {
    return `（见${this.newer(block)}，${this.older(block)}）`
  }
}

/** What part of a term entry a block is: 定义, 许用术语, 缩略语, 来源. */
function termPart(block: BlockChange): string {
  return block.block === 'paragraph' && block.label !== undefined ? block.label : block.block === 'note' ? '注' : '定义'
}

/** Characters that close a sentence or a clause of one. */
const stops = /[。；;]/u

/**
 * A requirement in its own words, short: the block's text without its label
 * and closing mark, its first sentence, and of a long one its first clause.
 */
export function gist(text: string, label?: string): string {
  let plain = text.replace(/\s+/gu, ' ').trim()
  if (label !== undefined && plain.startsWith(label)) plain = plain.slice(label.length).trim()
  plain = plain.split(stops)[0] ?? plain
  // A closing reference (`，见7.3`) is where the requirement is told, not what it is.
  plain = plain.replace(/[，,]?\s*[（(]?见[^，,]*?[）)]?$/u, '').replace(/[，,：:、\s]+$/u, '')
  if (plain.length > 30) {
    const clause = plain.split(/[，,]/u)[0] ?? plain
    if (clause.length >= 6) plain = clause
  }
  return plain
}

const actor = /(?:人员|人|主管|工程师|部门|部|单位|处|方|组|员|者)$/u

/** Where a clause's first requirement word is, by its words (`可` of `可以` counts, that of `可靠` does not), or -1. */
function modalAt(clause: string): number {
  const parts = words(clause)
  let offset = 0
  for (const [index, part] of parts.entries()) {
    // `以……为宜` closes a recommendation: the words before it are what it is about, but run through the whole clause.
    const suitable = part === '宜' && (parts[index - 1] ?? '').endsWith('为')
    if (!suitable && ((part === '不' && modalWords(`不${parts[index + 1] ?? ''}`).length > 0) || modalWords(part).length > 0)) return offset
    offset += part.length
  }
  return -1
}

/**
 * What a changed requirement is about, in its own words: the words before its
 * modal verb in the clause that changed (`巡检记录` of `巡检记录应至少保存3年`),
 * led by the provision's title when they are too few to stand alone.
 */
function about(block: TextChange, title: string | undefined): string | undefined {
  if (block.kind !== 'modified') return undefined
  // The clause of the newer text where the first change is.
  let offset = 0
  let at = -1
  for (const run of block.runs) {
    if (run.op === 'delete' || run.op === 'insert') {
      at = offset
      break
    }
    offset += run.value.length
  }
  let text = block.new
  if (block.label !== undefined && text.startsWith(block.label)) {
    text = text.slice(block.label.length)
    at -= block.label.length
  }
  const clauses = text.split(/(?<=[，,。；;：:])/u)
  let start = 0
  const clause = clauses.find((part) => {
    start += part.length
    return start > Math.max(at, 0)
  })
  const modal = clause === undefined ? -1 : modalAt(clause)
  if (!clause || modal < 0) return undefined
  const words = clause
    .slice(0, modal)
    .replace(/^[\s并且和及与而但如若当在对]+/u, '')
    .trim()
  // Who must act (`维护主管应……`) is not what the requirement is about: the clause's title says it better.
  if (words.length < 2 || actor.test(words)) return undefined
  if (title !== undefined && title.includes(words)) return title
  if (words.length <= 3 && title !== undefined && title.length <= 8 && !words.includes(title)) return `${title}${words}`
  return words.length > 20 ? undefined : words
}

/** A time written with its unit (`2小时`, `3个工作日`, `当天`, `及时`): the changed words of a deadline or a duration. */
const timeUnit = /^(?:个)?(?:工作日|小时|分钟|天|日|周|个月|月|年|h|min|d)(?![a-z])/u
const timeWords = /(?:\d+|[半一二两三四五六七八九十]+)\s*(?:个)?(?:工作日|小时|分钟|天|日|周|个月|月|年)|当天|当日|及时|立即/u

/** Where a clause's modal verb is: by its words, else by its characters where a word hides it (`应对用户` is `应` + `对用户`). */
function modalIn(clause: string): number {
  const at = modalAt(clause)
  if (at >= 0) return at
  return clause.search(/必须|不得|不应|禁止|严禁|应(?![当用急答])/u)
}

/** Words that lead a clause without telling what it is about. */
const leading = /^[\s并且和及与而但如若当在对，,、]+/u

/** A place in the text ready for a subject: no leading conjunction, no closing mark. */
function clean(text: string): string {
  return text.replace(leading, '').replace(/[，,：:、；;。\s]+$/u, '').trim()
}

/**
 * What a changed requirement is about, told as a reviewer tells it, in the
 * provision's own words around the change: the thing before the modal verb
 * and the verb up to the change (`进场前应检查的内容`), a deadline or a
 * duration by what it is for (`测试数据的备份时限`, `到达现场的时间`), a
 * prohibition by the words it governs (`进入用户现场禁止穿的内容`), a scope
 * by whom it applies to (`本标准适用的售后人员范围`).
 */
function changedSubject(block: TextChange, title: string | undefined): string | undefined {
  if (block.kind !== 'modified') return undefined
  let text = ''
  let first = -1
  let last = -1
  let changed = ''
  let startsWith = ''
  const spans: Array<[number, number]> = []
  for (const run of block.runs) {
    if (run.op === 'equal') {
      text += run.value
      continue
    }
    changed += run.value
    if (first < 0) {
      first = text.length
      startsWith = run.value
    }
    const at = text.length
    if (run.op === 'insert') text += run.value
    last = text.length
    spans.push([at, last])
  }
  if (first < 0) return undefined
  let skip = 0
  if (block.label !== undefined && text.startsWith(block.label)) skip = block.label.length
  while (/\s/u.test(text[skip] ?? '')) skip++
  text = text.slice(skip)
  first = Math.max(first - skip, 0)
  last = Math.max(last - skip, first)
  // A change that opens with a clause mark adds or removes a clause: the clause after the mark is the one changed.
  while (first < last - 1 && /[，,；;\s]/u.test(text[first] ?? '')) first++
  // A referenced document changed is told by the reference, not by the requirement around it.
  if (/[A-Z]{1,6}(?:\/[A-Z]{1,6})*\s?\d/u.test(changed)) return undefined
  // The sentence and the clause of it where the change begins.
  const sentenceStart = Math.max(...['。', '；', ';'].map((mark) => text.lastIndexOf(mark, first - 1) + 1))
  const sentenceEnd = (() => {
    const ends = ['。', '；', ';'].map((mark) => text.indexOf(mark, first)).filter((at) => at >= 0)
    return ends.length === 0 ? text.length : Math.min(...ends)
  })()
  const sentence = text.slice(sentenceStart, sentenceEnd)
  const clauseStart = Math.max(sentenceStart, ...['，', ',', '：', ':'].map((mark) => text.lastIndexOf(mark, first - 1) + 1))
  const clauseEnd = (() => {
    const ends = ['，', ',', '：', ':'].map((mark) => text.indexOf(mark, first)).filter((at) => at >= 0 && at < sentenceEnd)
    return ends.length === 0 ? sentenceEnd : Math.min(...ends)
  })()
  const clause = text.slice(clauseStart, clauseEnd)
  // The end of the last change that begins in the clause.
  last = Math.min(Math.max(...spans.map(([start, end]) => [start - skip, end - skip] as const).filter(([start]) => start <= clauseEnd).map(([, end]) => end), first), clauseEnd)
  const modal = modalIn(clause)
  // A scope: `本标准适用于国内工程、服务现场的售后人员，包括……`.
  const scope = /^(.{1,8}?)适用于([^，,；;。]*)/u.exec(sentence)
  if (scope && modal < 0) {
    const whom = /的([^的]{2,8})$/u.exec(scope[2] ?? '')?.[1]
    return whom ? `${scope[1]}适用的${whom}范围` : `${scope[1]}的适用范围`
  }
  if (modal < 0) {
    // A clause that states no requirement of its own continues one before it in the sentence (`……，并穿戴鞋套`).
    const before = text.slice(sentenceStart, clauseStart)
    const at = modalIn(before)
    const topic = at < 0 ? '' : clean(before.slice(0, at).split(/[，,]/u).at(-1) ?? '')
    return topic.length >= 2 && topic.length <= 12 && !actor.test(topic) ? `${topic}的要求` : undefined
  }
  const topic = clean(clause.slice(0, modal))
  const hasTopic = topic.length >= 2 && topic.length <= 12
  const from = first - clauseStart
  const to = last - clauseStart
  // What follows the change in its clause, without the reference that says how (`按……的规定`).
  let tail = to >= clause.length ? '' : clause.slice(Math.max(to, 0))
  // A frequency changed (`及时跟踪` → `每周至少跟踪一次`): what is done so often, told by the words right after the change.
  if (/每/u.test(changed)) {
    const firstSpan = spans.map(([start, end]) => [start - skip, end - skip] as const).find(([, end]) => end > first)
    const nextSpan = spans.map(([start]) => start - skip).find((start) => firstSpan !== undefined && start > firstSpan[1])
    const done = firstSpan === undefined ? '' : clean(text.slice(firstSpan[1], Math.min(nextSpan ?? clauseEnd, clauseEnd)))
    if (hasTopic && done.length >= 1 && done.length <= 4) return `${topic}的${done}频次`
  }
  // A deadline or a duration changed: `应在3个工作日内编制工程开通计划`.
  const around = `${changed}${tail.slice(0, 6)}`
  if (timeWords.test(changed) || (/\d/u.test(changed) && timeUnit.test(tail))) {
    const within = /内/u.test(changed) || /^(?:个)?(?:工作日|小时|分钟|天|日|周|个月|月|年)内/u.test(tail)
    tail = clean(tail.replace(timeUnit, '').replace(/^内/u, '').replace(/^按[^，,]*?的规定/u, '').replace(/^的/u, ''))
    const noun = within ? '时限' : '时间'
    if (tail.length < 2 || tail.length > 16) return hasTopic ? `${topic}的${noun}` : undefined
    if (!hasTopic || actor.test(topic)) return `${tail}的${noun}`
    return /[后时前中内]$/u.test(topic) ? `${topic}${tail}的${noun}` : `${topic}的${tail}${noun}`
  }
  // A number changed: a range, a count, a limit, by what it is of (`主机房的温度范围`, `一级变更的评估人数`).
  const numeral = /[\d零一二两三四五六七八九十百]/u
  const counted = /[\d零一二两三四五六七八九十百][名人次声遍]/u.exec(`${changed}${tail.slice(0, 1)}`)?.[0]
  if (numeral.test(changed) && (/\d/u.test(around) || /^[名人次个项声遍]/u.test(tail) || counted !== undefined)) {
    const noun = /\d\s*\S{0,3}\s*[～~至]|[～~至]\s*$/u.test(clause.slice(0, Math.max(from, 0))) || /^[^，,]{0,4}[～~至]/u.test(tail)
      ? '范围'
      : /^[名人]/u.test(tail) || /[名人]$/u.test(counted ?? '') ? '人数' : /^[次声遍]/u.test(tail) || /[次声遍]$/u.test(counted ?? '') ? '次数' : /不[大小高低少多]于|不超过|至少|以[上下内]/u.test(clause) ? '限值' : undefined
    // What is counted, where the words before the number say it (`铃响` of `应在铃响三声之内`).
    const what = clean(clause.slice(modal, Math.max(from, modal)).replace(/^(?:必须|不得|应当|应|宜|可以|可)/u, '').replace(/^(?:在|于|为|按)/u, ''))
    const thing = noun === '次数' && what.length >= 1 && what.length <= 4 && !what.includes('的') ? what : ''
    if (noun !== undefined && hasTopic) return `${topic}${topic.includes('的') ? '' : '的'}${thing}${noun}`
  }
  // The verb: from the modal to the change; an item of an enumeration the change extends is left out.
  let verb = from > modal ? clause.slice(modal, from) : ''
  if (verb.endsWith('、')) verb = verb.slice(0, -1).replace(/[^、，,\s]{1,4}$/u, '')
  else if (/^[、和及与或]/u.test(startsWith)) verb = words(verb).slice(0, -1).join('')
  verb = verb.trim()
  const numbered = /\d/u.test(verb)
  // A phrase cut after a preposition (`应在铃响`, `应根据任务`) names nothing.
  if (/(?:在|按|以|对|向|将|与|和|根据|经)[^在按以对向将与和根据经]{0,2}$/u.test(verb.slice(modalWords(verb)[0]?.length ?? 1))) verb = ''
  if (verb.length > 6) {
    // A long verb phrase is told by its modal and the words that follow it up to the first 的.
    const parts = words(verb)
    const modalParts = parts.findIndex((part) => modalWords(part).length > 0)
    verb = parts.slice(0, Math.max(modalParts, 0) + 3).join('').split('的')[0] ?? verb
    // A phrase cut after a preposition (`应在服务`, `应根据任务`) names nothing.
    if (/(?:在|按|以|对|向|将|与|和|根据|经)[^在按以对向将与和根据经]{0,2}$/u.test(verb.slice(modalWords(verb)[0]?.length ?? 1))) verb = ''
  }
  const modalWord = verb === '' ? '' : (modalWords(verb)[0] ?? verb.slice(0, 1))
  const acts = verb.length > modalWord.length && verb.length <= 10 && !numbered
  if (hasTopic && acts) return `${topic}${verb}的内容`
  if (hasTopic && !actor.test(topic)) {
    // The modal itself changed (`应` → `宜`): what it governs is told after it.
    const rest = from <= modal + 1 && modalWords(changed).length > 0 ? clean(clause.slice(Math.max(to, modal + 1))) : ''
    return rest.length >= 2 && rest.length <= 8 ? `${topic}${rest}的要求` : `${topic}的要求`
  }
  if (acts) {
    const after = clean(tail)
    if (after.length >= 2 && after.length <= 12) return `${after}${verb}的内容`
    if (title !== undefined) return `${title}中${verb}的内容`
    return undefined
  }
  // A clause that is a requirement and no more (`应使用普通话`).
  const whole = clean(clean(clause).replace(/^(?:必须|不得|应当|应|宜|可以|可)/u, ''))
  if (whole.length < 2 || whole.length > 12 || from > modal + 2) return undefined
  // When it is done, where the sentence opens with it (`离开现场前，……`).
  const when = clean(text.slice(sentenceStart, clauseStart).split(/[，,]/u)[0] ?? '')
  return requirement(clauseStart > sentenceStart && /[前后时]$/u.test(when) && when.length <= 8 ? `${when}${whole}` : whole)
}

/** The items a changed block of text makes: a requirement added, removed or changed; a figure or formula by its caption or number; a referenced document. */
function textDrafts(block: TextChange, now: ProvisionSide, cite: Cite): Array<Draft> {
  const text = block.kind === 'removed' ? block.old : block.new
  const numbered = block.label !== undefined && /^(?:图|公式)[^ ]*$/u.test(block.label)
  let what: string
  let vague = false
  let where = block.kind === 'added' ? `（见${cite.newer(block)}）` : block.kind === 'removed' ? `（${cite.older(block)}）` : cite.both(block)
  if (numbered && (block.block === 'figure' || block.block === 'image')) what = text.trim() || (block.label ?? '')
  else if (numbered && block.block === 'formula') {
    // A formula is named by its number and found in its clause.
    what = block.label ?? ''
    where = block.kind === 'added' ? `（见${cite.newer()}）` : block.kind === 'removed' ? `（${cite.older()}）` : cite.both()
  } else if (block.block === 'definition' && block.kind === 'modified' && numbers(block.old).join() !== numbers(block.new).join()) {
    // A symbol's value changed: `更改了系数k的取值，增加了钢导体的取值`, the symbol named by what its explanation says it is.
    const symbol = (block.label ?? '').replace(/\$/gu, '')
    const explained = (block.new.split('——').slice(1).join('——').split(/[，,；;。]/u)[0] ?? '').trim()
    const head = /的([^的]{1,6})$/u.exec(explained)?.[1] ?? (explained.length <= 6 ? explained : '')
    const added = block.runs
      .filter((run) => run.op === 'insert')
      .flatMap((run) => [...run.value.matchAll(/(?:^|[，,、；;])\s*([^，,。；;\d]{1,8}?)取\s*\d/gu)].map((match) => match[1] ?? ''))
      .filter((what) => what !== '')
    return [{action: 'modified', body: `更改了${head}${symbol}的取值${added.map((what) => `，增加了${what}的取值`).join('')}${cite.both()}`}]
  } else if (block.block === 'code' || block.block === 'definition') {
    // A listing or a key's entry is named, never quoted.
    what = block.block === 'code' ? (block.label ?? '代码') : `${block.label ?? ''}的说明`
    where = block.kind === 'added' ? `（见${cite.newer()}）` : block.kind === 'removed' ? `（${cite.older()}）` : cite.both()
  } else if (block.block === 'normativeReference') {
    // A document cited by its number, or, where only its title changed, by its whole entry.
    const cited = (entry: string) => entry.trim().split(/[\u3000\t]|\s{2,}/u)[0] ?? entry.trim()
    what =
      block.kind === 'modified' && cited(block.old) !== cited(block.new)
        ? `将规范性引用文件${cited(block.old)}`
        : `规范性引用文件${block.kind === 'modified' ? cited(block.new) : text.trim()}`
    if (block.kind === 'modified' && cited(block.old) !== cited(block.new)) return [{action: 'modified', body: `${what}更改为${cited(block.new)}${where}`}]
  }
  else if (block.kind === 'modified') {
    const subject = changedSubject(block, now.title)
    const words = subject === undefined ? about(block, now.title) : undefined
    vague = subject === undefined && words === undefined
    what = subject ?? requirement(words ?? now.title ?? now.number)
  }
  else {
    const words = gist(text, block.label)
    // A paragraph that states no requirement (`本标准规定了……`) is quoted in its clause.
    what = block.block === 'paragraph' && modalWords(words).length === 0 && now.title ? `${now.title}中的“${words}”` : requirement(words)
  }
  const action = block.kind === 'added' ? '增加了' : block.kind === 'removed' ? '删除了' : '更改了'
  return [{action: block.kind, body: `${action}${what}${where}`, ...(vague ? {vague} : {})}]
}

const standardNumber = /[A-Z]{1,6}(?:\/[A-Z]{1,6})*[ \u00a0]?\d+(?:\.\d+)*(?:[ \u00a0]?[-–—][ \u00a0]?\d{4}(?!\d))?/gu
const dated = /[ \u00a0]?[-–—][ \u00a0]?\d{4}$/u

/**
 * A reference to the same document made dated or undated, or given another
 * year, and nothing else changed: `将GB/T 2887更改为注日期引用`.
 */
export function referenceChange(block: TextChange): string | undefined {
  if (block.kind !== 'modified') return undefined
  const was: Array<string> = block.old.match(standardNumber) ?? []
  const is: Array<string> = block.new.match(standardNumber) ?? []
  const gone = was.filter((number) => !is.includes(number))
  const come = is.filter((number) => !was.includes(number))
  const [from, to] = [gone[0], come[0]]
  if (gone.length !== 1 || come.length !== 1 || from === undefined || to === undefined) return undefined
  if (from.replace(dated, '') !== to.replace(dated, '') || essence(block.old.replace(from, to)) !== essence(block.new)) return undefined
  if (!dated.test(from)) return `将${from}更改为注日期引用`
  if (!dated.test(to)) return `将${from}更改为不注日期引用`
  return `将${from}更改为${to}`
}

/**
 * A table's footnote changed, told by the cell that calls it and cited by the
 * table: `更改了交换设备机房接地电阻限值取0.5 Ω的条件（见表1，2022年版的表1）`.
 */
function footnoteDraft(block: TextChange, change: ProvisionChange, cite: Cite): Draft | undefined {
  const called = /^((?:表)\S+)\s+(\S+)$/u.exec(block.label ?? '')
  if (block.kind !== 'modified' || !called) return undefined
  const [, table = '', mark = ''] = called
  const holder = change.blocks.find((other) => other.block === 'table' && other.label === table)
  const text = holder === undefined ? '' : holder.kind === 'removed' ? holder.old : holder.new
  const [title = '', ...rows] = text.split(' / ')
  const row = rows.find((cells) => cells.includes(`^${mark}^`))
  const head = row?.split(' | ')[0]?.trim()
  if (head === undefined || head === '') return undefined
  const value = /[，,]\s*(取[^，,。；;]+)[。；;]?$/u.exec(block.new)?.[1]
  const what = value === undefined ? `${head}${title.trim()}的注${mark}` : `${head}${title.trim()}${value}的条件`
  return {action: 'modified', body: `更改了${what}（见${table}，${cite.older().replace(/的.*$/u, '的')}${table}）`}
}

/** `巡检记录的要求`; a topic that is itself a body of requirements (`一般要求`, `接地的规定`, `现场行为规范`) as it is. */
function requirement(topic: string): string {
  return /(?:要求|规定|规范|规则|规程|程序|准则|细则)$/u.test(topic) ? topic : `${topic}的要求`
}

/** A table's caption: the first part of its text, before its rows. */
function caption(text: string): string {
  return text.split(' / ')[0]?.trim() ?? ''
}

/**
 * The items a changed table makes, by its rows and columns: a row added or
 * removed (`增加了电源的巡检项目（见表1）`), cells changed
 * (`更改了一般故障的上报时限（见表1，2007年版的表1）`).
 */
function tableDrafts(block: TableChange, cite: Cite): Array<Draft> {
  const title = caption(block.kind === 'removed' ? block.old : block.new)
  const what = title === '' ? '要求' : title
  // A table moved to another provision: told once, where it left, by what changed in it on the way (cited by its new number).
  if (block.moved) return block.kind === 'removed' && block.moved.rows ? movedDrafts(block, block.moved.rows, what, cite) : []
  if (block.kind === 'added') return [{action: 'added', body: `增加了${title || '表'}（见${cite.newer(block)}）`}]
  if (block.kind === 'removed') return [{action: 'removed', body: `删除了${title || '表'}（${cite.older(block)}）`}]
  const drafts: Array<Draft> = []
  const header = headerOf(block)
  // Rows whose cells changed, grouped by the columns that changed: `一般故障、重大故障的上报时限`.
  const changed = new Map<string, Array<string>>()
  block.rows.forEach((row, index) => {
    if (index === 0 || row.kind === 'equal') return
    const head = (row.kind === 'removed' ? row.old[0] : row.new[0]) ?? ''
    if (row.kind === 'added') drafts.push({action: 'added', body: `增加了${head}的${what}（见${cite.newer(block)}）`})
    else if (row.kind === 'removed') drafts.push({action: 'removed', body: `删除了${head}的${what}（${cite.older(block)}）`})
    else {
      const columns = row.cells
        .filter((cell) => ![cell.old, cell.new].some((side) => side === '<' || side === '^'))
        .filter((cell) => classifyText(cell.old ?? '', cell.new ?? '').some((reason) => countsAsTechnical(reason.classification)))
        .map((cell) => header[cell.column] ?? `第${cell.column + 1}列`)
      if (columns.length === 0) return
      const key = columns.join('、')
      changed.set(key, [...(changed.get(key) ?? []), head])
    }
  })
  for (const [columns, heads] of changed) drafts.push({action: 'modified', body: `更改了${heads.join('、')}的${columns}${cite.both(block)}`})
  return drafts
}

/** The cells a table changed on its way to another provision: `更改了环境的要求（见表A.1，2019年版的表1）`. */
function movedDrafts(block: TableChange, rows: Array<RowChange>, what: string, cite: Cite): Array<Draft> {
  const moved: ModifiedTable = {kind: 'modified', block: 'table', label: block.label, old: '', new: '', rows, reasons: []}
  const now = block.moved?.label
  return tableDrafts(moved, cite).map((draft) => (now === undefined ? draft : {...draft, body: draft.body.replace(/（见[^，）]*/u, `（见${now}`)}))
}

/** The table's column heads: its first row, as the newer edition has it. */
function headerOf(block: ModifiedTable): Array<string> {
  const first: RowChange | undefined = block.rows[0]
  if (!first) return []
  return first.kind === 'removed' ? first.old : first.new
}
