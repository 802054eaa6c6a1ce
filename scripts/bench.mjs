#!/usr/bin/env node
// `pnpm bench` (which compiles first): the pipeline's stages (parse, check,
// diff, JSON, HTML, PDF and Word, each warm, per edition, and the import of
// that Word edition back to its source, per page of its PDF) on synthetic
// standards of about 10, 100, 1,000 and 10,000 provisions (scripts/generate.mjs,
// written to out/bench/inputs/), beside pandoc and `git diff --word-diff` on
// the same files; a cold build of the library (standards/), and its rebuilds
// after one-line edits, by `stdkit build --watch` and by new processes with
// the build cache; and a library of 200 standards built with and without
// worker threads, beside two processes building half of it each; the site's search index of 200 standards, its bytes and
// the time of its queries. Every stage runs in a child process of its own, which reports the
// median of its runs and its peak resident memory (maxRSS). Results go to
// out/bench/results.json and to the terminal.
//
// Hostile shapes (a long heading, a long front-matter key, a wide table,
// unrelated editions sharing a vocabulary) run at doubling sizes, each
// checked for near-linear growth.
//
// BENCH_RUNS scales the number of runs (default 1: 9, 7, 5 and 3 runs from the
// smallest size to the largest); BENCH_SIZES=10,100 limits the sizes;
// BENCH_SKIP=build,workers,peers,hostile,search,commands skips sections.
//
// The `commands` section (scripts/bench-commands.mjs) runs stdkit's commands as
// whole processes beside pandoc on the same files, interleaved, and checks the
// ratios of their medians against the targets.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {benchCommands, commandTable} from './bench-commands.mjs'
import {hostile, hostileSizes, sizes as allSizes, technical, technicalSizes, writeInputs, writeLibrary} from './generate.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = path.join(root, 'out/bench')
const inputs = path.join(benchDir, 'inputs')
const cli = path.join(root, 'packages/cli/bin/stdkit.js')
const self = fileURLToPath(import.meta.url)
const stages = ['parse', 'check', 'diff', 'json', 'html', 'pdf', 'docx', 'sts', 'import']

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// ---------------------------------------------------------------------------
// A stage in a child process: `node bench.mjs --stage <stage> <size> <runs>`.
async function runStage(stage, size, runs, variant = 'p') {
  const {VFile} = await import('vfile')
  const {parseStandard} = await import('@stdkit/parse')
  const {checkStandard} = await import('@stdkit/check')
  const {diffEditions} = await import('@stdkit/diff')
  const {toJson} = await import('@stdkit/json')
  const {renderHtml, importDocx} = await import('../packages/stdkit/dist/index.js')
  const {renderEditionPdf} = await import('../packages/pdf/dist/index.js')
  const {renderDocx} = await import('../packages/docx/dist/index.js')
  const {renderSts} = await import('../packages/sts/dist/index.js')
  const dir = path.join(inputs, `${variant}${size}`)
  const oldPath = path.join(dir, '2006.md')
  const newPath = path.join(dir, '2007.md')
  const oldText = await readFile(oldPath, 'utf8')
  const newText = stage === 'diff' ? await readFile(newPath, 'utf8') : ''
  const parse = (file, value) => parseStandard(new VFile({path: path.relative(root, file), value}))
  const needsTrees = stage !== 'parse'
  const old = needsTrees ? parse(oldPath, oldText) : undefined
  // A technical edition's images, read beside it as a build reads them.
  if (old && variant === 't') await (await import('@stdkit/library')).readImages(old, new VFile({path: oldPath}), dir, (file) => readFile(file))
  const now = stage === 'diff' ? parse(newPath, newText) : undefined
  const readImage = async (url) => new Uint8Array(await readFile(path.join(dir, ...url.split('/'))))
  // The import reads the edition as the Word publisher wrote it: made once, outside the runs.
  const word = stage === 'import' ? await renderDocx(old, {readImage}) : undefined
  let pages
  const tasks = {
    parse: () => parse(oldPath, oldText),
    check: () => checkStandard(old, new VFile({path: path.relative(root, oldPath)})),
    diff: () => diffEditions(old, now),
    json: () => toJson(old),
    html: () => renderHtml(old),
    // The PDF's pages, counted once: the import's time is given per page.
    pdf: async () => {
      const pdf = await renderEditionPdf(old, {path: oldPath})
      pages ??= Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/gu)?.length
    },
    // The Word edition as a build makes it: its PNG and JPEG figures read beside the source.
    docx: () => renderDocx(old, {readImage}),
    // The standards XML, its formulas as MathML.
    sts: () => renderSts(old),
    import: () => importDocx(word)
  }
  const task = tasks[stage]
  const setupRss = process.memoryUsage().rss
  const samples = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    await task()
    samples.push(performance.now() - start)
  }
  process.stdout.write(JSON.stringify({samples, setupRss, maxRss: process.resourceUsage().maxRSS * 1024, ...(pages === undefined ? {} : {pages})}))
}

/**
 * A hostile shape in a child process: `stdkit check` of the edition in this
 * process (parsing, checking and printing the diagnostics), or for unrelated
 * editions the diff of their parsed trees.
 */
