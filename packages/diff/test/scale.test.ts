/**
 * The differ's work grows with its input, not with the pairs of provisions:
 * two unrelated editions written in one vocabulary, where nearly every pair
 * of provisions shares its rarest bigrams, are compared in a moment.
 */
import {describe, expect, it} from 'vitest'
import {diffEditions} from '@stdkit/diff'
import {parse} from './helpers.js'

const vocabulary = ['设备', '机房', '检查', '记录', '确认', '工程', '人员', '现场', '告警', '数据', '备份', '测试', '上报', '审核', '维护', '电源', '软件', '版本', '用户', '服务', '方案', '割接', '验收', '培训']

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function paragraph(next: () => number, words: number): string {
  return `${Array.from({length: words}, () => vocabulary[Math.floor(next() * vocabulary.length)]).join('')}。`
}

/** An edition whose clauses `chapter`.1 … are paragraphs of the vocabulary; `extra` is one more clause's text. */
function edition(seed: number, chapter: number, clauses: number, extra: string): string {
  const next = random(seed)
  const body = Array.from({length: clauses}, (_, index) => `### ${chapter}.${index + 1} 条款${seed}号${index + 1}\n\n${paragraph(next, 200)}\n`)
  body.push(`### ${chapter}.${clauses + 1} 条款${seed}号附加\n\n${extra}\n`)
  const chapters = chapter === 4 ? `## 4 要求\n\n${body.join('\n')}` : `## 4 总则\n\n本章说明总则。\n\n## 5 规定\n\n${body.join('\n')}`
  return `---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 前言\n\n本标准规定示例。\n\n# 示例\n\n## 1 范围\n\n本标准适用于示例。\n\n${chapters}`
}

describe('the similarity pass', () => {
  // Every pair was a candidate and was scored: 600 clauses a side took about a minute.
  it('compares unrelated editions sharing a vocabulary, and still finds a moved clause', () => {
    const moved = paragraph(random(7), 200)
    const old = parse(edition(1, 4, 600, moved), 'x/2019.md')
    const now = parse(edition(2, 5, 600, moved), 'x/2020.md')
    const diff = diffEditions(old, now)
    const sides = (side: 'old' | 'new') => diff.provisions.flatMap((change) => (change[side] ? [change[side].number] : []))
    expect(sides('old')).toHaveLength(new Set(sides('old')).size)
    expect(sides('new')).toHaveLength(new Set(sides('new')).size)
    expect(sides('old')).toHaveLength(604)
    expect(sides('new')).toHaveLength(605)
    const found = diff.provisions.find((change) => change.old?.number === '4.601')
    expect(found?.new?.number).toBe('5.601')
    expect(found?.match).toBe('similarity')
    for (const change of diff.provisions) if (change.match === 'similarity') expect(change.similarity).toBeGreaterThanOrEqual(0.6)
  }, 30_000)
})
