#!/usr/bin/env node
// Whole processes, side by side: `stdkit check` of each edition of the library
// and of the 1,000-provision edition, `stdkit diff` of each pair of successive
// editions of the library and `stdkit build --format html` of one edition of
// 1,000 and of 10,000 provisions, each beside pandoc (Markdown → stand-alone
// HTML) on the same file (the newer one for a diff); and `stdkit --version` and
// `--help` against a bound of their own. The runs are interleaved (stdkit, then
// pandoc, case after case, round after round) so that a machine busy with other
// work slows both alike; each case reports its median, its spread (fastest and
// slowest), the ratio of the medians and whether it meets its target.
//
// `pnpm bench` runs it as its `commands` section (results in
// out/bench/results.json); run alone (`node scripts/bench-commands.mjs`, after
// `tsc -b` and `node scripts/generate.mjs`), it writes out/bench/commands.json.
// BENCH_COMMAND_RUNS sets the rounds (default 7); BENCH_COMMANDS=check,diff
// keeps the cases whose name starts with one of the words given; BENCH_BASE
// names another checkout of stdkit (built), whose command runs beside this
// one's in every round: the figures before and after a change, measured
// together, and whether each command printed the same bytes in both.
import {createHash} from 'node:crypto'
import {spawnSync} from 'node:child_process'
import {cp, mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'packages/cli/bin/stdkit.js')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** One whole process: its wall time and a digest of what it printed (the same on every run, or the bench stops). */
function timed(command, args, env) {
  const start = performance.now()
  const result = spawnSync(command, args, {cwd: root, env, maxBuffer: 256 << 20})
  const ms = performance.now() - start
  if (result.error) throw result.error
  const digest = createHash('sha256').update(result.stdout).update('\0').update(result.stderr).digest('hex')
  return {ms, status: result.status, digest, stderr: result.stderr.toString('utf8')}
}

/** The editions of the library, by standard, oldest first. */
async function libraryEditions(library) {
  const standards = []
  for (const entry of (await readdir(library, {withFileTypes: true})).filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const years = (await readdir(path.join(library, entry.name))).filter((name) => /^\d{4}\.md$/u.test(name)).sort()
    if (years.length > 0) standards.push(years.map((name) => path.join(library, entry.name, name)))
  }
  return standards
}

/**
 * The cases: what stdkit runs, the file pandoc converts beside it, and the
 * target (a ratio of the medians to pandoc's, or a bound in milliseconds).
 */
async function casesOf(inputs, work) {
  const library = path.join(root, 'standards')
  const rel = (file) => path.relative(root, file)
  const cases = [
    {name: 'version', args: ['--version'], boundMs: 150},
    {name: 'help', args: ['--help'], boundMs: 150}
  ]
  const standards = await libraryEditions(library)
  for (const file of standards.flat()) cases.push({name: `check ${rel(file)}`, args: ['check', rel(file)], pandoc: file, ratio: 0.5})
  const p1000 = path.join(inputs, 'p1000', '2006.md')
  cases.push({name: `check ${rel(p1000)}`, args: ['check', rel(p1000)], pandoc: p1000, ratio: 0.5})
  for (const editions of standards) {
    for (let index = 1; index < editions.length; index++) {
      const [older, newer] = [editions[index - 1], editions[index]]
      cases.push({name: `diff ${rel(older)} ${path.basename(newer)}`, args: ['diff', rel(older), rel(newer)], pandoc: newer, ratio: 0.5})
    }
  }
  // One edition alone in a library of its own, built without the cache.
  for (const size of [1000, 10000]) {
    const folder = path.join(work, `one${size}`)
    await rm(folder, {recursive: true, force: true})
    await mkdir(path.join(folder, 'bench'), {recursive: true})
    await cp(path.join(inputs, `p${size}`, '2006.md'), path.join(folder, 'bench', '2006.md'))
    const out = path.join(work, `one${size}-out`)
    cases.push({name: `build --format html p${size}`, args: ['build', rel(folder), '--format', 'html', '--out', rel(out)], pandoc: path.join(folder, 'bench', '2006.md'), ratio: 0.5, env: {STDKIT_CACHE: '0'}})
  }
  return cases
}

