import {schemaFileName, schemaVersion, type Standard, type StandardDocument} from '@stdkit/tree'

export interface Options {
  /** Source path of the edition relative to the library root, with `/` separators (default: `''`). */
  source?: string | undefined
  /** URL of the schema, relative to the JSON file (default: `../schema/standard.schema.json`, as `stdkit build` lays out `out/`). */
  schemaUrl?: string | undefined
}

const emptyOptions: Readonly<Options> = {}

/** The published document of one edition: its tree with the schema version and source. */
export function toDocument(tree: Standard, options?: Readonly<Options> | null): StandardDocument {
  const settings = options ?? emptyOptions
  return {
    $schema: settings.schemaUrl ?? `../schema/${schemaFileName}`,
    schemaVersion,
    source: settings.source ?? '',
    standard: tree
  }
}

/**
 * Serializes one edition as JSON: two-space indentation, a final newline, and
 * keys in the order the tree defines them, so the same source always gives the
 * same bytes.
 */
export function toJson(tree: Standard, options?: Readonly<Options> | null): string {
  return `${JSON.stringify(toDocument(tree, options), null, 2)}\n`
}
