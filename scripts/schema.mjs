#!/usr/bin/env node
// Generates the JSON Schemas of the published documents (the standard tree
// and the diff) from their TypeScript types, so the types stay the one source
// of truth. `--check` fails when a committed schema is out of date (a test
// runs the same comparison).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createGenerator} from 'ts-json-schema-generator'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const schemas = [
  {
    id: 'urn:stdkit:schema:standard:1',
    title: 'stdkit standard tree',
    type: 'StandardDocument',
    package: 'packages/tree',
    file: 'packages/tree/schema/standard.schema.json'
  },
  {
    id: 'urn:stdkit:schema:diff:1',
    title: 'stdkit diff of two editions',
    type: 'DiffDocument',
    package: 'packages/diff',
    file: 'packages/diff/schema/diff.schema.json'
  }
]

/** @returns {string} the schema as written to disk */
export function generateSchema(target) {
  const generator = createGenerator({
    path: path.join(root, target.package, 'lib/types.ts'),
    tsconfig: path.join(root, target.package, 'tsconfig.json'),
    type: target.type,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true
  })
  const schema = {$id: target.id, title: target.title, ...generator.createSchema(target.type)}
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
