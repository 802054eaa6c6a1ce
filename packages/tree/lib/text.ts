import type {Nodes} from './types.js'

/**
 * The plain text of a node: the values of its text descendants, joined.
 * Cross-references and standard references contribute their printed text.
 */
export function toText(node: Nodes | ReadonlyArray<Nodes>): string {
  if (Array.isArray(node)) return node.map((child: Nodes) => toText(child)).join('')
  const one = node as Nodes
  if ('value' in one && typeof one.value === 'string') return one.value
  if ('children' in one) return toText(one.children as ReadonlyArray<Nodes>)
  return ''
}
