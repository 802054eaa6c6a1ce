/**
 * Formulas as MathML 3 in the `mml:` namespace prefix the NISO STS DTD
 * declares, from the same TeX the other outputs typeset: MathJax (through
 * @stdkit/math) reads the TeX into MathML, which is parsed back into an xast
 * tree (xast-util-from-xml) to be prefixed and stripped of MathJax's own
 * `data-*` attributes, which the DTD does not know.
 */
import type {Element, ElementContent} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {typeset} from '@stdkit/math'

const prefix = 'mml'
export const mathmlNamespace = 'http://www.w3.org/1998/Math/MathML'

const converted = new Map<string, Element | undefined>()

/** A formula's `mml:math` element, or undefined when its TeX does not compile. */
export function mathml(tex: string, display: boolean): Element | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`
  if (!converted.has(key)) {
    let element: Element | undefined
    try {
      const root = fromXml(typeset(tex, display).mathml)
      const math = root.children.find((child): child is Element => child.type === 'element')
      element = math === undefined ? undefined : prefixed(math)
    } catch {
      element = undefined
    }
    converted.set(key, element)
  }
  const element = converted.get(key)
  // Each use gets its own copy: a tree is serialised once, but never shares nodes.
  return element === undefined ? undefined : structuredClone(element)
}

/** The element and its descendants in the `mml:` prefix, without namespace declarations (the root declares it) or `data-` attributes. */
function prefixed(element: Element): Element {
  const attributes: Record<string, string> = {}
  for (const [name, value] of Object.entries(element.attributes ?? {})) {
    if (name === 'xmlns' || name.startsWith('data-') || value === null || value === undefined) continue
    attributes[name] = String(value)
  }
  const children: Array<ElementContent> = element.children.map((child) => (child.type === 'element' ? prefixed(child) : child))
  return {type: 'element', name: `${prefix}:${element.name}`, attributes, children}
}
