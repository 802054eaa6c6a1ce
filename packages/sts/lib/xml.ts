/**
 * Building xast elements tersely, as xastscript does, but with children given
 * as nested arrays, optional pieces left out as `undefined`, `false` or `[]`,
 * and attributes without a value dropped: the handlers build optional labels,
 * titles and feet inline.
 */
import type {Element, ElementContent} from 'xast'

export type Child = ElementContent | string | undefined | false | ReadonlyArray<Child>
export type Attributes = Readonly<Record<string, string | undefined>>

/** An element: `x('sec', {id}, [label, title, …])`, or `x('p', 'text')` without attributes. */
export function x(name: string, attributes?: Attributes | Child, ...children: Array<Child>): Element {
  const given = isAttributes(attributes) ? attributes : undefined
  const kids = isAttributes(attributes) ? children : [attributes, ...children]
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(given ?? {})) if (value !== undefined) out[key] = value
  return {type: 'element', name, attributes: out, children: flatten(kids)}
}

function isAttributes(value: Attributes | Child): value is Attributes {
  // Attributes may be called `type` or `value` as nodes' fields are: a node is told by its type, one of xast's.
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !nodeTypes.has((value as {type?: unknown}).type)
}

const nodeTypes = new Set<unknown>(['element', 'text', 'cdata', 'comment', 'instruction', 'doctype', 'raw'])

function flatten(children: ReadonlyArray<Child>): Array<ElementContent> {
  const out: Array<ElementContent> = []
  for (const child of children) {
    if (child === undefined || child === false) continue
    if (typeof child === 'string') out.push({type: 'text', value: child})
    else if (Array.isArray(child)) out.push(...flatten(child as ReadonlyArray<Child>))
    else out.push(child as ElementContent)
  }
  return out
}
