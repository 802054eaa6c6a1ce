import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {DiffSchemaVersion} from './types.js'

/** Version of the diff's JSON Schema, written into every published diff. */
export const diffSchemaVersion: DiffSchemaVersion = '1.2.0'

/** File name under which publishers write the diff schema. */
export const diffSchemaFileName = 'diff.schema.json'

/** Path of the JSON Schema of a published diff (`DiffDocument`). */
export const diffSchemaPath: string = createRequire(import.meta.url).resolve('@stdkit/diff/schema/diff.schema.json')

let cache: Record<string, unknown> | undefined

/** The JSON Schema (draft-07) of a published diff, generated from the types. */
export function diffSchema(): Record<string, unknown> {
  cache ??= JSON.parse(readFileSync(diffSchemaPath, 'utf8')) as Record<string, unknown>
  return cache
}
