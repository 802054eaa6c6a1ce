/** The cover (封面): YAML front matter read into typed fields, each with its place in the source. */
import {messages} from '@stdkit/messages'
import type {Yaml} from 'mdast'
import type {Position} from 'unist'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Scalar} from 'yaml'
import {
  designationOf,
  documentTypeOf,
  kindOfCode,
  parseStandardNumber,
  partOf,
  type Adoption,
  type Cover,
  type CoverExtraField,
  type CoverField,
  type CoverPositions,
  type CoverStage
} from '@stdkit/tree'
import {span, type Context} from './context.js'

/** Front-matter keys and the cover field each fills, in the order fmt writes them. */
export const coverKeys = {
  number: 'number',
  replaces: 'replaces',
  title: 'title',
  'title-en': 'titleEnglish',
  category: 'category',
  ics: 'ics',
  ccs: 'ccs',
  classification: 'classification',
  filing: 'filing',
  adoption: 'adoption',
  'document-type': 'documentType',
  stage: 'stage',
  issuer: 'issuer',
  issued: 'issued',
  effective: 'effective',
  status: 'status'
} as const satisfies Record<string, CoverField>

type Key = keyof typeof coverKeys

/** Keys whose value may be a list: several ICS numbers, issuers or replaced numbers. */
const listKeys: ReadonlySet<Key> = new Set<Key>(['ics', 'issuer', 'replaces'])

/** Draft stages as written (Chinese or the ASCII id) and their ids. */
const stages: Readonly<Record<string, CoverStage>> = {
  征求意见稿: 'comments',
  送审稿: 'review',
  报批稿: 'approval',
  comments: 'comments',
  review: 'review',
  approval: 'approval'
}

const icsPattern = /^\d{2}(?:\.\d{3}(?:\.\d{2})?)?$/u
const classificationPattern = /^[A-Z] ?\d{2}$/u
const filingPattern = /^\d+\s*[-–—]\s*\d{4}$/u
const adoptionPattern = /^(?<document>.+?)\s*[,，]\s*(?<degree>IDT|MOD|NEQ)$/u

