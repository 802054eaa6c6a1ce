/**
 * The JSON contract with the tools downstream: every document the CLI writes
 * or prints validates against its schema (JSON Schema 2020-12, Ajv with the
 * formats in full), and the schemas keep the versioning policy the README
 * states: a field a later minor version adds validates, a later major
 * version does not, and a date must be a date.
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkSchema, checkSchemaId, checkSchemaVersion} from '@stdkit/check'
import {diffSchema, diffSchemaId, diffSchemaVersion, historySchema, historySchemaId, historySchemaVersion} from '@stdkit/diff'
import {schemaId, schemaVersion, standardSchema} from '@stdkit/tree'
import {renderDiffJson, renderJson, diff, parseFile} from 'stdkit'
import {libraryEditions} from '../../../test/library.js'
import {schemaErrors} from '../../../test/schemas.js'
import {repository, run, workspace} from './support.js'

type Document = Record<string, unknown> & {schemaVersion: string}

const schemas = [
  {name: 'standard', schema: standardSchema, id: schemaId, version: schemaVersion, folder: 'packages/tree'},
  {name: 'diff', schema: diffSchema, id: diffSchemaId, version: diffSchemaVersion, folder: 'packages/diff'},
  {name: 'history', schema: historySchema, id: historySchemaId, version: historySchemaVersion, folder: 'packages/diff'},
  {name: 'check', schema: checkSchema, id: checkSchemaId, version: checkSchemaVersion, folder: 'packages/check'}
] as const

/** A built copy of the library, and one real document of each schema, as the CLI gives them. */
let folder = ''
const documents = new Map<string, Document>()

beforeAll(async () => {
  folder = workspace()
  expect((await run(['build', '--format', 'json'], folder)).code).toBe(0)
  documents.set('standard', JSON.parse(readFileSync(path.join(folder, 'out/q-zx-75.1861/2007.json'), 'utf8')) as Document)
  documents.set('diff', JSON.parse((await run(['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007', '--format', 'json'], folder)).stdout) as Document)
  documents.set('history', JSON.parse((await run(['history', 'q-zx-75.1861', '4.2', '--format', 'json'], folder)).stdout) as Document)
  documents.set('check', JSON.parse((await run(['check', '--format', 'json'], folder)).stdout) as Document)
}, 120_000)

const copy = (name: string): Document => structuredClone(documents.get(name)) as Document

