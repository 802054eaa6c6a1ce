import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {SchemaVersion} from './types.js'

/** Version of the tree's JSON Schema (`MAJOR.MINOR`), written into every published document. */
export const schemaVersion: SchemaVersion = '1.3'

/** File name under which publishers write the schema next to their output. */
export const schemaFileName = 'standard.schema.json'

/**
 * The schema's `$id`: the file on the npm CDN, under the folder of its major
 * version, where a document printed or written outside a build points its
 * `$schema` (a build's output points to its own copy, by a relative URL).
 */
export const schemaId = 'https://cdn.jsdelivr.net/npm/@stdkit/tree/schema/v1/standard.schema.json'

/** Path of the JSON Schema of a published standard document (`StandardDocument`). */
export const schemaPath: string = createRequire(import.meta.url).resolve('@stdkit/tree/schema/v1/standard.schema.json')

let cache: Record<string, unknown> | undefined

/** The JSON Schema (2020-12) of a published standard document, generated from the types. */
export function standardSchema(): Record<string, unknown> {
  cache ??= JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  return cache
}
