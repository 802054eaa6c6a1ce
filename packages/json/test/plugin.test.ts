import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {stdkitJson, toJson} from '@stdkit/json'
import {parseStandard, stdkitPreset} from '@stdkit/parse'
import {libraryEditions} from '../../../test/library.js'

const read = (edition: string) => readFileSync(new URL(`../../../standards/${edition}`, import.meta.url), 'utf8')

describe('stdkitJson', () => {
  it.each(libraryEditions)('processes %s to the JSON toJson gives', async (source) => {
    const value = read(source)
    const file = await unified().use(remarkParse).use(stdkitPreset).use(stdkitJson, {source}).process(new VFile({path: `standards/${source}`, value}))
    const expected = toJson(parseStandard(new VFile({path: `standards/${source}`, value})), {source})
    expect(JSON.parse(expected)).toMatchObject({source, standard: {type: 'standard'}})
    expect(String(file)).toBe(expected)
    expect(file.messages).toEqual([])
  })

  it('takes the options toJson takes, and none', async () => {
    const value = read('q-zx-75.1861/2007.md')
    const processor = unified().use(stdkitPreset).use(stdkitJson)
    const plain = JSON.parse(String(await processor.process(value))) as {$schema: string; source: string}
    expect(plain.source).toBe('')
    expect(plain.$schema).toBe('../schema/standard.schema.json')
    const placed = JSON.parse(String(await unified().use(stdkitPreset).use(stdkitJson, {schemaUrl: 'schema.json'}).process(value))) as {$schema: string}
    expect(placed.$schema).toBe('schema.json')
  })
})
