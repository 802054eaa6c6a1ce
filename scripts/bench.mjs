#!/usr/bin/env node
// Measures the stages of the pipeline on the standards of the library:
// parse, check, diff and JSON, as the median of repeated runs after a
// warm-up. Run with `pnpm bench` (which compiles first).
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {parseStandard} from '@stdkit/parse'
import {checkEditions} from '@stdkit/check'
import {diffEditions} from '@stdkit/diff'
import {toJson} from '@stdkit/json'
import {editionFiles} from '@stdkit/library'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.env.BENCH_RUNS ?? 30)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median milliseconds of `task` over `runs` runs, after five warm-up runs. */
function time(task) {
  for (let index = 0; index < 5; index++) task()
  const samples = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    task()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const files = await editionFiles(path.join(root, 'standards/q-zx-75.1861'))
const sources = await Promise.all(files.map(async (file) => ({file: path.relative(root, file), value: await readFile(file, 'utf8')})))
const parse = (source) => parseStandard(new VFile({path: source.file, value: source.value}))
const rows = []
const row = (stage, subject, ms, bytes) => rows.push({stage, subject, ms: ms.toFixed(2), size: bytes === undefined ? '' : `${(bytes / 1024).toFixed(1)} KiB`})

for (const source of sources) row('parse', source.file, time(() => parse(source)), Buffer.byteLength(source.value))
const trees = sources.map(parse)
// Messages accumulate on a file, so each run checks the same trees with fresh files.
row('check', 'all editions together', time(() => checkEditions(trees.map((tree, index) => ({tree, file: new VFile({path: sources[index].file})})))))
trees.forEach((tree, index) => row('json', sources[index].file, time(() => toJson(tree))))

// The two largest editions: diffing them should take less than parsing them.
const bySize = sources.map((source, index) => ({source, tree: trees[index]})).sort((a, b) => b.source.value.length - a.source.value.length)
const [a, b] = bySize.slice(0, 2).sort((x, y) => x.tree.cover.year - y.tree.cover.year)
const parseBoth = time(() => {
  parse(a.source)
  parse(b.source)
})
const diffBoth = time(() => diffEditions(a.tree, b.tree))
row('parse', `${a.source.file} + ${b.source.file}`, parseBoth)
row('diff', `${a.tree.cover.year} → ${b.tree.cover.year} (the two largest)`, diffBoth)
for (let index = 1; index < trees.length; index++) {
  row('diff', `${trees[index - 1].cover.year} → ${trees[index].cover.year}`, time(() => diffEditions(trees[index - 1], trees[index])))
}

const width = Math.max(...rows.map((item) => item.subject.length))
console.log(`stage  ${'subject'.padEnd(width)}  median ms  size   (${runs} runs, Node ${process.version})`)
for (const item of rows) console.log(`${item.stage.padEnd(5)}  ${item.subject.padEnd(width)}  ${item.ms.padStart(9)}  ${item.size}`)
console.log(`\npeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
console.log(`diff of the two largest editions / parsing them: ${(diffBoth / parseBoth).toFixed(2)}`)
