import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {SchemaVersion} from './types.js'

/** Version of the tree's JSON Schema, written into every published document. */
export const schemaVersion: SchemaVersion = '1.2.0'

/** File name under which publishers write the schema next to their output. */
export const schemaFileName = 'standard.schema.json'

/** Path of the JSON Schema of a published standard document (`StandardDocument`). */
export const schemaPath: string = createRequire(import.meta.url).resolve(
  '@stdkit/tree/schema/standard.schema.json'
)

let cache: Record<string, unknown> | undefined

/** The JSON Schema (draft-07) of a published standard document, generated from the types. */
export function standardSchema(): Record<string, unknown> {
  cache ??= JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  return cache
}
