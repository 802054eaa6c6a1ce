import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {breakLines, units, type Run, type Style} from '@stdkit/pdf'

const style: Style = {face: 'serif', size: 10}
// Every character one em wide, so line contents are easy to reason about.
const measure = (text: string) => [...text].length * 10
const closing = [...'，。、；：？！）」』》〉】”’…']
const opening = [...'（「『《〈【“‘']

const text = (lines: ReturnType<typeof breakLines>) => lines.map((line) => line.pieces.map((piece) => piece.text).join(''))

describe('units', () => {
  it('keeps a standard number, a Latin word and a number whole', () => {
    const cut = units([{text: '按Q/ZX 75.1861–2007和TL9000的3.0版本', style}]).map((unit) => unit.tokens.map((token) => token.text).join(''))
    expect(cut).toEqual(['按', 'Q/ZX 75.1861–2007', '和', 'TL9000', '的', '3.0', '版', '本'])
  })

  it('sticks closing punctuation to what precedes it and opening punctuation to what follows', () => {
    const cut = units([{text: '见《规程》，（见5.2）。', style}]).map((unit) => unit.tokens.map((token) => token.text).join(''))
    expect(cut).toEqual(['见', '《规', '程》，', '（见', '5.2）。'])
  })
})

describe('breakLines', () => {
  it('fills lines up to the width', () => {
    expect(text(breakLines([{text: '一二三四五六七八九十', style}], 40, measure))).toEqual(['一二三四', '五六七八', '九十'])
  })

  it('never starts a line with closing punctuation', () => {
    expect(text(breakLines([{text: '一二三四，五六', style}], 40, measure))).toEqual(['一二三', '四，五六'])
  })

  it('never breaks inside a standard number', () => {
    const lines = text(breakLines([{text: '本标准代替Q/ZX 75.1861–2006。', style}], 200, measure))
    expect(lines.some((line) => line.includes('Q/ZX 75.1861–2006。'))).toBe(true)
  })

  it('honours the rules on any text', () => {
    const pool = ['现', '场', '服', '务', 'a', 'bc', '12', ' ', ...closing, ...opening, 'Q/ZX 75.1861–2007']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), {minLength: 1, maxLength: 80}), fc.integer({min: 30, max: 400}), (parts, width) => {
        const source = parts.join('')
        const runs: Array<Run> = [{text: source, style}]
        const lines = text(breakLines(runs, width, measure))
        // Nothing is lost but spaces at line ends.
        expect(lines.join('').replace(/\s/gu, '')).toBe(source.replace(/\s/gu, ''))
        lines.forEach((line, index) => {
          if (index > 0) expect(closing).not.toContain([...line][0])
          if (index < lines.length - 1) expect(opening).not.toContain([...line].at(-1))
        })
        if (source.includes('Q/ZX 75.1861–2007') && width >= 300) expect(lines.some((line) => line.includes('Q/ZX 75.1861–2007'))).toBe(true)
      }),
      {numRuns: 300, seed: 2007}
    )
  })
})
