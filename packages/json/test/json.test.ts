import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toDocument, toJson} from '@stdkit/json'
import {parseStandard} from '@stdkit/parse'
import {schemaVersion, standardSchema} from '@stdkit/tree'
import {validator} from '../../../test/schemas.js'

const validate = validator(standardSchema())

const editions = ['2004', '2005', '2006', '2007'].map((year) => {
  const source = `q-zx-75.1861/${year}.md`
  const value = readFileSync(new URL(`../../../standards/${source}`, import.meta.url), 'utf8')
  return {year, source, value}
})

const parse = (value: string) => parseStandard(new VFile({path: 'input.md', value}))

describe('@stdkit/json', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/json')).sort()).toEqual(['stdkitJson', 'toDocument', 'toJson'])
  })

  it('rejects a document that breaks the schema, so validation means something', () => {
    const document = JSON.parse(toJson(parse(editions[0]?.value ?? ''))) as {standard: {cover: Record<string, unknown>}}
    delete document.standard.cover.number
    expect(validate(document)).toBe(false)
    expect(JSON.stringify(validate.errors)).toContain('number')
  })
})

describe.each(editions)('edition $year', ({source, value}) => {
  const json = toJson(parse(value), {source})

  it('validates against the published schema', () => {
    const valid = validate(JSON.parse(json))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('carries the schema version, the schema URL and the source', () => {
    expect(JSON.parse(json)).toMatchObject({
      $schema: '../schema/standard.schema.json',
      schemaVersion,
      source,
      standard: {type: 'standard'}
    })
    expect(json.endsWith('}\n')).toBe(true)
  })

  it('is byte-identical from one run to the next', () => {
    expect(toJson(parse(value), {source})).toBe(json)
  })
})

describe('toDocument', () => {
  it('takes a schema URL of the caller', () => {
    expect(toDocument(parse(editions[0]?.value ?? ''), {schemaUrl: 'https://example.com/s.json'}).$schema).toBe('https://example.com/s.json')
  })
})
