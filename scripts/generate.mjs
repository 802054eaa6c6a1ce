#!/usr/bin/env node
// Deterministic generator of synthetic standards in stdkit's source format,
// for `pnpm bench`. Seeded (mulberry32), no Math.random: the same arguments
// always give the same bytes.
//
//   node scripts/generate.mjs [out/bench/inputs]   the four sizes and their twins
//
// Each size is a standard of its own folder, `p<N>/2006.md`, with an edited
// twin `p<N>/2007.md` (the next edition): about 5 % of the provisions
// modified, some moved, and two chapters swapped (renumbered, anchors kept).
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const sizes = [10, 100, 1000, 10000]

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const subjects = ['售后工程师', '工程督导', '办事处', '项目经理', '维护人员', '质量部', '外包商工程师', '技术支持人员', '值班人员', '用户代表', '测试工程师', '客户经理']
const verbs = ['检查', '记录', '确认', '备份', '测试', '上报', '审核', '登记', '核对', '清点', '验证', '归档', '评估', '复核', '跟踪']
const objects = ['设备的运行状态', '机房的温度和湿度', '电源的电压和极性', '软件版本清单', '局数据', '告警信息', '割接方案', '遗留问题清单', '备件库存', '工具和仪表', '接地电阻', '传输电路', '用户的反馈意见', '工程进度', '服务报告', '配置数据', '随工文档', '培训记录']
const manners = ['逐项', '按时', '如实', '完整地', '及时', '认真', '定期', '分批', '当场', '书面']
const conditions = ['工作开始前', '割接完成后', '每日下班前', '发现异常时', '设备加电前', '初验之前', '移交之后', '故障排除后', '每月末', '收到通知后']
const modals = ['应', '应', '应', '宜', '可', '不得遗漏地']
const topics = ['巡检', '验收', '割接', '调测', '安装', '培训', '记录', '保密', '安全', '备件', '回访', '整改', '计划', '考核', '交接', '监控', '升级', '维护', '应急', '评审']
const aspects = ['准备', '要求', '程序', '内容', '管理', '检查', '确认', '报告', '职责', '方法', '规则', '条件']
const domains = ['现场', '机房', '设备', '软件', '数据', '文档', '人员', '工具', '网络', '电源']

const pick = (rand, list) => list[Math.floor(rand() * list.length)]

function sentence(rand) {
  const days = 2 + Math.floor(rand() * 12)
  return `${pick(rand, conditions)}，${pick(rand, subjects)}${pick(rand, modals)}${pick(rand, manners)}${pick(rand, verbs)}${pick(rand, objects)}，并在${days}个工作日内${pick(rand, verbs)}${pick(rand, objects)}`
}

function paragraph(rand) {
  const count = 1 + Math.floor(rand() * 2)
  return Array.from({length: count}, () => sentence(rand)).join('；') + '。'
}

