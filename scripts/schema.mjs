#!/usr/bin/env node
// Generates the JSON Schemas (2020-12) of the published documents (the
// standard tree, the diff, the report of `stdkit check` and the timeline of
// `stdkit history`) from their TypeScript types, so the types stay the one
// source of truth. `--check` fails when a committed schema is out of date (a
// test runs the same comparison).
//
// ts-json-schema-generator writes draft-07; the few keywords that differ in
// 2020-12 are rewritten here (`definitions` to `$defs`, tuple `items` to
// `prefixItems`). Objects stay open to properties they do not name, so that
// a document of a later minor version, with new optional fields, still
// validates against the schema of an earlier one of the same major version.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createGenerator} from 'ts-json-schema-generator'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The npm CDN serving a file of the newest published version of a package. */
const cdn = 'https://cdn.jsdelivr.net/npm'

/**
 * Each schema lives in its package under `schema/v<major>/`, and its `$id`
 * is that file on the CDN, with no package version in it: every version of
 * the package ships the newest schema of each major version, so the URL
 * stays fetchable and always validates every document of that major version.
 */
export const schemas = [
  {name: 'standard', major: 1, title: 'stdkit standard tree', type: 'StandardDocument', package: 'tree', types: 'lib/types.ts'},
  {name: 'diff', major: 1, title: 'stdkit diff of two editions', type: 'DiffDocument', package: 'diff', types: 'lib/types.ts'},
  {name: 'history', major: 1, title: 'stdkit history of one provision', type: 'HistoryDocument', package: 'diff', types: 'lib/lineage.ts'},
  {name: 'check', major: 1, title: 'stdkit check report', type: 'CheckReport', package: 'check', types: 'lib/report.ts'}
].map((target) => {
  const file = `schema/v${target.major}/${target.name}.schema.json`
  return {...target, id: `${cdn}/@stdkit/${target.package}/${file}`, file: `packages/${target.package}/${file}`}
})

/** A draft-07 schema as 2020-12: references to `$defs`, tuples as `prefixItems`. */
function to2020(node) {
  if (Array.isArray(node)) return node.map(to2020)
  if (node === null || typeof node !== 'object') return node
  const result = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') result.$ref = value.replace(/^#\/definitions\//u, '#/$defs/')
    else if (key === 'items' && Array.isArray(value)) result.prefixItems = to2020(value)
    else if (key === 'additionalItems') result.items = to2020(value)
    // Under `properties` and `definitions` the keys are names, not keywords.
    else if (key === 'properties' || key === 'definitions') result[key === 'definitions' ? '$defs' : key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, to2020(schema)]))
    else result[key] = to2020(value)
  }
  return result
}

/** @returns {string} the schema as written to disk */
export function generateSchema(target) {
  const generator = createGenerator({
    path: path.join(root, 'packages', target.package, target.types),
    tsconfig: path.join(root, 'packages', target.package, 'tsconfig.json'),
    type: target.type,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: true,
    skipTypeCheck: true
  })
  const {$schema: draft07, ...generated} = generator.createSchema(target.type)
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: target.id,
    title: target.title,
    ...to2020(generated)
  }
  return JSON.stringify(schema, null, 2) + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let stale = 0
  for (const target of schemas) {
    const file = path.join(root, target.file)
    const fresh = generateSchema(target)
    if (process.argv.includes('--check')) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
      if (current !== fresh) {
        console.error(`${target.file} is out of date: run \`node scripts/schema.mjs\``)
        stale++
      }
    } else {
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, fresh)
      console.log(`wrote ${target.file}`)
    }
  }
  if (stale > 0) process.exit(1)
}