async function runHostile(shape, size, runs) {
  const {VFile} = await import('vfile')
  const {parseStandard} = await import('@stdkit/parse')
  const {diffEditions} = await import('@stdkit/diff')
  const {main} = await import('../packages/cli/dist/index.js')
  const dir = path.join(inputs, 'hostile', `${shape}-${size}`)
  const sources = hostile(shape, size)
  await mkdir(dir, {recursive: true})
  await writeFile(path.join(dir, '2006.md'), sources.old)
  const io = {cwd: root, stdout: () => {}, stderr: () => {}}
  const parse = (value) => parseStandard(new VFile({path: 'x/2006.md', value}))
  const task = shape === 'unrelated' ? ((old, now) => () => diffEditions(old, now))(parse(sources.old), parse(sources.new)) : () => main(['check', path.join(dir, '2006.md')], io)
  const samples = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    await task()
    samples.push(performance.now() - start)
  }
  process.stdout.write(JSON.stringify({samples, maxRss: process.resourceUsage().maxRSS * 1024}))
}

/**
 * The site's search at the size of a library: the index of the standards in
 * `folder` made from their trees (its bytes, gzipped too, and the time to make
 * it), loaded as a page loads it, and the median time of each query in Node.
 */
async function runSearch(folder, runs) {
  const {VFile} = await import('vfile')
  const {parseStandard} = await import('@stdkit/parse')
  const {lineage} = await import('@stdkit/diff')
  const {renderSearchIndex, renderSearchScript} = await import('../packages/html/dist/index.js')
  const {gzipSync} = await import('node:zlib')
  const vm = await import('node:vm')
  const standards = []
  for (const slug of (await readdir(folder)).sort()) {
    const editions = []
    for (const name of (await readdir(path.join(folder, slug))).filter((file) => file.endsWith('.md')).sort()) {
      const value = await readFile(path.join(folder, slug, name), 'utf8')
      editions.push({year: Number(name.slice(0, 4)), tree: parseStandard(new VFile({path: path.join(folder, slug, name), value}))})
    }
    standards.push({slug, editions, diffs: [], lineage: lineage(editions.map((edition) => edition.tree))})
  }
  const site = {standards}
  const made = []
  let index = ''
  for (let run = 0; run < Math.min(runs, 3); run++) {
    const start = performance.now()
    index = renderSearchIndex(site)
    made.push(performance.now() - start)
  }
  const page = {}
  page.self = page
  const loadStart = performance.now()
  vm.runInNewContext(`${renderSearchScript()}\n${index}`, page)
  const search = page.stdkitSearch.open(page.stdkitSearchIndex)
  const loadMs = performance.now() - loadStart
  const queries = {}
  for (const query of ['Q/ZX 98.1', '98.150', '现场服务', '记录', '工作程序和记录要求']) {
    const samples = []
    let total = 0
    for (let run = 0; run < runs; run++) {
      const start = performance.now()
      total = search.search(query).total
      samples.push(performance.now() - start)
    }
    queries[query] = {ms: median(samples), total}
  }
  const bytes = Buffer.byteLength(index)
  process.stdout.write(JSON.stringify({documents: page.stdkitSearchIndex.docs.length, editions: page.stdkitSearchIndex.editions.length, bytes, gzip: gzipSync(index).length, makeMs: median(made), loadMs, queries, maxRss: process.resourceUsage().maxRSS * 1024}))
}

/** A one-line edit: the first body paragraph gets a sentence more. */
async function edit(file, serial) {
  const text = await readFile(file, 'utf8')
  const lines = text.split('\n')
  const body = lines.findIndex((line, index) => index > lines.indexOf('## 1 范围') && line.length > 10 && !line.startsWith('#'))
  lines[body] = lines[body].replace(/。$/u, `，并保留第${serial}号记录。`)
  await writeFile(file, lines.join('\n'))
}

if (process.argv[2] === '--stage') {
  await runStage(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), process.argv[6])
  process.exit(0)
}
if (process.argv[2] === '--search') {
  await runSearch(process.argv[3], Number(process.argv[4]))
  process.exit(0)
}
if (process.argv[2] === '--hostile') {
  await runHostile(process.argv[3], Number(process.argv[4]), Number(process.argv[5]))
  process.exit(0)
}

// ---------------------------------------------------------------------------
// The parent.
// The commands measured speak English here, so that their lines are read alike on any machine.
process.env.STDKIT_LANG = 'en'
const scale = Number(process.env.BENCH_RUNS ?? 1)
const runsFor = (size) => Math.max(1, Math.round(scale * ({10: 9, 100: 7, 1000: 7, 10000: 5}[size] ?? 3)))
const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : allSizes
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean))
const mib = (bytes) => bytes / 1024 / 1024
const log = (line) => process.stderr.write(`${line}\n`)