/** The model: chapters → clauses → sub-clauses, each with blocks. References point at model nodes and are printed with their current number. */
function model(size, seed) {
  const rand = random(seed)
  // Provisions: 3 fixed chapters and 2 terms; the rest core chapters.
  const core = Math.max(1, size - 5)
  let chapters
  let clausesPer
  let subsPer
  if (core <= 12) [chapters, clausesPer, subsPer] = [2, Math.max(2, Math.floor((core - 2) / 2)), 0]
  else if (core <= 150) [chapters, clausesPer, subsPer] = [Math.max(2, Math.round(core / 11)), 10, 0]
  else [chapters, clausesPer, subsPer] = [Math.max(2, Math.round(core / 100)), 9, 10]
  let titles = 0
  const title = () => {
    titles++
    return `${pick(rand, domains)}${pick(rand, topics)}${pick(rand, aspects)}`
  }
  const blocks = (scope) => {
    const out = []
    const count = 1 + Math.floor(rand() * 3)
    for (let index = 0; index < count; index++) {
      const roll = rand()
      if (roll < 0.55) out.push({kind: 'p', text: paragraph(rand)})
      else if (roll < 0.8) out.push({kind: 'list', items: Array.from({length: 2 + Math.floor(rand() * 3)}, () => sentence(rand) + '；')})
      else if (roll < 0.9) out.push({kind: 'note', text: `${pick(rand, objects)}的记录格式由${pick(rand, subjects)}另行规定。`})
      else out.push({kind: 'ref', target: scope, text: paragraph(rand).replace(/。$/u, '')})
    }
    if (rand() < 0.05) out.push({kind: 'p', text: `${pick(rand, topics)}工作按Q/ZX 75.1760的规定执行。`})
    return out
  }
  const body = []
  for (let c = 0; c < chapters; c++) {
    const chapter = {title: title(), anchor: undefined, blocks: [], children: []}
    for (let k = 0; k < clausesPer; k++) {
      const clause = {title: title(), anchor: undefined, blocks: [], children: []}
      if (subsPer === 0) clause.blocks = blocks(undefined)
      else {
        clause.blocks = rand() < 0.5 ? [{kind: 'p', text: paragraph(rand)}] : []
        for (let s = 0; s < subsPer; s++) clause.children.push({title: title(), anchor: undefined, blocks: blocks(undefined), children: []})
      }
      chapter.children.push(clause)
    }
    // References inside the chapter, to its first clause (never moved).
    for (const clause of chapter.children) {
      for (const node of [clause, ...clause.children]) for (const block of node.blocks) if (block.kind === 'ref') block.target = chapter.children[0]
    }
    body.push(chapter)
  }
  return {body, titles}
}

function clone(value) {
  return structuredClone(value)
}

/** Edits a copy of the model: ~5 % of the provisions modified, some moved, two chapters swapped. */
function edit(base, seed) {
  const rand = random(seed ^ 0x5bd1e995)
  // structuredClone keeps the references between nodes.
  const twin = clone(base)
  const all = []
  for (const chapter of twin.body) {
    all.push(chapter)
    for (const clause of chapter.children) {
      all.push(clause)
      all.push(...clause.children)
    }
  }
  const leaves = all.filter((node) => node.children.length === 0 && node.blocks.length > 0)
  const total = all.length + 5
  const modify = Math.max(1, Math.round(total * 0.05))
  for (let index = 0; index < modify; index++) {
    const node = leaves[Math.floor(rand() * leaves.length)]
    const block = node.blocks.find((item) => item.kind === 'p' || item.kind === 'list')
    if (!block) continue
    const roll = rand()
    if (block.kind === 'list') block.items.push(sentence(rand) + '；')
    else if (roll < 0.4) block.text = block.text.replace(/(\d+)个工作日/u, (_, days) => `${Number(days) + 1}个工作日`)
    else if (roll < 0.7) block.text = block.text.replace('应', '宜')
    else block.text = block.text.replace(/。$/u, `，${sentence(rand)}。`)
  }
  // Moves: within some clauses, the last two sub-clauses (or clauses) swap places.
  const parents = all.filter((node) => node.children.length >= 3)
  const moves = Math.max(1, Math.round(total * 0.005))
  for (let index = 0; index < moves && parents.length > 0; index++) {
    const parent = parents[Math.floor(rand() * parents.length)]
    const n = parent.children.length
    ;[parent.children[n - 2], parent.children[n - 1]] = [parent.children[n - 1], parent.children[n - 2]]
  }
  // Two chapters swap places: renumbered, their anchors kept (given in both editions).
  if (twin.body.length >= 2) {
    const at = Math.floor(twin.body.length / 2) - (twin.body.length === 2 ? 1 : 0)
    const b = Math.min(at + 1, twin.body.length - 1)
    const a = b - 1
    for (const [which, chapterIndex] of [
      ['a', a],
      ['b', b]
    ]) {
      const pin = (node, name) => {
        node.anchor = name
        node.children.forEach((child, index) => pin(child, `${name}-${index + 1}`))
      }
      pin(base.body[chapterIndex], `swap-${which}`)
      pin(twin.body[chapterIndex], `swap-${which}`)
    }
    ;[twin.body[a], twin.body[b]] = [twin.body[b], twin.body[a]]
  }
  return twin
}

