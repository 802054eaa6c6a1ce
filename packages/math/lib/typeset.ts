/**
 * Formulas, typeset by MathJax (TeX input with the AMS packages, MathJax's own
 * New Computer Modern font): MathML for pages, which browsers and screen
 * readers read without a script, and SVG paths for the PDF, drawn as vectors.
 * MathJax is loaded on the first formula only, so a standard without formulas
 * does not pay for it; each distinct formula is typeset once per process.
 */
import {createRequire} from 'node:module'
import type {MathDocument} from '@mathjax/src/js/core/MathDocument.js'
import type {LiteElement} from '@mathjax/src/js/adaptors/lite/Element.js'
import type {LiteDocument} from '@mathjax/src/js/adaptors/lite/Document.js'
import type {LiteText} from '@mathjax/src/js/adaptors/lite/Text.js'
import type {LiteAdaptor} from '@mathjax/src/js/adaptors/liteAdaptor.js'
import type {MmlNode} from '@mathjax/src/js/core/MmlTree/MmlNode.js'

/** A formula typeset. Lengths are in ems of the surrounding text. */
export interface Typeset {
  /** A `<math>` element (`display="block"` for a display formula), its TeX as `alttext`. */
  mathml: string
  /** A stand-alone `<svg>` of the formula, glyphs as paths (`currentColor`), text outside the math font as `<text>`. */
  svg: string
  /** Width. */
  width: number
  /** Height above the baseline. */
  height: number
  /** Depth below the baseline. */
  depth: number
}

type Document = MathDocument<LiteElement, LiteText, LiteDocument>

interface Engine {
  document: Document
  adaptor: LiteAdaptor
  serialize: (node: MmlNode) => string
  /** `STATE.CONVERT`: the stage after which a conversion yields the MathML tree. */
  converted: number
}

let engine: Engine | undefined

function load(): Engine {
  if (engine) return engine
  const require = createRequire(import.meta.url)
  const {mathjax} = require('@mathjax/src/cjs/mathjax.js') as typeof import('@mathjax/src/js/mathjax.js')
  // Font data MathJax loads on demand (double-struck, script …) is read synchronously from the font package.
  require('@mathjax/src/cjs/util/asyncLoad/node.js')
  const {TeX} = require('@mathjax/src/cjs/input/tex.js') as typeof import('@mathjax/src/js/input/tex.js')
  const {SVG} = require('@mathjax/src/cjs/output/svg.js') as typeof import('@mathjax/src/js/output/svg.js')
  const {liteAdaptor} = require('@mathjax/src/cjs/adaptors/liteAdaptor.js') as typeof import('@mathjax/src/js/adaptors/liteAdaptor.js')
  const {RegisterHTMLHandler} = require('@mathjax/src/cjs/handlers/html.js') as typeof import('@mathjax/src/js/handlers/html.js')
  const {SerializedMmlVisitor} = require('@mathjax/src/cjs/core/MmlTree/SerializedMmlVisitor.js') as typeof import('@mathjax/src/js/core/MmlTree/SerializedMmlVisitor.js')
  const {STATE} = require('@mathjax/src/cjs/core/MathItem.js') as typeof import('@mathjax/src/js/core/MathItem.js')
  require('@mathjax/src/cjs/input/tex/base/BaseConfiguration.js')
  require('@mathjax/src/cjs/input/tex/ams/AmsConfiguration.js')
  const adaptor = liteAdaptor()
  RegisterHTMLHandler(adaptor)
  const tex = new TeX({
    packages: ['base', 'ams'],
    // A formula that does not compile is the author's error to report, never a red box in the output.
    formatError: (_jax: unknown, error: Error) => {
      throw error
    }
  })
  const document = mathjax.document('', {InputJax: tex, OutputJax: new SVG({fontCache: 'none'})}) as Document
  const visitor = new SerializedMmlVisitor()
  engine = {document, adaptor, serialize: (node) => visitor.visitTree(node), converted: STATE.CONVERT as number}
  return engine
}

const typesetCache = new Map<string, Typeset>()
const checked = new Map<string, string | undefined>()

/** Typesets a formula written in TeX (`R = \frac{U}{I}`); throws when it does not compile (see `checkTex`). */
export function typeset(tex: string, display: boolean): Typeset {
  const key = `${display ? 'D' : 'I'}${tex}`
  const cached = typesetCache.get(key)
  if (cached) return cached
  const {document, adaptor, serialize, converted} = load()
  let container: LiteElement
  try {
    container = document.convert(tex, {display}) as LiteElement
  } catch (error) {
    throw new Error(reasonOf(error), {cause: error})
  }
  const svgElement = adaptor.firstChild(container) as LiteElement
  const viewBox = (adaptor.getAttribute(svgElement, 'viewBox') ?? '0 0 0 0').split(/\s+/u).map(Number)
  const [, minY = 0, width = 0, height = 0] = viewBox
  for (const name of ['style', 'role', 'focusable']) adaptor.removeAttribute(svgElement, name)
  adaptor.setAttribute(svgElement, 'width', em(width))
  adaptor.setAttribute(svgElement, 'height', em(height))
  const svg = adaptor.outerHTML(svgElement)
  const mathml = compactMathml(serialize(document.convert(tex, {display, end: converted}) as MmlNode), tex)
  const result: Typeset = {mathml, svg, width: width / 1000, height: -minY / 1000, depth: (height + minY) / 1000}
  typesetCache.set(key, result)
  return result
}

/** The reason a formula does not compile (`Missing close brace`, `Undefined control sequence \foo`), or undefined. */
export function checkTex(tex: string): string | undefined {
  if (checked.has(tex)) return checked.get(tex)
  let reason: string | undefined
  try {
    const {document, converted} = load()
    document.convert(tex, {display: true, end: converted})
  } catch (error) {
    reason = reasonOf(error)
  }
  checked.set(tex, reason)
  return reason
}

/** MathJax's TeX errors are not `Error`s, but carry a message. */
function reasonOf(error: unknown): string {
  const message = (error as {message?: unknown} | undefined)?.message
  return typeof message === 'string' ? message : String(error)
}

const em = (units: number): string => `${Number((units / 1000).toFixed(3))}em`

const escapeAttribute = (value: string): string => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;')

/** MathML on one line, without MathJax's per-node `data-latex`, the whole formula's TeX as `alttext`. */
function compactMathml(mathml: string, tex: string): string {
  return mathml
    .replace(/ data-latex(?:-item)?="[^"]*"/gu, '')
    .replace(/>\s+</gu, '><')
    .replace(/^<math /u, `<math alttext="${escapeAttribute(tex)}" `)
    .trim()
}