function child(args, env = {}) {
  const result = spawnSync(process.execPath, [self, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, env: {...process.env, ...env}})
  if (result.status !== 0) throw new Error(`bench ${args.join(' ')} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout)
}

/** Wall time and maxRSS of a whole process, measured by GNU time. */
function timeProcess(command, args, options = {}) {
  // Wall time measured here (GNU time's %e has a resolution of 10 ms); its %M is the peak RSS.
  const start = performance.now()
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, ...options})
  const ms = performance.now() - start
  const [kib, user, system] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
  return {status: result.status, ms, rss: kib * 1024, cpuMs: (user + system) * 1000, stderr: result.stderr}
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0
let pandoc = spawnSync('pandoc', ['--version']).status === 0
if (!pandoc && !skip.has('peers')) {
  log('pandoc is missing: scripts/install-pandoc.sh')
  pandoc = spawnSync('sh', [path.join(root, 'scripts/install-pandoc.sh')], {stdio: 'inherit'}).status === 0
}
const pandocVersion = pandoc ? execFileSync('pandoc', ['--version'], {encoding: 'utf8'}).split('\n')[0] : undefined
const gitVersion = execFileSync('git', ['--version'], {encoding: 'utf8'}).trim()

await mkdir(benchDir, {recursive: true})
log('generating inputs (scripts/generate.mjs) …')
const generated = await writeInputs(inputs)
const provisions = Object.fromEntries(generated.map((item) => [item.size, item.provisions]))
const bytes = Object.fromEntries(generated.map((item) => [item.size, item.bytes]))

// The generated sources check without errors.
log('checking the generated sources (stdkit check) …')
const checked = spawnSync(process.execPath, [cli, 'check', '--quiet', ...sizes.map((size) => path.join(inputs, `p${size}`))], {cwd: root, encoding: 'utf8'})
if (checked.status !== 0) throw new Error(`generated sources do not check:\n${checked.stdout}${checked.stderr}`)

const results = {
  date: new Date().toISOString(),
  machine: {node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory: os.totalmem(), pandoc: pandocVersion, git: gitVersion},
  sizes: sizes.map((size) => ({size, provisions: provisions[size], bytes: bytes[size], runs: runsFor(size)})),
  stages: {},
  peers: {},
  build: undefined,
  workers: undefined
}

for (const size of sizes) {
  const runs = runsFor(size)
  for (const stage of stages) {
    log(`${stage} p${size} (${runs} runs) …`)
    const report = child(['--stage', stage, String(size), String(runs)])
    results.stages[stage] ??= {}
    results.stages[stage][size] = {ms: median(report.samples), samples: report.samples, maxRss: report.maxRss, setupRss: report.setupRss, ...(report.pages === undefined ? {} : {pages: report.pages})}
  }
  if (!skip.has('peers')) {
    const oldFile = path.join(inputs, `p${size}`, '2006.md')
    const newFile = path.join(inputs, `p${size}`, '2007.md')
    const peers = {}
    if (pandoc && hasTime) {
      const samples = []
      let rss = 0
      for (let index = 0; index < runs; index++) {
        const run = timeProcess('pandoc', ['-f', 'markdown', '-t', 'html', '-s', '--metadata', 'pagetitle=bench', oldFile, '-o', path.join(benchDir, 'pandoc.html')])
        if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`)
        samples.push(run.ms)
        rss = Math.max(rss, run.rss)
      }
      peers.pandoc = {ms: median(samples), samples, maxRss: rss}
    }
    if (hasTime) {
      const samples = []
      let rss = 0
      for (let index = 0; index < runs; index++) {
        const run = timeProcess('git', ['diff', '--no-index', '--word-diff', '--no-color', oldFile, newFile], {stdio: ['ignore', 'ignore', 'pipe']})
        if (run.status !== 1) throw new Error(`git diff failed: ${run.stderr}`)
        samples.push(run.ms)
        rss = Math.max(rss, run.rss)
      }
      peers.gitWordDiff = {ms: median(samples), samples, maxRss: rss}
    }
    results.peers[size] = peers
  }
}

const technicalStages = ['parse', 'check', 'json', 'html', 'pdf', 'docx', 'sts']
// Technical editions: the same text with a figure and a formula (with its 式中 list) in every fourth clause and a listing
// in every eighth; what they cost is the difference from the plain edition of the size, per element.
if (!skip.has('technical')) {
  results.technical = {}
  for (const size of technicalSizes.filter((item) => sizes.includes(item))) {
    const {figures, formulas, listings} = technical(size)
    results.technical[size] = {figures, formulas, listings, stages: {}}
    for (const stage of technicalStages) {
      const runs = runsFor(size)
      log(`${stage} t${size} (${runs} runs) …`)
      const report = child(['--stage', stage, String(size), String(runs), 't'])
      results.technical[size].stages[stage] = {ms: median(report.samples), first: report.samples[0], samples: report.samples, maxRss: report.maxRss}
    }
  }
}

// Hostile shapes at doubling sizes: each stage they go through must grow with them, not faster.
if (!skip.has('hostile')) {
  results.hostile = {}
  for (const [shape, list] of Object.entries(hostileSizes)) {
    results.hostile[shape] = {}
    for (const size of list) {
      log(`hostile ${shape} ${size} (3 runs) …`)
      const report = child(['--hostile', shape, String(size), '3'])
      results.hostile[shape][size] = {ms: median(report.samples), samples: report.samples, maxRss: report.maxRss}
    }
  }
}

