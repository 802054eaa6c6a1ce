/** The cover (封面): YAML front matter read into typed fields, each with its place in the source. */
import {messages} from '@stdkit/messages'
import type {Yaml} from 'mdast'
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml'
import {designationOf, parseStandardNumber, type Cover, type CoverField, type CoverPositions} from '@stdkit/tree'
import {span, type Context} from './context.js'

const fields: ReadonlyArray<CoverField> = ['number', 'replaces', 'title', 'category', 'issuer', 'issued', 'effective', 'status']

/** Reads the cover from the front matter node, or reports why it cannot. */
export function readCover(node: Yaml | undefined, context: Context): Cover {
  const values: Partial<Record<CoverField, string>> = {}
  const positions: CoverPositions = {}
  if (!node) {
    context.report('error', messages().parser.noFrontMatter, {line: 1, column: 1}, 'cover-required')
  } else {
    // The YAML starts after the opening `---` line.
    const base = (node.position?.start.offset ?? 0) + context.source.slice(node.position?.start.offset ?? 0).indexOf('\n') + 1
    const document = parseDocument(node.value, {lineCounter: new LineCounter(), prettyErrors: false})
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
        const value = pair.value
        const range = isScalar(value) ? value.range : keyRange
        const place = range ? span(context, base + range[0], base + range[1]) : node.position
        if (!(fields as ReadonlyArray<string>).includes(key)) {
          const keyPlace = keyRange ? span(context, base + keyRange[0], base + keyRange[1]) : place
          context.report('warning', messages().parser.coverField({key, fields}), keyPlace, 'cover-field')
          continue
        }
        if (!isScalar(value) || value.value === null || typeof value.value === 'object') {
          context.report('error', messages().parser.coverValue({key}), place, 'cover-field')
          continue
        }
        const field = key as CoverField
        values[field] = String(value.value).trim()
        if (place) positions[field] = place
      }
    }
  }
  for (const field of ['number', 'title'] as const) {
    if (node && values[field] === undefined) {
      context.report('error', messages().parser.missingField({field}), node.position, 'cover-required')
    }
  }
  const number = values.number ?? ''
  const parsed = parseStandardNumber(number)
  const status = values.status === 'draft' ? 'draft' : 'published'
  if (values.status !== undefined && values.status !== 'draft' && values.status !== 'published') {
    context.report('error', messages().parser.status({status: String(values.status)}), positions.status, 'cover-field')
  }
  const cover: Cover = {
    code: parsed?.code ?? '',
    number,
    designation: parsed ? designationOf(parsed) : number,
    year: parsed?.year ?? 0,
    title: values.title ?? '',
    status,
    positions
  }
  if (values.replaces !== undefined) cover.replaces = values.replaces
  for (const field of ['category', 'issuer', 'issued', 'effective'] as const) {
    const value = values[field]
    if (value !== undefined) cover[field] = value
  }
  return cover
}
