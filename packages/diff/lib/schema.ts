import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {HistorySchemaVersion} from './lineage.js'
import type {DiffSchemaVersion} from './types.js'

const require = createRequire(import.meta.url)

/** Version of the diff's JSON Schema (`MAJOR.MINOR`), written into every published diff. */
export const diffSchemaVersion: DiffSchemaVersion = '1.3'

/** File name under which publishers write the diff schema. */
export const diffSchemaFileName = 'diff.schema.json'

/** The diff schema's `$id`, on the npm CDN under the folder of its major version; a diff printed outside a build points to it. */
export const diffSchemaId = 'https://cdn.jsdelivr.net/npm/@stdkit/diff/schema/v1/diff.schema.json'

/** Path of the JSON Schema of a published diff (`DiffDocument`). */
export const diffSchemaPath: string = require.resolve('@stdkit/diff/schema/v1/diff.schema.json')

/** Version of the JSON Schema of a provision's history (`MAJOR.MINOR`). */
export const historySchemaVersion: HistorySchemaVersion = '1.0'

/** File name under which publishers write the history schema. */
export const historySchemaFileName = 'history.schema.json'

/** The history schema's `$id`, on the npm CDN under the folder of its major version. */
export const historySchemaId = 'https://cdn.jsdelivr.net/npm/@stdkit/diff/schema/v1/history.schema.json'

/** Path of the JSON Schema of a provision's history (`HistoryDocument`). */
export const historySchemaPath: string = require.resolve('@stdkit/diff/schema/v1/history.schema.json')

const cache = new Map<string, Record<string, unknown>>()

function load(file: string): Record<string, unknown> {
  let schema = cache.get(file)
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    cache.set(file, schema)
  }
  return schema
}

/** The JSON Schema (2020-12) of a published diff, generated from the types. */
export function diffSchema(): Record<string, unknown> {
  return load(diffSchemaPath)
}

/** The JSON Schema (2020-12) of a provision's history (`stdkit history --format json`), generated from the types. */
export function historySchema(): Record<string, unknown> {
  return load(historySchemaPath)
}