// Commands as whole processes beside pandoc, interleaved (scripts/bench-commands.mjs).
if (!skip.has('commands') && pandoc && sizes.includes(1000) && sizes.includes(10000)) {
  results.commands = await benchCommands({inputs, runs: Math.max(7, Math.round(scale * 7)), log})
}

// Builds of the library: whole-process cold builds, and the incremental rebuild after a one-line edit.
if (!skip.has('build')) {
  const copy = path.join(benchDir, 'library')
  const cacheDir = path.join(benchDir, 'cache')
  const out = path.join(benchDir, 'build-out')
  const editFile = path.join(copy, 'q-zx-75.1861/2007.md')
  const loneFile = path.join(copy, 'q-zx-75.1760/2006.md')
  await rm(copy, {recursive: true, force: true})
  await cp(path.join(root, 'standards'), copy, {recursive: true})
  log('cold builds of the library (whole process, no cache) …')
  const cold = []
  let coldRss = 0
  for (let index = 0; index < 3; index++) {
    const run = timeProcess(process.execPath, [cli, 'build', copy, '--out', out], {env: {...process.env, STDKIT_CACHE: '0', STDKIT_WORKERS: '1'}})
    if (run.status !== 0) throw new Error(`stdkit build failed: ${run.stderr}`)
    cold.push(run.ms)
    coldRss = Math.max(coldRss, run.rss)
  }
  log('incremental builds after a one-line edit (whole process, with the cache) …')
  await rm(cacheDir, {recursive: true, force: true})
  const env = {...process.env, STDKIT_CACHE: cacheDir, STDKIT_WORKERS: '1'}
  timeProcess(process.execPath, [cli, 'build', copy, '--out', out], {env})
  const warm = timeProcess(process.execPath, [cli, 'build', copy, '--out', out], {env}).ms
  const incremental = []
  for (let index = 0; index < 3; index++) {
    await edit(editFile, index + 1)
    const run = timeProcess(process.execPath, [cli, 'build', copy, '--out', out], {env})
    if (run.status !== 0) throw new Error(`stdkit build failed: ${run.stderr}`)
    incremental.push(run.ms)
  }
  // An edit to the standard with one edition: no comparison involves it.
  const lone = []
  for (let index = 0; index < 3; index++) {
    await edit(loneFile, index + 1)
    const run = timeProcess(process.execPath, [cli, 'build', copy, '--out', out], {env})
    if (run.status !== 0) throw new Error(`stdkit build failed: ${run.stderr}`)
    lone.push(run.ms)
  }
  // The cached outputs are the bytes a build without the cache makes.
  const fresh = path.join(benchDir, 'build-fresh')
  const identical = await sameFolders(out, await freshBuild(copy, fresh))
  log('rebuilds after one-line edits by `stdkit build --watch` …')
  const watched = {}
  for (const [label, workers] of [['plain', undefined], ['one', '1']]) {
    await cp(path.join(root, 'standards'), copy, {recursive: true})
    watched[label] = await watchEdits(copy, path.join(benchDir, 'watch-out'), editFile, loneFile, workers)
    if (label === 'plain') watched.identical = await sameFolders(path.join(benchDir, 'watch-out'), await freshBuild(copy, fresh))
  }
  log('the page after an edit, in `stdkit serve` …')
  await cp(path.join(root, 'standards'), copy, {recursive: true})
  const preview = await previewEdits(copy, editFile)
  // What the library holds and what a build of it writes (the output folder's marker aside).
  const sources = (await filesOf(copy)).filter((name) => /(?:^|[\\/])\d{4}\.md$/u.test(name))
  const shape = {editions: sources.length, standards: new Set(sources.map((name) => path.dirname(name))).size, files: (await filesOf(fresh)).filter((name) => !name.startsWith('.')).length}
  results.build = {
    shape,
    preview,
    edited: 'q-zx-75.1861/2007.md (one edition of four: its PDF, JSON and the three comparisons that involve it are redone)',
    cold: {ms: median(cold), samples: cold, maxRss: coldRss},
    noChange: {ms: warm},
    incremental: {ms: median(incremental), samples: incremental},
    lone: {edited: 'q-zx-75.1760/2006.md (a standard with one edition: no comparison involves it)', ms: median(lone), samples: lone},
    identical,
    watched
  }
  await rm(fresh, {recursive: true, force: true})
}

