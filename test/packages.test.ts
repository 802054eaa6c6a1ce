/**
 * The packages as they would be published: every package of `packages/` packed
 * with `pnpm pack` (which turns `workspace:^` into versions and applies
 * `publishConfig`), the tarballs installed with npm into a scratch folder
 * (their other dependencies from the registry), and used there with plain
 * `node`: every export of every package resolves, a TypeScript program using
 * them all compiles against their declarations, the README's API example and
 * its unified pipeline run as written, and the `stdkit` command checks a
 * sample. Packed once, before the tests, and installed afresh on every run
 * (the install takes two to three minutes); the code must be compiled first
 * (`tsc -b`), as for every test.
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copyEditions, repository} from './library.js'

const run = promisify(execFile)
const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')

/** The packages of the repository: their folders and names. */
const packages = readdirSync(path.join(repository, 'packages'))
  .filter((folder) => existsSync(path.join(repository, 'packages', folder, 'package.json')))
  .map((folder) => ({folder, name: (JSON.parse(readFileSync(path.join(repository, 'packages', folder, 'package.json'), 'utf8')) as {name: string}).name}))

/** The first fenced block of `language` after `marker` in the README. */
function readmeBlock(marker: string, language: string): string {
  const at = readme.indexOf(marker)
  expect(at, marker).toBeGreaterThan(-1)
  const body = new RegExp(`\`\`\`${language}\\n(?<body>[\\s\\S]*?)\`\`\``, 'u').exec(readme.slice(at))?.groups?.body
  expect(body, `${marker}: a ${language} block`).toBeDefined()
  return body ?? ''
}

/** Runs a program in the scratch folder; never throws, resolves to its exit code and output. */
async function inFolder(folder: string, program: string, args: ReadonlyArray<string>): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(program, args, {cwd: folder, maxBuffer: 64 * 1024 * 1024, env: {...process.env, STDKIT_LANG: 'en', NO_COLOR: '1'}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code?: number | string; stdout?: string; stderr?: string}
    return {code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error)}
  }
}

/**
 * What a consumer's `import` of each export of each installed package gives,
 * and whether the files `main`, `types`, the `types` of each export and each
 * `bin` name are there: a list of failures, empty when all is well.
 */
const exportsCheck = `
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
const require = createRequire(import.meta.url)
const failures = []
for (const name of JSON.parse(process.argv[2])) {
  const folder = path.join('node_modules', ...name.split('/'))
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
  const present = (file, what) => existsSync(path.join(folder, file)) || failures.push(name + ': ' + what + ' ' + file + ' is not in the package')
  present(manifest.main, 'main')
  present(manifest.types, 'types')
  for (const file of Object.values(manifest.bin ?? {})) present(file, 'bin')
  if (JSON.stringify(manifest.exports).includes('"source"')) failures.push(name + ': the source condition is published')
  for (const [entry, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'object') present(target.types, entry + ' types')
    if (entry.includes('*')) {
      present(target.slice(0, target.indexOf('*')), entry)
      continue
    }
    const specifier = entry === '.' ? name : name + entry.slice(1)
    try {
      if (specifier.endsWith('.json')) JSON.parse(readFileSync(require.resolve(specifier), 'utf8'))
      else await import(specifier)
    } catch (error) {
      failures.push(specifier + ': ' + error.message)
    }
  }
}
console.log(JSON.stringify(failures))
`