/** Reads the cover from the front matter node, or reports why it cannot. */
export function readCover(node: Yaml | undefined, context: Context): Cover {
  const values: Partial<Record<Key, Array<string>>> = {}
  const positions: CoverPositions = {}
  const extraFields: Array<CoverExtraField> = []
  if (!node) {
    context.report('error', messages().parser.noFrontMatter, {line: 1, column: 1}, 'cover-required')
  } else {
    // The YAML starts after the opening `---` line.
    const base = (node.position?.start.offset ?? 0) + context.source.slice(node.position?.start.offset ?? 0).indexOf('\n') + 1
    const document = parseDocument(node.value, {lineCounter: new LineCounter(), prettyErrors: false})
    const placeOf = (range: readonly [number, number, ...Array<number>] | null | undefined): Position | undefined =>
      range ? span(context, base + range[0], base + range[1]) : undefined
    for (const error of document.errors) {
      const [from = 0, to = from] = error.pos
      context.report('error', messages().parser.invalidYaml({error: error.message.split('\n')[0] ?? ''}), span(context, base + from, base + to), 'cover-yaml')
    }
    if (document.errors.length === 0 && !isMap(document.contents)) {
      context.report('error', messages().parser.frontMatterLines, node.position, 'cover-yaml')
    }
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined
        const value = pair.value as YamlNode | null
        const valueRange = value && (isScalar(value) || isSeq(value)) ? value.range : undefined
        const place = placeOf(isScalar(value) ? value.range : keyRange) ?? node.position
        if (!Object.hasOwn(coverKeys, key)) {
          const keyPlace = placeOf(keyRange) ?? place
          context.report('warning', messages().parser.coverField({key, fields: Object.keys(coverKeys)}), keyPlace, 'cover-field')
          if (keyRange) {
            const end = value?.range?.[1] ?? keyRange[1]
            const source = node.value.slice(keyRange[0], Math.max(end, keyRange[1])).trimEnd()
            extraFields.push({key, source: source.endsWith(':') || source.includes(':') ? source : `${source}:`})
          }
          continue
        }
        const field = key as Key
        const texts = scalarTexts(value, node.value, listKeys.has(field))
        if (texts === undefined) {
          context.report('error', (listKeys.has(field) ? messages().parser.coverList : messages().parser.coverValue)({key}), place, 'cover-field')
          continue
        }
        values[field] = texts
        const fieldPlace = placeOf(valueRange) ?? place
        if (fieldPlace) positions[coverKeys[field]] = fieldPlace
      }
    }
  }
  for (const field of ['number', 'title'] as const) {
    if (node && values[field] === undefined) {
      context.report('error', messages().parser.missingField({field}), node.position, 'cover-required')
    }
  }
  const first = (key: Key): string | undefined => values[key]?.[0]
  const number = first('number') ?? ''
  const parsed = parseStandardNumber(number)
  const status = first('status') === 'draft' ? 'draft' : 'published'
  const statusValue = first('status')
  if (statusValue !== undefined && statusValue !== 'draft' && statusValue !== 'published') {
    context.report('error', messages().parser.status({status: statusValue}), positions.status, 'cover-field')
  }
  const code = parsed?.code ?? ''
  const designation = parsed ? designationOf(parsed) : number
  const title = first('title') ?? ''
  const cover: Cover = {code, number, designation, year: parsed?.year ?? 0, title, status, positions}
  const replaced = values.replaces
  if (replaced?.[0] !== undefined) cover.replaces = replaced[0]
  if (replaced && replaced.length > 1) cover.replacedNumbers = replaced
  const titleEnglish = first('title-en')
  if (titleEnglish !== undefined) cover.titleEnglish = titleEnglish
  if (first('category') !== undefined) cover.category = first('category')
  if (values.ics) {
    const ics = values.ics.flatMap((item) => item.split(/[；;,，\s]+/u)).filter(Boolean)
    for (const item of ics) {
      if (!icsPattern.test(item)) context.report('error', messages().parser.ics({value: item}), positions.ics, 'cover-ics')
    }
    cover.ics = ics
  }
  for (const key of ['ccs', 'classification'] as const) {
    const value = first(key)
    if (value === undefined) continue
    if (!classificationPattern.test(value)) context.report('error', messages().parser.classification({key, value}), positions[key], 'cover-classification')
    cover[key] = value
  }
  const filing = first('filing')
  if (filing !== undefined) {
    if (!filingPattern.test(filing)) context.report('error', messages().parser.filing({value: filing}), positions.filing, 'cover-filing')
    cover.filing = filing
  }
  const adoption = first('adoption')
  if (adoption !== undefined) {
    const read = readAdoption(adoption)
    if (read) cover.adoption = read
    else context.report('error', messages().parser.adoption({value: adoption}), positions.adoption, 'cover-adoption')
  }
  const stage = first('stage')
  if (stage !== undefined) {
    const id = Object.hasOwn(stages, stage) ? stages[stage] : undefined
    if (id) cover.stage = id
    else context.report('error', messages().parser.stage({stage}), positions.stage, 'cover-stage')
  }
  const issuers = values.issuer
  if (issuers?.[0] !== undefined) cover.issuer = issuers[0]
  if (issuers && issuers.length > 1) cover.issuers = issuers
  for (const field of ['issued', 'effective'] as const) {
    const value = first(field)
    if (value !== undefined) cover[field] = value
  }
  if (node) {
    cover.kind = kindOfCode(code)
    cover.documentType = first('document-type') ?? documentTypeOf(code, cover.issuer)
    const parts = partOf(title, designation)
    if (parts) Object.assign(cover, parts)
  }
  if (extraFields.length > 0) cover.extraFields = extraFields
  return cover
}

/** An adoption as written, `ISO 690:2010, MOD` or `（ISO 690:2010，MOD）`; `undefined` without a degree. */
function readAdoption(value: string): Adoption | undefined {
  const inner = value.replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, '')
  const groups = adoptionPattern.exec(inner)?.groups
  if (!groups?.document || !groups.degree) return undefined
  return {document: groups.document, degree: groups.degree as Adoption['degree']}
}

/**
 * The texts of a value: one for a scalar, one per item for a list (when
 * `list`); `undefined` for anything else. A number is read as written
 * (`35.240` stays `35.240`, not `35.24`).
 */
function scalarTexts(value: YamlNode | null, yaml: string, list: boolean): Array<string> | undefined {
  const text = (scalar: Scalar): string | undefined => {
    if (scalar.value === null || typeof scalar.value === 'object') return undefined
    if (typeof scalar.value === 'number' && scalar.range) return yaml.slice(scalar.range[0], scalar.range[1]).trim()
    return String(scalar.value).trim()
  }
  if (isScalar(value)) {
    const one = text(value)
    return one === undefined ? undefined : list ? splitList(one) : [one]
  }
  if (list && isSeq(value) && value.items.length > 0) {
    const items = value.items.map((item) => (isScalar(item) ? text(item) : undefined))
    return items.every((item): item is string => item !== undefined && item !== '') ? items : undefined
  }
  return undefined
}

/** A string holding several values, `GB/T 1—2000；GB/T 2—2001`: split on `；`, `;`, `，` or `,` (ICS numbers are split further by their reader). */
function splitList(value: string): Array<string> {
  const items = value.split(/\s*[；;，,]\s*/u).filter(Boolean)
  return items.length > 0 ? items : [value]
}