// Many documents: 200 standards, built with one thread and with a typesetting thread per core; and, for a bound on what
// any division of the work can gain on this machine, two whole processes building half of them each, side by side.
if (!skip.has('workers')) {
  const library = path.join(benchDir, 'library200')
  const out = path.join(benchDir, 'library200-out')
  await writeLibrary(library, 200, 12)
  const halves = [path.join(benchDir, 'library200-a'), path.join(benchDir, 'library200-b')]
  for (const half of halves) await rm(half, {recursive: true, force: true})
  for (const [index, name] of (await readdir(library)).sort().entries()) await cp(path.join(library, name), path.join(halves[index % 2], name), {recursive: true})
  const env = {...process.env, STDKIT_CACHE: '0'}
  const builds = {}
  for (const workers of [1, os.availableParallelism()]) {
    log(`library of 200 standards, ${workers} thread(s) …`)
    const runs = []
    for (let index = 0; index < 3; index++) {
      const run = timeProcess(process.execPath, [cli, 'build', library, '--out', out], {env: {...env, STDKIT_WORKERS: String(workers)}})
      if (run.status !== 0) throw new Error(`stdkit build of 200 standards failed: ${run.stderr}`)
      runs.push(run)
    }
    const middle = [...runs].sort((a, b) => a.ms - b.ms)[1]
    builds[workers] = {ms: middle.ms, samples: runs.map((run) => run.ms), cpuMs: middle.cpuMs, maxRss: middle.rss, loadAverage: os.loadavg()}
  }
  log('library of 200 standards, two processes of 100 side by side …')
  const split = []
  for (let index = 0; index < 3; index++) {
    const start = performance.now()
    await Promise.all(halves.map((half, side) => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'build', half, '--out', `${out}-${side}`], {cwd: root, env: {...env, STDKIT_WORKERS: '1'}, stdio: 'ignore'})
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`stdkit build of ${half} failed`))))
    })))
    split.push(performance.now() - start)
  }
  const many = os.availableParallelism()
  results.workers = {standards: 200, provisionsEach: 12 + 7, builds, speedup: builds[1].ms / builds[many].ms, split: {ms: median(split), samples: split}, splitSpeedup: builds[1].ms / median(split), loadAverage: os.loadavg()}
}

// The site's search at 200 standards: the library the builds above use (one edition each), and 200 standards of about
// 100 provisions with a second, edited edition each, for a bound on what a large library's index weighs.
if (!skip.has('search')) {
  results.search = {}
  for (const [name, size, twins] of [['library200-search', 12, false], ['library200-search-large', 100, true]]) {
    const library = path.join(benchDir, name)
    await writeLibrary(library, 200, size, twins)
    log(`search index of 200 standards of ${size} (${twins ? 'two editions' : 'one edition'} each) …`)
    results.search[name] = {...child(['--search', library, '21']), size, perStandard: twins ? 2 : 1}
  }
}

/** A build of `library` into `out` without the cache; resolves to `out`. */
async function freshBuild(library, out) {
  const run = spawnSync(process.execPath, [cli, 'build', library, '--out', out], {cwd: root, env: {...process.env, STDKIT_CACHE: '0'}, encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`stdkit build failed: ${run.stderr}`)
  return out
}

/**
 * `stdkit serve` on `library`: for three edits to a clause title of
 * `editFile`, the time from writing the file to the first load of the page
 * that shows the new title (the page is asked for every 20 ms).
 */
async function previewEdits(library, editFile) {
  const child = spawn(process.execPath, [cli, 'serve', library, '--port', '0'], {cwd: root, env: {...process.env, STDKIT_CACHE: '0'}})
  let errors = ''
  child.stderr.on('data', (chunk) => void (errors += chunk))
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stdkit serve did not start:\n${errors}`)), 120_000)
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const found = /http:\/\/[^\s）)]+\//u.exec(output)?.[0]
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    })
  })
  const page = new URL('q-zx-75.1861/2007.html', url)
  const samples = []
  for (const title of ['服务礼节', '服务规范', '服务礼仪']) {
    const start = performance.now()
    await writeFile(editFile, (await readFile(editFile, 'utf8')).replace(/### 4\.2 \S+/u, `### 4.2 ${title}`))
    while (!(await (await fetch(page)).text()).includes(`<span class="title">${title}</span>`)) {
      if (performance.now() - start > 60_000) throw new Error(`stdkit serve did not show the edit:\n${errors}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    samples.push(performance.now() - start)
  }
  child.kill('SIGINT')
  await new Promise((resolve) => child.on('exit', resolve))
  return {ms: median(samples), samples}
}

/**
 * `stdkit build --watch` on `library`: the time from writing a one-line edit
 * to the line that reports the rebuilt output, for five edits to `editFile`
 * and three to `loneFile`. `workers` sets STDKIT_WORKERS (unset: the watch's
 * own choice: a PDF worker beside its own thread, kept warm, on two cores).
 */
async function watchEdits(library, out, editFile, loneFile, workers) {
  const env = {...process.env, STDKIT_CACHE: '0'}
  if (workers === undefined) delete env.STDKIT_WORKERS
  else env.STDKIT_WORKERS = workers
  const child = spawn(process.execPath, [cli, 'build', library, '--out', out, '--watch'], {cwd: root, env})
  const lines = []
  const waiters = []
  let buffer = ''
  child.stdout.on('data', (chunk) => {
    buffer += chunk
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 1)
      if (line.startsWith('built ')) (waiters.shift() ?? ((text) => lines.push(text)))(line)
    }
  })
  let errors = ''
  child.stderr.on('data', (chunk) => void (errors += chunk))
  const next = () => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stdkit build --watch did not rebuild:\n${errors}`)), 120_000)
    waiters.push((line) => {
      clearTimeout(timer)
      resolve(line)
    })
  })
  const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms))
  const initial = performance.now()
  const first = await next()
  const result = {initialMs: performance.now() - initial, initial: first, edits: [], lone: []}
  // An author's first save comes a moment after starting the watch, which meanwhile warms its PDF workers up.
  await settle(2000)
  for (const [file, list, count] of [[editFile, result.edits, 5], [loneFile, result.lone, 3]]) {
    for (let index = 0; index < count; index++) {
      await settle()
      const line = next()
      const start = performance.now()
      await edit(file, index + 1)
      const text = await line
      list.push({ms: performance.now() - start, made: Number(/ (\d+) made anew/u.exec(text)?.[1])})
    }
  }
  child.kill('SIGINT')
  await new Promise((resolve) => child.on('exit', resolve))
  result.ms = median(result.edits.map((item) => item.ms))
  result.loneMs = median(result.lone.map((item) => item.ms))
  return result
}

