/**
 * Formulas as Word math (OMML), from the same TeX the other editions typeset:
 * MathJax (through @stdkit/math) reads the TeX into MathML, and `mathml2omml`
 * (a maintained JavaScript port of the MathML → OMML mapping Word itself
 * applies with its MML2OMML.XSL, so no XSLT processor is needed) writes it as
 * `m:oMath`, which Word and LibreOffice edit as equations.
 */
import {ImportedXmlComponent, type ParagraphChild} from 'docx'
import {mml2omml} from 'mathml2omml'
import {typeset} from '@stdkit/math'

const converted = new Map<string, string | undefined>()

/** A formula's `m:oMath` element, or undefined when its TeX does not compile or convert. */
export function omml(tex: string, display: boolean): string | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`
  if (converted.has(key)) return converted.get(key)
  let xml: string | undefined
  try {
    const result = mml2omml(typeset(tex, display).mathml)
    // The namespaces are the document's own: declared once on its root.
    xml = /^<m:oMath[\s>]/u.test(result) ? result.replace(/^<m:oMath[^>]*>/u, '<m:oMath>') : undefined
  } catch {
    xml = undefined
  }
  converted.set(key, xml)
  return xml
}

/** An `m:oMath` (or `m:oMathPara` around it) as a paragraph's child. */
export const mathRun = (xml: string, paragraph = false): ParagraphChild =>
  ImportedXmlComponent.fromXmlString(paragraph ? `<m:oMathPara>${xml}</m:oMathPara>` : xml) as unknown as ParagraphChild