/** Runs every case `runs` times, interleaved with pandoc, and resolves to the figures of each. */
export async function benchCommands({inputs, runs = 7, only = [], base, log = () => {}}) {
  const work = path.join(root, 'out/bench/commands')
  await mkdir(work, {recursive: true})
  const pandocOut = path.join(work, 'pandoc.html')
  const cases = (await casesOf(inputs, work)).filter((item) => only.length === 0 || only.some((word) => item.name.startsWith(word)))
  const env = {...process.env, STDKIT_LANG: 'en', NO_COLOR: '1'}
  const samples = new Map(cases.map((item) => [item.name, {stdkit: [], pandoc: [], base: [], digest: undefined, status: undefined, baseDigest: undefined}]))
  const baseCli = base && path.join(path.resolve(base), 'packages/cli/bin/stdkit.js')
  const load = [os.loadavg()[0]]
  for (let round = 0; round < runs; round++) {
    log(`commands: round ${round + 1} of ${runs} …`)
    for (const item of cases) {
      const entry = samples.get(item.name)
      const run = timed(process.execPath, [cli, ...item.args], {...env, ...item.env})
      if (run.status !== 0 && run.status !== 1) throw new Error(`stdkit ${item.args.join(' ')} failed (${run.status}):\n${run.stderr}`)
      if (entry.digest !== undefined && (entry.digest !== run.digest || entry.status !== run.status)) throw new Error(`stdkit ${item.args.join(' ')} printed something else on round ${round + 1}`)
      entry.digest = run.digest
      entry.status = run.status
      entry.stdkit.push(run.ms)
      if (baseCli) {
        const before = timed(process.execPath, [baseCli, ...item.args], {...env, ...item.env})
        entry.baseDigest = before.digest
        entry.base.push(before.ms)
      }
      if (item.pandoc) {
        const peer = timed('pandoc', ['-f', 'markdown', '-t', 'html', '-s', '--metadata', 'pagetitle=bench', item.pandoc, '-o', pandocOut], env)
        if (peer.status !== 0) throw new Error(`pandoc failed: ${peer.stderr}`)
        entry.pandoc.push(peer.ms)
      }
    }
    load.push(os.loadavg()[0])
  }
  const figures = {}
  for (const item of cases) {
    const entry = samples.get(item.name)
    const stdkit = {ms: median(entry.stdkit), min: Math.min(...entry.stdkit), max: Math.max(...entry.stdkit), samples: entry.stdkit}
    const figure = {args: item.args, status: entry.status, digest: entry.digest, stdkit}
    if (baseCli) figure.base = {ms: median(entry.base), min: Math.min(...entry.base), max: Math.max(...entry.base), samples: entry.base, identical: entry.baseDigest === entry.digest}
    if (item.pandoc) {
      figure.pandoc = {ms: median(entry.pandoc), min: Math.min(...entry.pandoc), max: Math.max(...entry.pandoc), samples: entry.pandoc}
      figure.ratio = stdkit.ms / figure.pandoc.ms
      figure.target = {ratio: item.ratio}
      figure.meets = figure.ratio <= item.ratio
    } else {
      figure.target = {ms: item.boundMs}
      figure.meets = stdkit.ms <= item.boundMs
    }
    figures[item.name] = figure
  }
  return {runs, loadAverage: {min: Math.min(...load), max: Math.max(...load), samples: load}, cpus: os.cpus().length, cases: figures}
}

/** The figures as a table for the terminal. */
export function commandTable(result) {
  const ms = (value) => `${value.toFixed(0)}`.padStart(6)
  const lines = [`whole processes, median of ${result.runs} interleaved runs (min–max), load average ${result.loadAverage.min.toFixed(1)}–${result.loadAverage.max.toFixed(1)} on ${result.cpus} cores`]
  for (const [name, figure] of Object.entries(result.cases)) {
    const own = `${ms(figure.stdkit.ms)} ms (${figure.stdkit.min.toFixed(0)}–${figure.stdkit.max.toFixed(0)})`
    const peer = figure.pandoc ? `pandoc ${ms(figure.pandoc.ms)} ms (${figure.pandoc.min.toFixed(0)}–${figure.pandoc.max.toFixed(0)})  ×${figure.ratio.toFixed(2)} (≤ ${figure.target.ratio})` : `bound ${figure.target.ms} ms`
    const before = figure.base ? `  before ${ms(figure.base.ms)} ms (${figure.base.min.toFixed(0)}–${figure.base.max.toFixed(0)})${figure.base.identical ? '' : ' OUTPUT DIFFERS'}` : ''
    lines.push(`  ${name.padEnd(52)} ${own.padEnd(26)} ${peer.padEnd(56)} ${figure.meets ? 'meets ' : 'MISSES'}${before}`)
  }
  return lines.join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = (process.env.BENCH_COMMANDS ?? '').split(',').filter(Boolean)
  const runs = Number(process.env.BENCH_COMMAND_RUNS ?? 7)
  const result = await benchCommands({inputs: path.join(root, 'out/bench/inputs'), runs, only, base: process.env.BENCH_BASE, log: (line) => process.stderr.write(`${line}\n`)})
  const file = path.join(root, 'out/bench/commands.json')
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`)
  console.log(commandTable(result))
  console.log(`\nresults: ${path.relative(root, file)}`)
}
