import type {DiffDocument, StandardDiff} from './types.js'
import {diffSchemaFileName, diffSchemaVersion} from './schema.js'

/** The published document of a diff, with the schema version. */
export function toDiffDocument(diff: StandardDiff, schemaUrl = `../../schema/${diffSchemaFileName}`): DiffDocument {
  return {$schema: schemaUrl, schemaVersion: diffSchemaVersion, diff}
}

/** Serializes a diff as deterministic JSON (two-space indentation, final newline). */
export function toDiffJson(diff: StandardDiff, schemaUrl?: string): string {
  return `${JSON.stringify(toDiffDocument(diff, schemaUrl), null, 2)}\n`
}
