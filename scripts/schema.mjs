#!/usr/bin/env node
// Generates the JSON Schema of the standard tree from its TypeScript types, so
// the types stay the one source of truth. `--check` fails when the committed
// schema is out of date (a test runs the same comparison).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createGenerator} from 'ts-json-schema-generator'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const schemaPath = path.join(root, 'packages/tree/schema/standard.schema.json')

/** @returns {string} the schema as written to disk */
export function generateSchema() {
  const generator = createGenerator({
    path: path.join(root, 'packages/tree/lib/types.ts'),
    tsconfig: path.join(root, 'packages/tree/tsconfig.json'),
    type: 'StandardDocument',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true
  })
  const schema = {
    $id: 'urn:stdkit:schema:standard:1',
    title: 'stdkit standard tree',
    ...generator.createSchema('StandardDocument')
  }
  return JSON.stringify(schema, null, 2) + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const fresh = generateSchema()
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(schemaPath) ? fs.readFileSync(schemaPath, 'utf8') : ''
    if (current !== fresh) {
      console.error(`${path.relative(root, schemaPath)} is out of date: run \`node scripts/schema.mjs\``)
      process.exit(1)
    }
  } else {
    fs.mkdirSync(path.dirname(schemaPath), {recursive: true})
    fs.writeFileSync(schemaPath, fresh)
    console.log(`wrote ${path.relative(root, schemaPath)}`)
  }
}
