import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {CheckSchemaVersion} from './report.js'

/** Version of the check report's JSON Schema (`MAJOR.MINOR`), written into every report. */
export const checkSchemaVersion: CheckSchemaVersion = '1.0'

/** File name under which publishers write the check report's schema. */
export const checkSchemaFileName = 'check.schema.json'

/** The check report schema's `$id`, on the npm CDN under the folder of its major version. */
export const checkSchemaId = 'https://cdn.jsdelivr.net/npm/@stdkit/check/schema/v1/check.schema.json'

/** Path of the JSON Schema of a check report (`CheckReport`). */
export const checkSchemaPath: string = createRequire(import.meta.url).resolve('@stdkit/check/schema/v1/check.schema.json')

let cache: Record<string, unknown> | undefined

/** The JSON Schema (2020-12) of a check report, generated from the types. */
export function checkSchema(): Record<string, unknown> {
  cache ??= JSON.parse(readFileSync(checkSchemaPath, 'utf8')) as Record<string, unknown>
  return cache
}