describe('the packages as published', () => {
  let scratch = ''
  let folder = ''

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'stdkit-packages-'))
    const tarballs = path.join(scratch, 'tarballs')
    folder = path.join(scratch, 'project')
    mkdirSync(tarballs)
    mkdirSync(folder)
    await run('npx', ['--yes', 'pnpm@10', '--recursive', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], {cwd: repository, maxBuffer: 64 * 1024 * 1024})
    const packed = readdirSync(tarballs).filter((name) => name.endsWith('.tgz'))
    expect(packed).toHaveLength(packages.length)
    writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({name: 'stdkit-consumer', private: true, type: 'module'}, null, 2)}\n`)
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((name) => path.join('..', 'tarballs', name))], {
      cwd: folder,
      maxBuffer: 64 * 1024 * 1024,
      env: {...process.env, npm_config_update_notifier: 'false'}
    })
    copyEditions(folder)
  }, 10 * 60_000)

  // The installed packages take some hundreds of megabytes.
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  it('installs every package from its tarball, none from the registry', () => {
    const lock = JSON.parse(readFileSync(path.join(folder, 'package-lock.json'), 'utf8')) as {packages: Record<string, {resolved?: string}>}
    for (const {folder: name, name: packageName} of packages) {
      const entry = lock.packages[`node_modules/${packageName}`]
      expect(entry?.resolved, packageName).toMatch(new RegExp(`^file:\\.\\./tarballs/${packageName.replace(/^@/u, '').replace('/', '-')}-[\\d.]+\\.tgz$`, 'u'))
      expect(existsSync(path.join(folder, 'node_modules', packageName, 'README.md')), `${name} README`).toBe(true)
      expect(existsSync(path.join(folder, 'node_modules', packageName, 'LICENSE')), `${name} LICENSE`).toBe(true)
    }
  })

  it('resolves every export of every package, with its types', async () => {
    writeFileSync(path.join(folder, 'exports.mjs'), exportsCheck)
    const result = await inFolder(folder, process.execPath, ['exports.mjs', JSON.stringify(packages.map((item) => item.name))])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual([])
  })

  it('fails when an export does not resolve', async () => {
    // The same check on a package whose export names a file it does not ship.
    const broken = path.join(folder, 'node_modules', '@stdkit', 'broken')
    mkdirSync(broken, {recursive: true})
    writeFileSync(path.join(broken, 'package.json'), JSON.stringify({name: '@stdkit/broken', type: 'module', main: './index.js', types: './index.d.ts', exports: {'.': {types: './index.d.ts', default: './dist/index.js'}}}))
    writeFileSync(path.join(broken, 'index.js'), '')
    writeFileSync(path.join(broken, 'index.d.ts'), '')
    const result = await inFolder(folder, process.execPath, ['exports.mjs', JSON.stringify(['@stdkit/broken'])])
    expect(JSON.parse(result.stdout)).toEqual([expect.stringContaining('@stdkit/broken: Cannot find module')])
  })

  it('type-checks a TypeScript program using every package, their declarations included', async () => {
    const program = [
      "import {check, diff, parseFile, renderJson, renderRedline, stdkitJson, stdkitPreset, type Standard} from 'stdkit'",
      ...packages.filter((item) => item.name !== 'stdkit').map((item, index) => `import * as package${index} from '${item.name}'`),
      "const old = await parseFile('standards/q-zx-75.1861/2006.md')",
      "const now = await parseFile('standards/q-zx-75.1861/2007.md')",
      'const result: {ok: boolean} = check(old, now)',
      'const text: string = renderRedline(diff(old, now)) + renderJson(now)',
      'const number: string = (now.tree satisfies Standard).cover.number',
      `console.log(result, text, number, stdkitJson, stdkitPreset, ${packages.filter((item) => item.name !== 'stdkit').map((_, index) => `package${index}`).join(', ')})`,
      ''
    ].join('\n')
    writeFileSync(path.join(folder, 'program.ts'), program)
    const tsc = path.join(repository, 'node_modules', 'typescript', 'bin', 'tsc')
    const options = ['--noEmit', '--strict', '--target', 'es2023', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', 'false']
    const result = await inFolder(folder, process.execPath, [tsc, ...options, 'program.ts'])
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
    // The same compiler fails a program whose import does not resolve.
    writeFileSync(path.join(folder, 'unresolved.ts'), "import {nothing} from '@stdkit/tree/nowhere'\nconsole.log(nothing)\n")
    const unresolved = await inFolder(folder, process.execPath, [tsc, ...options, 'unresolved.ts'])
    expect(unresolved.stdout).toContain("Cannot find module '@stdkit/tree/nowhere'")
  }, 180_000)

  it("runs the README's API example with plain node", {timeout: 180_000}, async () => {
    const example = readmeBlock('## The API', 'ts')
    expect(example).toContain("from 'stdkit'")
    writeFileSync(path.join(folder, 'api.mjs'), example)
    const result = await inFolder(folder, process.execPath, ['api.mjs'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    // The redline it prints, and the build it ends with.
    expect(result.stdout).toMatch(/\[-[^\]]+-\]|\{\+[^}]+\+\}/u)
    expect(readdirSync(path.join(folder, 'out', 'q-zx-75.1861')).sort()).toEqual(expect.arrayContaining(['2007.json', '2007.html']))
  })

  it("runs the README's unified pipeline with plain node, to the JSON the build wrote", async () => {
    const pipeline = readmeBlock('**In a unified pipeline.**', 'js')
    writeFileSync(path.join(folder, 'pipeline.mjs'), pipeline)
    const result = await inFolder(folder, process.execPath, ['pipeline.mjs'])
    expect(result.stderr).toBe('')
    const json = readFileSync(path.join(folder, 'out', 'q-zx-75.1861', '2007.json'), 'utf8')
    expect(result.stdout).toBe(`Q/ZX 75.1861–2007\n${json}\n`)
  })

  it('runs the stdkit command', {timeout: 180_000}, async () => {
    const version = (JSON.parse(readFileSync(path.join(repository, 'packages', 'cli', 'package.json'), 'utf8')) as {version: string}).version
    expect(await inFolder(folder, 'npx', ['stdkit', '--version'])).toMatchObject({code: 0, stdout: `${version}\n`})
    const clean = await inFolder(folder, 'npx', ['stdkit', 'check', 'standards/q-zx-75.1861'])
    expect(clean.code, clean.stderr).toBe(0)
    expect(clean.stderr).toContain('no issues found')
    mkdirSync(path.join(folder, 'broken'))
    const edition = readFileSync(path.join(folder, 'standards', 'q-zx-75.1861', '2007.md'), 'utf8')
    writeFileSync(path.join(folder, 'broken', '2007.md'), edition.replace('### 4.2 服务礼仪', '### 4.3 服务礼仪'))
    const broken = await inFolder(folder, 'npx', ['stdkit', 'check', 'broken/2007.md'])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/error\s+Unexpected number 4\.3 under 4, expected 4\.2\s+clause-numbering\s+stdkit/u)
  })
})