describe.each(schemas)('the $name schema', ({name, schema, id, version, folder: packageFolder}) => {
  it('is JSON Schema 2020-12 whose $id is its file in its package on the npm CDN, under its major version', () => {
    const major = version.split('.')[0]
    expect(schema()).toMatchObject({$schema: 'https://json-schema.org/draft/2020-12/schema', $id: id})
    expect(id).toBe(`https://cdn.jsdelivr.net/npm/@stdkit/${path.basename(packageFolder)}/schema/v${major}/${name}.schema.json`)
    const shipped = path.join(repository, packageFolder, 'schema', `v${major}`, `${name}.schema.json`)
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(schema())
    // The package publishes the folder, and the version in the file's name is the version the code writes.
    const manifest = JSON.parse(readFileSync(path.join(repository, packageFolder, 'package.json'), 'utf8')) as {files: Array<string>}
    expect(manifest.files).toContain('schema/')
    expect(version).toMatch(/^\d+\.\d+$/u)
  })

  it('validates the document the CLI gives, which carries the schema version', () => {
    const document = copy(name)
    expect(document.schemaVersion).toBe(version)
    expect(schemaErrors(schema(), document)).toEqual([])
  })

  it('takes a later minor version with fields it does not know, at the top and deep inside', () => {
    const document = copy(name)
    document.schemaVersion = `${version.split('.')[0]}.99`
    document.addedLater = {note: 'a field of a later minor version'}
    const inner = Object.values(document).find((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && value !== document.addedLater)
    expect(inner).toBeDefined()
    if (inner) inner.addedLater = ['also here']
    expect(schemaErrors(schema(), document)).toEqual([])
  })

  it('refuses a later major version, naming schemaVersion', () => {
    const document = copy(name)
    document.schemaVersion = `${Number(version.split('.')[0]) + 1}.0`
    const errors = schemaErrors(schema(), document)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^\/schemaVersion: must match pattern "\^1\\\./u)
  })

  it('refuses a document that is no version at all, or one without its required fields', () => {
    expect(schemaErrors(schema(), {...copy(name), schemaVersion: 'latest'})).toHaveLength(1)
    const {schemaVersion: _, ...without} = copy(name)
    expect(schemaErrors(schema(), without)).toEqual(["/: must have required property 'schemaVersion'"])
  })
})

describe('the versions before MAJOR.MINOR', () => {
  it('still validate: the tree and the diff wrote 1.2.0', () => {
    expect(schemaErrors(standardSchema(), {...copy('standard'), schemaVersion: '1.2.0'})).toEqual([])
    expect(schemaErrors(diffSchema(), {...copy('diff'), schemaVersion: '1.2.0'})).toEqual([])
    expect(schemaErrors(diffSchema(), {...copy('diff'), schemaVersion: '2.0.0'})).toHaveLength(1)
  })
})

describe('dates', () => {
  it.each([['2007-13-45'], ['2007-02-30'], ['2007-9-11'], ['11.09.2007']])('refuses %s as an issue date', (date) => {
    const document = copy('standard') as Document & {standard: {cover: Record<string, unknown>}}
    document.standard.cover.issued = date
    expect(schemaErrors(standardSchema(), document)).toEqual(['/standard/cover/issued: must match format "date"'])
  })

  it('takes a real one, a leap day too, and checks the effective date the same way', () => {
    const document = copy('standard') as Document & {standard: {cover: Record<string, unknown>}}
    document.standard.cover.issued = '2008-02-29'
    expect(schemaErrors(standardSchema(), document)).toEqual([])
    document.standard.cover.effective = '2007-02-29'
    expect(schemaErrors(standardSchema(), document)).toEqual(['/standard/cover/effective: must match format "date"'])
  })
})

describe('every output of the CLI validates against its schema', () => {
  it('the editions and comparisons of a build, which point to the schemas beside them', () => {
    const out = path.join(folder, 'out')
    expect(readdirSync(path.join(out, 'schema')).sort()).toEqual(['check.schema.json', 'diff.schema.json', 'history.schema.json', 'standard.schema.json'])
    for (const edition of libraryEditions) {
      const document = JSON.parse(readFileSync(path.join(out, edition.replace(/\.md$/u, '.json')), 'utf8')) as Document
      expect(document.$schema).toBe('../schema/standard.schema.json')
      expect(schemaErrors(standardSchema(), document), edition).toEqual([])
    }
    const comparisons = readdirSync(out, {recursive: true, encoding: 'utf8'}).filter((name) => /[/\\]diff[/\\][^/\\]+\.json$/u.test(name))
    expect(comparisons.length).toBeGreaterThan(6)
    for (const name of comparisons) {
      const document = JSON.parse(readFileSync(path.join(out, name), 'utf8')) as Document
      expect(document.$schema).toBe('../../schema/diff.schema.json')
      expect(schemaErrors(diffSchema(), document), name).toEqual([])
    }
  })

  it('check --format json, clean and with errors, warnings and messages without a span', async () => {
    const clean = copy('check') as Document & {files: Array<unknown>}
    expect(clean).toMatchObject({$schema: checkSchemaId, summary: {errors: 0, warnings: 0, info: 0}})
    expect(clean.files).toHaveLength(libraryEditions.length)
    const broken = workspace()
    const file = path.join(broken, 'standards/q-zx-75.1861/2007.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('### 4.2 服务礼仪', '### 4.3 服务礼仪').replace('注：时间窗口', '注：应注意时间窗口').replace('issued: 2007-09-11', 'issued: 2007-13-45'))
    const {code, stdout} = await run(['check', '--format', 'json', 'standards/q-zx-75.1861'], broken)
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Document & {summary: {errors: number; warnings: number}}
    expect(schemaErrors(checkSchema(), report)).toEqual([])
    expect(report.summary.errors).toBeGreaterThanOrEqual(2)
    expect(report.summary.warnings).toBeGreaterThanOrEqual(1)
  })

  it('history --format json of provisions renumbered, added and in every edition', async () => {
    for (const clause of ['4.2', 'network-planning-optimization', 'A', '1']) {
      const {code, stdout} = await run(['history', 'q-zx-75.1861', clause, '--format', 'json'], folder)
      expect(code, clause).toBe(0)
      const document = JSON.parse(stdout) as Document
      expect(document).toMatchObject({$schema: historySchemaId, schemaVersion: historySchemaVersion, standard: 'q-zx-75.1861'})
      expect(schemaErrors(historySchema(), document), clause).toEqual([])
    }
  })

  it('diff --format json and the API, which point to the absolute URL', async () => {
    expect(documents.get('diff')?.$schema).toBe(diffSchemaId)
    const old = await parseFile(path.join(folder, 'standards/q-zx-75.1861/2006.md'))
    const now = await parseFile(path.join(folder, 'standards/q-zx-75.1861/2007.md'))
    const edition = JSON.parse(renderJson(now, 'q-zx-75.1861/2007.md')) as Document
    expect(edition.$schema).toBe(schemaId)
    expect(schemaErrors(standardSchema(), edition)).toEqual([])
    const comparison = JSON.parse(renderDiffJson(diff(old, now))) as Document
    expect(comparison.$schema).toBe(diffSchemaId)
    expect(schemaErrors(diffSchema(), comparison)).toEqual([])
  })
})

describe("the README's validation example", () => {
  it('runs as written in the root, on a build, and says valid', () => {
    const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('**Versioning.**'))
    const example = /```js\n(?<code>[\s\S]*?)\n```/u.exec(section)?.groups?.code ?? ''
    expect(example).toContain("from 'ajv/dist/2020.js'")
    const script = path.join(repository, `.readme-validate-${process.pid}.mjs`)
    writeFileSync(script, example)
    try {
      expect(execFileSync(process.execPath, [script], {cwd: folder, encoding: 'utf8'})).toBe('valid\n')
      // And it would say so: a bad date in the same file is refused.
      const edition = path.join(folder, 'out/q-zx-75.1861/2007.json')
      const saved = readFileSync(edition, 'utf8')
      writeFileSync(edition, saved.replace(/"issued": "[^"]+"/u, '"issued": "2007-13-45"'))
      expect(execFileSync(process.execPath, [script], {cwd: folder, encoding: 'utf8'})).toContain("format: 'date'")
      writeFileSync(edition, saved)
    } finally {
      rmSync(script, {force: true})
    }
  })
})
