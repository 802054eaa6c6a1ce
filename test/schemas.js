/**
 * The validator every test of a published document uses: Ajv for JSON
 * Schema 2020-12, with the formats checked in full (`2007-13-45` is no date,
 * which the fast mode of ajv-formats lets through).
 *
 * Plain JavaScript with its own declarations, like `library.js`, so that
 * every package's tests can import it.
 */
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

let shared

/**
 * One Ajv 2020 instance, strict, formats in full mode. It stops at the first
 * error: with `allErrors`, Ajv validates every branch of the unions of nodes
 * whole, which takes seconds for an edition.
 */
export function ajv() {
  if (shared === undefined) {
    shared = new Ajv2020({strict: true})
    addFormats(shared, {mode: 'full'})
  }
  return shared
}

const compiled = new WeakMap()

/** A validator of `schema`, compiled once. */
export function validator(schema) {
  let validate = compiled.get(schema)
  if (validate === undefined) {
    // A schema's `$id` may be compiled once an instance: a copy read again from disk reuses the first.
    validate = (typeof schema.$id === 'string' && ajv().getSchema(schema.$id)) || ajv().compile(schema)
    compiled.set(schema, validate)
  }
  return validate
}

/** The errors of `document` against `schema`, each as `path: message`; empty when it validates. */
export function schemaErrors(schema, document) {
  const validate = validator(schema)
  return validate(document) ? [] : validate.errors.map((error) => `${error.instancePath || '/'}: ${error.message}`)
}
