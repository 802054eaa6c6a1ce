/**
 * Word math (OMML) as TeX, by two well-kept libraries rather than a converter
 * of our own: `omml2mathml` (a port of the XSLT Office ships) turns OMML into
 * MathML, `mathml-to-latex` turns that into TeX. Both are loaded on the first
 * formula only, so a document without one does not pay for them.
 */
import {createRequire, Module} from 'node:module'
import {serialize, textOf, type XmlElement} from './xml.js'

const require = createRequire(import.meta.url)

interface Converters {
  parse: (xml: string) => unknown
  toMathml: (element: unknown) => unknown
  serialize: (element: unknown) => string
  toTex: (mathml: string) => string
}

let converters: Converters | undefined

function load(): Converters {
  if (converters === undefined) {
    const {DOMImplementation, DOMParser, XMLSerializer} = require('@xmldom/xmldom') as typeof import('@xmldom/xmldom')
    // omml2mathml builds its MathML with the DOM that `get-dom` gives it, jsdom in Node; it needs only a
    // document to create elements in, which xmldom (already here to read the OMML) makes without jsdom.
    const converterPath = require.resolve('omml2mathml')
    const getDom = createRequire(converterPath).resolve('get-dom')
    if (require.cache[getDom] === undefined) {
      const shim = new Module(getDom)
      shim.filename = getDom
      shim.loaded = true
      shim.exports = {implementation: () => new DOMImplementation(), document: () => new DOMImplementation().createHTMLDocument('')}
      require.cache[getDom] = shim
    }
    const omml2mathml = require(converterPath) as (element: unknown) => unknown
    const {MathMLToLaTeX} = require('mathml-to-latex') as typeof import('mathml-to-latex')
    converters = {
      parse: (xml) => new DOMParser().parseFromString(xml, 'text/xml').documentElement,
      toMathml: omml2mathml,
      serialize: (element) => new XMLSerializer().serializeToString(element as Parameters<InstanceType<typeof XMLSerializer>['serializeToString']>[0]),
      toTex: (mathml) => MathMLToLaTeX.convert(mathml)
    }
  }
  return converters
}

/** An `m:oMath` as TeX; when the libraries cannot read it, its plain text. */
export function ommlToTex(oMath: XmlElement): string {
  try {
    const converter = load()
    const tex = converter
      .toTex(converter.serialize(converter.toMathml(converter.parse(serialize(oMath)))))
      .replace(/\s+/g, ' ')
      .trim()
      // Chinese words come out a letter at a time (`鸵 鸟`): written as the text they are.
      .replace(/[\u3000-\u9fff\uff00-\uffef](?:\s*[\u3000-\u9fff\uff00-\uffef])*/g, (words, offset: number, whole: string) =>
        /\\(?:text|textrm|mathrm|mbox|operatorname)\{[^{}]*$/.test(whole.slice(0, offset)) ? words : `\\text{${words.replace(/\s+/g, '')}}`
      )
    if (tex !== '') return tex
  } catch {
    // Fall through to the formula's text.
  }
  return textOf(oMath).trim()
}