/** The files of a folder and its subfolders, by path relative to it, in order. */
async function filesOf(folder) {
  return (await readdir(folder, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name))).sort()
}

async function sameFolders(a, b) {
  const list = filesOf
  const left = await list(a)
  const right = await list(b)
  if (left.join('\n') !== right.join('\n')) return false
  for (const name of left) {
    if (!(await readFile(path.join(a, name))).equals(await readFile(path.join(b, name)))) return false
  }
  return true
}

// ---------------------------------------------------------------------------
// The report.
const perProvision = (stage, size) => results.stages[stage][size].ms / provisions[size]
const growth = (stage, from, to) => (results.stages[stage]?.[from] && results.stages[stage]?.[to] ? perProvision(stage, to) / perProvision(stage, from) : undefined)
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`)
const cell = (ms, rss) => `${fmtMs(ms)} ${mib(rss).toFixed(0)} MiB`
const pairs = sizes.slice(1).map((size, index) => [sizes[index], size])
const header = ['stage', ...sizes.map((size) => `${size} (${provisions[size]} prov.)`), ...pairs.map(([a, b]) => `${a}→${b}`)]
const rows = [header]
for (const stage of stages) {
  rows.push([stage, ...sizes.map((size) => cell(results.stages[stage][size].ms, results.stages[stage][size].maxRss)), ...pairs.map(([a, b]) => `${growth(stage, a, b)?.toFixed(2)}×`)])
}
const sum = (size, names) => names.reduce((total, name) => total + results.stages[name][size].ms, 0)
if (!skip.has('peers')) {
  for (const [label, key] of [
    ['pandoc md→html', 'pandoc'],
    ['git word-diff', 'gitWordDiff']
  ]) {
    if (!results.peers[sizes[0]]?.[key]) continue
    rows.push([label, ...sizes.map((size) => cell(results.peers[size][key].ms, results.peers[size][key].maxRss)), ...pairs.map(([a, b]) => `${((results.peers[b][key].ms / provisions[b]) / (results.peers[a][key].ms / provisions[a])).toFixed(2)}×`)])
  }
  if (results.peers[sizes[0]]?.pandoc) rows.push(['parse+check+html ÷ pandoc', ...sizes.map((size) => (sum(size, ['parse', 'check', 'html']) / results.peers[size].pandoc.ms).toFixed(2)), ...pairs.map(() => '')])
  if (results.peers[sizes[0]]?.gitWordDiff) rows.push(['diff ÷ git word-diff', ...sizes.map((size) => (results.stages.diff[size].ms / results.peers[size].gitWordDiff.ms).toFixed(2)), ...pairs.map(() => '')])
}
// The import of the Word edition, per page of the edition's PDF.
const importPerPage = (size) => results.stages.import[size].ms / (results.stages.pdf[size].pages ?? 1)
rows.push(['import per page', ...sizes.map((size) => `${importPerPage(size).toFixed(1)} ms (${results.stages.pdf[size].pages} p.)`), ...pairs.map(([a, b]) => `${(importPerPage(b) / importPerPage(a)).toFixed(2)}×`)])
rows.push(['docx ÷ pdf', ...sizes.map((size) => (results.stages.docx[size].ms / results.stages.pdf[size].ms).toFixed(2)), ...pairs.map(() => '')])
rows.push(['diff ÷ parse of both', ...sizes.map((size) => (results.stages.diff[size].ms / (2 * results.stages.parse[size].ms)).toFixed(2)), ...pairs.map(() => '')])
const widths = header.map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)))
const table = rows.map((row) => `| ${row.map((value, column) => String(value ?? '').padEnd(widths[column])).join(' | ')} |`)
table.splice(1, 0, `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`)
const lines = [
  `stdkit bench, ${results.date.slice(0, 10)}: Node ${process.version}, ${results.machine.cpus} × ${results.machine.cpu}, ${(mib(os.totalmem()) / 1024).toFixed(1)} GiB; ${pandocVersion ?? 'no pandoc'}; ${gitVersion}`,
  `median time and peak RSS of each stage (one child process per stage and size; runs: ${sizes.map((size) => runsFor(size)).join(', ')}); growth = time per provision, from one size to the next`,
  '',
  ...table
]
if (results.technical) {
  const tsizes = Object.keys(results.technical).map(Number)
  lines.push('', 'technical editions (a figure and a formula with its 式中 list in every fourth clause, a listing in every eighth): median (first run), and the cost per figure-and-formula over the plain edition of the size:')
  for (const stage of technicalStages) {
    const cells = tsizes.map((size) => {
      const technicalRun = results.technical[size].stages[stage]
      const plain = results.stages[stage]?.[size]?.ms
      const each = plain === undefined ? '' : `, ${fmtMs((technicalRun.ms - plain) / results.technical[size].figures)} each`
      return `${size} (${results.technical[size].figures}+${results.technical[size].formulas}+${results.technical[size].listings}): ${fmtMs(technicalRun.ms)} (${fmtMs(technicalRun.first)})${each}`
    })
    lines.push(`  ${stage}: ${cells.join('; ')}`)
  }
}
const technicalGrowth = (stage) => {
  const [from, to] = [100, 1000].map((size) => results.technical?.[size]?.stages[stage])
  return from && to ? to.ms / results.technical[1000].figures / (from.ms / results.technical[100].figures) : undefined
}
const hostileGrowth = (shape, from, to) => results.hostile[shape][to].ms / to / (results.hostile[shape][from].ms / from)
if (results.hostile) {
  const units = {heading: 'characters of a heading', key: 'characters of a front-matter key', table: 'columns of a table', unrelated: 'provisions of unrelated editions, diffed'}
  lines.push('', 'hostile shapes (median of 3; growth = time per unit, from one size to the next; check is parse, check and the printed report):')
  for (const [shape, list] of Object.entries(hostileSizes)) {
    const cells = list.map((size) => `${size}: ${cell(results.hostile[shape][size].ms, results.hostile[shape][size].maxRss)}`)
    const growths = list.slice(1).map((size, index) => `${hostileGrowth(shape, list[index], size).toFixed(2)}×`)
    lines.push(`  ${units[shape]}: ${cells.join(', ')}; growth ${growths.join(', ')}`)
  }
}
if (results.build) {
  const build = results.build
  lines.push(
    '',
    `build of standards/ (${build.shape.editions} editions, ${build.shape.standards} standards, ${build.shape.files} files), whole process: cold ${fmtMs(build.cold.ms)} (${mib(build.cold.maxRss).toFixed(0)} MiB), nothing changed ${fmtMs(build.noChange.ms)}, after a one-line edit to ${build.edited.split(' ')[0]} ${fmtMs(build.incremental.ms)} = ${(build.incremental.ms / build.cold.ms).toFixed(2)} of cold; outputs identical to an uncached build: ${build.identical ? 'yes' : 'NO'}`,
    `  after a one-line edit to ${build.lone.edited.split(' ')[0]} (no comparison involves it) ${fmtMs(build.lone.ms)} = ${(build.lone.ms / build.cold.ms).toFixed(2)} of cold`,
    ...Object.entries({plain: 'as it is (a PDF worker kept warm beside its own thread)', one: 'in one thread (STDKIT_WORKERS=1)'}).map(([label, how]) => {
      const watch = build.watched[label]
      const each = (list) => list.map((item) => `${fmtMs(item.ms)}`).join(', ')
      return `stdkit build --watch, ${how}: first build ${fmtMs(watch.initialMs)}; after each of 5 edits to 2007.md ${each(watch.edits)} (median ${fmtMs(watch.ms)} = ${(watch.ms / build.cold.ms).toFixed(2)} of cold; ${watch.edits[0]?.made} of ${build.shape.files} files made anew); after each of 3 edits to 1760/2006.md ${each(watch.lone)} (median ${fmtMs(watch.loneMs)} = ${(watch.loneMs / build.cold.ms).toFixed(2)} of cold; ${watch.lone[0]?.made} made anew)`
    }),
    `  watched output identical to a fresh build: ${build.watched.identical ? 'yes' : 'NO'}`,
    `stdkit serve, the page after each of 3 edits to a title of 2007.md: ${build.preview.samples.map(fmtMs).join(', ')} (median ${fmtMs(build.preview.ms)})`
  )
}
if (results.workers) {
  const w = results.workers
  const many = os.availableParallelism()
  lines.push(
    '',
    `library of 200 standards (one edition of ${w.provisionsEach} provisions each: 200 PDFs), whole build, median of 3: 1 thread ${fmtMs(w.builds[1].ms)} (CPU ${fmtMs(w.builds[1].cpuMs)}), ${many} threads typesetting ${fmtMs(w.builds[many].ms)} (CPU ${fmtMs(w.builds[many].cpuMs)}): speed-up ${w.speedup.toFixed(2)}×`,
    `  bound on any division of the work: two processes building 100 each, side by side, ${fmtMs(w.split.ms)}: ${w.splitSpeedup.toFixed(2)}× the one-thread build`,
    `  1-minute load average after each: ${w.builds[1].loadAverage[0].toFixed(1)}, ${w.builds[many].loadAverage[0].toFixed(1)} on ${os.cpus().length} cores (other processes compete for them)`
  )
}
if (results.search) {
  lines.push('', 'the site\'s search at 200 standards (the index of the whole library, made from the trees; each query in Node, median of 21):')
  for (const run of Object.values(results.search)) {
    const queries = Object.entries(run.queries).map(([query, answer]) => `${query} ${fmtMs(answer.ms)} (${answer.total})`).join(', ')
    lines.push(
      `  ${run.perStandard} edition(s) of ${run.size} each (${run.editions} editions, ${run.documents} documents): search-index.js ${mib(run.bytes).toFixed(2)} MiB, gzip ${mib(run.gzip).toFixed(2)} MiB, made in ${fmtMs(run.makeMs)}, loaded in ${fmtMs(run.loadMs)}`,
      `    queries: ${queries}`
    )
  }
}
if (results.commands) lines.push('', commandTable(results.commands))
// The targets.
const last = sizes.at(-1)
const previous = sizes.at(-2)
const targets = []
if (results.peers[last]?.pandoc) targets.push([`parse+check+html of ${last} no slower than pandoc`, sum(last, ['parse', 'check', 'html']) <= results.peers[last].pandoc.ms])
if (previous) {
  const worst = Math.max(...stages.map((stage) => growth(stage, previous, last)))
  targets.push([`every stage near-linear, ${previous}→${last} (worst growth ${worst.toFixed(2)}× ≤ 1.3×)`, worst <= 1.3])
}
if (results.hostile) {
  const worst = Math.max(...Object.entries(hostileSizes).map(([shape, list]) => hostileGrowth(shape, list.at(-2), list.at(-1))))
  targets.push([`every hostile shape near-linear at its two largest sizes (worst growth ${worst.toFixed(2)}× ≤ 1.3×)`, worst <= 1.3])
}
for (const stage of ['parse', 'check', 'html', 'pdf', 'docx', 'sts']) {
  const grown = technicalGrowth(stage)
  if (grown !== undefined) targets.push([`technical ${stage} near-linear from 100 to 1000 (time per figure ${grown.toFixed(2)}× ≤ 1.3×)`, grown <= 1.3])
}
if (previous) targets.push([`import of the Word edition near-linear per page, ${previous}→${last} (${(importPerPage(last) / importPerPage(previous)).toFixed(2)}× ≤ 1.3×)`, importPerPage(last) / importPerPage(previous) <= 1.3])
targets.push([`diff of the ${last} twins faster than parsing them`, results.stages.diff[last].ms < 2 * results.stages.parse[last].ms])
targets.push([`PDF of ${last} under 1 GiB peak`, results.stages.pdf[last].maxRss < 1024 ** 3])
targets.push([`Word edition of ${last} no slower than its PDF (${(results.stages.docx[last].ms / results.stages.pdf[last].ms).toFixed(2)}×)`, results.stages.docx[last].ms <= results.stages.pdf[last].ms])
if (results.technical?.[last]) {
  const {docx, pdf} = results.technical[last].stages
  targets.push([`technical Word edition of ${last} no slower than its PDF (${(docx.ms / pdf.ms).toFixed(2)}×)`, docx.ms <= pdf.ms])
}
if (results.build) {
  const {cold, watched} = results.build
  targets.push(['rebuild by `stdkit build --watch` after an edit to 1861/2007 (1 edition + 3 comparisons) under a fifth of the cold build', watched.plain.ms < cold.ms / 5])
  targets.push(['  the same in one thread (STDKIT_WORKERS=1)', watched.one.ms < cold.ms / 5])
  targets.push(['rebuild by `stdkit build --watch` after an edit to 1760/2006 (1 edition, no comparison) under a fifth of the cold build', watched.plain.loneMs < cold.ms / 5])
  targets.push(['  the same in one thread (STDKIT_WORKERS=1)', watched.one.loneMs < cold.ms / 5])
  targets.push(['rebuild by a new `stdkit build` process with the build cache, edit to 1861/2007, under a fifth of the cold build', results.build.incremental.ms < cold.ms / 5])
  targets.push(['rebuild by a new process, edit to 1760/2006, under a fifth of the cold build', results.build.lone.ms < cold.ms / 5])
  targets.push(['cached and watched outputs byte-identical to a fresh build', results.build.identical && watched.identical])
  targets.push([`stdkit serve shows an edit on the next page load within a second (median ${fmtMs(results.build.preview.ms)})`, results.build.preview.ms < 1000])
}
if (results.commands) for (const [name, figure] of Object.entries(results.commands.cases)) targets.push([`stdkit ${name} ${figure.pandoc ? `≤ ${figure.target.ratio}× pandoc (${figure.ratio.toFixed(2)}×)` : `≤ ${figure.target.ms} ms (${figure.stdkit.ms.toFixed(0)} ms)`}`, figure.meets])
if (results.workers) targets.push([`200 standards faster with ${os.availableParallelism()} threads typesetting`, results.workers.speedup > 1.1])
results.targets = targets.map(([target, holds]) => ({target, holds}))
lines.push('', 'targets:', ...targets.map(([target, holds]) => `  ${holds ? 'holds ' : 'MISSED'}  ${target}`))
console.log(lines.join('\n'))
await writeFile(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
await writeFile(path.join(benchDir, 'results.md'), `${lines.join('\n')}\n`)
console.log(`\nresults: ${path.relative(root, path.join(benchDir, 'results.json'))}`)
