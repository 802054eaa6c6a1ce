import {describe, expect, it} from 'vitest'
import {checkTex, typeset} from '@stdkit/math'

describe('typeset', () => {
  it('gives MathML with the TeX as alternative text, and an SVG of paths with its metrics in ems', () => {
    const result = typeset('R = \\frac{U}{I}', true)
    expect(result.mathml).toMatch(/^<math alttext="R = \\frac\{U\}\{I\}" xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block"><mi>R<\/mi><mo>=<\/mo><mfrac><mi>U<\/mi><mi>I<\/mi><\/mfrac><\/math>$/u)
    expect(result.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="[\d.]+em" height="[\d.]+em" viewBox="[-\d. ]+">/u)
    expect(result.svg).toContain('<path')
    expect(result.svg).not.toContain('<text')
    // A fraction stands above and below the baseline.
    expect(result.height).toBeGreaterThan(0.9)
    expect(result.depth).toBeGreaterThan(0.4)
    expect(result.width).toBeGreaterThan(2)
  })

  it('sets inline formulas inline, and fonts loaded on demand (double-struck, script) without waiting', () => {
    expect(typeset('U_0', false).mathml).toContain('<msub><mi>U</mi><mn>0</mn></msub>')
    expect(typeset('U_0', false).mathml).not.toContain('display="block"')
    expect(typeset('\\mathbb{R} \\approx \\mathscr{L}', true).svg).toContain('<path')
  })

  it('keeps text outside the math font as text, to be drawn in the text face', () => {
    expect(typeset('\\text{电压} = 1', true).svg).toMatch(/<text[^>]*>电压<\/text>/u)
  })

  it('escapes the TeX in the alternative text', () => {
    expect(typeset('a < b \\& "c"', false).mathml).toContain('alttext="a &lt; b \\&amp; &quot;c&quot;"')
  })

  it('is deterministic and typesets each formula once', () => {
    const first = typeset('\\sum_{i=1}^{n} x_i^2', true)
    expect(typeset('\\sum_{i=1}^{n} x_i^2', true)).toBe(first)
    expect(typeset('\\sum_{i=1}^{n} x_i^2', false)).not.toBe(first)
  })

  it('says why a formula does not compile', () => {
    expect(checkTex('\\frac{1}{')).toBe('Missing close brace')
    expect(checkTex('\\foo x')).toBe('Undefined control sequence \\foo')
    expect(checkTex('x^2')).toBeUndefined()
    expect(() => typeset('\\frac{1}{', true)).toThrow('Missing close brace')
  })
})