function render(doc, {code, year, first, title}) {
  const number = (year) => `Q/ZX ${code}–${year}`
  const lines = []
  const numbers = new Map()
  // Numbers first, so references print the target's current number.
  doc.body.forEach((chapter, c) => {
    numbers.set(chapter, `${c + 4}`)
    chapter.children.forEach((clause, k) => {
      numbers.set(clause, `${c + 4}.${k + 1}`)
      clause.children.forEach((sub, s) => numbers.set(sub, `${c + 4}.${k + 1}.${s + 1}`))
    })
  })
  lines.push('---', `number: ${number(year)}`)
  if (!first) lines.push(`replaces: ${number(year - 1)}`)
  lines.push(`title: ${title}`, 'category: 管理标准', 'issuer: 中兴通讯股份有限公司', `issued: ${year}-03-10`, `effective: ${year}-03-17`, '---', '')
  lines.push('# 前言', '', `为了规范${title}的工作，特制定本标准。`, '')
  if (!first) lines.push(`本标准自实施之日起代替${number(year - 1)}。`, '')
  if (first) lines.push('本标准由工程服务部提出，公司直属机构质量部归口管理。本标准下次审查/升版时间：2008年01月。', '', '本标准起草部门：工程服务部', '', '本标准起草人：王工', '')
  else lines.push('本次标准修订由工程服务部提出，公司直属机构质量部归口管理。本标准下次审查/升版时间：2009年01月。', '', '本次标准修订部门：工程服务部', '', '本次标准修订人：李工', '')
  lines.push(first ? `本标准于${year}年3月首次发布。` : `本标准于${year - 1}年3月首次发布，于${year}年3月第一次修订。`, '')
  lines.push('为便于理解，将历次修订记录保留如下：', '', '| 标准编号 | 修改前文件编号 | 主要修订内容 | 修订部门 | 修订人 | 批准人 |', '| - | - | - | - | - | - |')
  if (!first) lines.push(`| ${number(year)} | ${number(year - 1)} | 修改了部分条款的要求。 | 工程服务部 | 李工 | |`)
  lines.push(`| ${number(first ? year : year - 1)} | | 首次发布 | 工程服务部 | 王工 | |`, '')
  lines.push(`# ${title}`, '', '## 1 范围', '', `本标准规定了${title}的职责、工作程序和记录要求。`, '')
  lines.push('## 2 规范性引用文件', '', '下列文件中的条款通过本标准的引用而成为本标准的条款。凡是不注日期的引用文件，其最新版本适用于本标准。', '', 'Q/ZX 75.1760　国内工程开通工作规程', '')
  lines.push('## 3 术语和定义', '', '下列术语和定义适用于本标准。', '')
  lines.push('### 3.1 工程督导 engineering supervisor {#term-supervisor}', '', '由办事处指定，在工程现场代表公司组织、协调和检查工程工作的工程技术人员', '')
  lines.push('### 3.2 割接 cutover {#term-cutover}', '', '将在网运行的业务从原有设备转接到新设备上的操作', '')
  const heading = (node, depth) => `${'#'.repeat(depth + 1)} ${numbers.get(node)} ${node.title}${node.anchor ? ` {#${node.anchor}}` : ''}`
  const emit = (node, depth) => {
    lines.push(heading(node, depth), '')
    for (const [index, block] of node.blocks.entries()) {
      // Consecutive notes are numbered 注1, 注2 …, a single one is 注 (GB/T 1.1).
      const isNote = (other) => other?.kind === 'note'
      let first = index
      while (isNote(node.blocks[first - 1])) first--
      let last = index
      while (isNote(node.blocks[last + 1])) last++
      if (block.kind === 'p') lines.push(block.text, '')
      else if (block.kind === 'note') lines.push(`注${last > first ? index - first + 1 : ''}：${block.text}`, '')
      else if (block.kind === 'ref') lines.push(`${block.text}，见${numbers.get(block.target) ?? ''}。`, '')
      else block.items.forEach((item, index) => lines.push(`${String.fromCharCode(97 + index)}) ${index === block.items.length - 1 ? item.replace(/；$/u, '。') : item}`, ''))
    }
    for (const child of node.children) emit(child, depth + 1)
  }
  for (const chapter of doc.body) emit(chapter, 1)
  // A reference block naming the cited standard keeps `reference-cited` quiet.
  lines.push('## 附录A（资料性附录）说明', '', '本附录说明本标准与Q/ZX 75.1760的关系。', '')
  return lines.join('\n').replace('本标准由工程服务部提出', '本标准附录A为资料性附录。\n\n本标准由工程服务部提出').replace('本次标准修订由', '本标准附录A为资料性附录。\n\n本次标准修订由')
}

/** The sources of one size: `{old, new, provisions}`. */
export function generate(size, seed = 20061) {
  const base = model(size, seed + size)
  const twin = edit(base, seed + size)
  const code = `99.${size}`
  const title = '工程现场服务管理规程'
  return {
    old: render(base, {code, year: 2006, first: true, title}),
    new: render(twin, {code, year: 2007, first: false, title}),
    provisions: base.titles + 5 + 2
  }
}

/** A library of `count` small standards (one edition each plus its twin), for the worker-thread build. */
export function library(count, size = 12, seed = 777) {
  return Array.from({length: count}, (_, index) => {
    const base = model(size, seed + index)
    const twin = edit(base, seed + index)
    const code = `98.${index + 1}`
    const title = '工程现场服务管理规程'
    return {slug: `q-zx-98.${index + 1}`, old: render(base, {code, year: 2006, first: true, title}), new: render(twin, {code, year: 2007, first: false, title})}
  })
}

/** Sizes of the hostile shapes: characters of a heading or a front-matter key, columns of a table, provisions of unrelated editions. */
export const hostileSizes = {heading: [25_000, 50_000, 100_000, 200_000], key: [32_000, 64_000, 128_000, 256_000], table: [12_500, 25_000, 50_000, 100_000], unrelated: [250, 500, 1000, 2000]}

/**
 * Sources shaped to find the stages that grow faster than their input:
 * `{old, new}` for the unrelated editions (two standards generated from
 * different seeds, in one vocabulary), `{old}` otherwise, an edition of about
 * 100 provisions with one line of `size` characters or columns.
 */
export function hostile(shape, size) {
  if (shape === 'unrelated') return {old: generate(size, 1).old, new: generate(size, 2).new}
  const base = generate(100).old
  if (shape === 'heading') return {old: base.replace('## 1 范围', `## 1 范围${' '.repeat(size)}。`)}
  if (shape === 'key') return {old: base.replace('---\n', `---\n${'k'.repeat(size)}: v\n`)}
  const row = (prefix) => `| ${Array.from({length: size}, (_, index) => `${prefix}${index}`).join(' | ')} |`
  return {old: base.replace('## 2 规范性引用文件', `${row('列')}\n|${' - |'.repeat(size)}\n${row('格')}\n\n## 2 规范性引用文件`)}
}

/** The figure every technical size draws: a small SVG of the project's own. */
export const figureSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160" viewBox="0 0 240 160"><rect x="20" y="20" width="200" height="120" fill="none" stroke="#000"/><line x1="20" y1="80" x2="220" y2="80" stroke="#000"/><text x="110" y="60" font-size="14">1</text></svg>'

const formulas = ['S = \\frac{I \\sqrt{t}}{k}', '\\rho = 2 \\pi a R', 'R_\\mathrm{E} = \\psi R', 'P = U I \\cos \\varphi', 'E = \\sum_{i=1}^{n} \\frac{U_i^2}{R_i}']

/**
 * A technical edition: the plain one of `size` provisions, with a figure and
 * a formula (and its 式中 list) after the first paragraph of every fourth
 * leaf clause, numbered through the body and cited in the text, and a
 * listing in every eighth. `{text, figures, formulas, listings}`.
 */
export function technical(size, seed = 20061) {
  const lines = generate(size, seed).old.split('\n')
  const out = []
  let leaf = 0
  let figures = 0
  let formulaCount = 0
  let listings = 0
  let pending = false
  for (const [index, line] of lines.entries()) {
    out.push(line)
    const chapter = /^#{3,4} (?<chapter>\d+)\.\d+/u.exec(line)?.groups?.chapter
    if (chapter !== undefined) pending = Number(chapter) >= 4 && lines[index + 2] !== undefined && !lines[index + 2].startsWith('#')
    if (pending && line !== '' && !line.startsWith('#') && !line.startsWith('注') && !/^[a-z]\) /u.test(line) && lines[index + 1] === '') {
      pending = false
      if (leaf++ % 4 !== 0) continue
      figures++
      formulaCount++
      out.push('', `结构见图${figures}，按公式（${formulaCount}）计算。`, '', '![结构示意](figure.svg)', '', '说明：', '', '1——机架。', '', `图${figures}　结构示意`, '')
      // Each formula its own (an index in it), so none is typeset from another's memo.
      out.push(`$$ （${formulaCount}）`, `${formulas[formulaCount % formulas.length]} + c_{${formulaCount}}`, '$$', '', '式中：', '', '$S$——截面积，单位为平方毫米（mm^2^）；', '', `$c_{${formulaCount}}$——修正值。`)
      if (leaf % 8 === 1) {
        listings++
        out.push('', '```json', '{', `  "record": ${listings},`, '  "resistance_ohm": 0.8', '}', '```')
      }
    }
  }
  return {text: out.join('\n'), figures, formulas: formulaCount, listings}
}

/** Sizes of the technical editions (figures, formulas and listings in the text). */
export const technicalSizes = [10, 100, 1000]

export async function writeInputs(folder) {
  const written = []
  await rm(folder, {recursive: true, force: true})
  for (const size of technicalSizes) {
    const dir = path.join(folder, `t${size}`)
    await mkdir(dir, {recursive: true})
    const {text, figures, formulas: count, listings} = technical(size)
    await writeFile(path.join(dir, '2006.md'), text)
    await writeFile(path.join(dir, 'figure.svg'), figureSvg)
  }
  for (const size of sizes) {
    const {old, new: now, provisions} = generate(size)
    const dir = path.join(folder, `p${size}`)
    await mkdir(dir, {recursive: true})
    await writeFile(path.join(dir, '2006.md'), old)
    await writeFile(path.join(dir, '2007.md'), now)
    written.push({size, provisions, dir, bytes: Buffer.byteLength(old)})
  }
  return written
}

/** Writes a library of `count` standards; with `twins`, each has its edited twin as a second edition. */
export async function writeLibrary(folder, count, size, twins = false) {
  await rm(folder, {recursive: true, force: true})
  for (const item of library(count, size)) {
    const dir = path.join(folder, item.slug)
    await mkdir(dir, {recursive: true})
    await writeFile(path.join(dir, '2006.md'), item.old)
    if (twins) await writeFile(path.join(dir, '2007.md'), item.new)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const folder = path.resolve(process.argv[2] ?? path.join(root, 'out/bench/inputs'))
  for (const item of await writeInputs(folder)) console.log(`${path.relative(root, item.dir)}: ${item.provisions} provisions, ${(item.bytes / 1024).toFixed(0)} KiB`)
}
