/**
 * Printed forms of the labels GB/T 1.1 gives elements, in the form the
 * source used: the Markdown writer, the pages and the PDFs print them from
 * here, so a 2020-style `（规范性）` is never printed as `（规范性附录）`.
 */
import type {Appendix} from './types.js'

/** An appendix's status as printed after its letter: `（规范性附录）` (2000 and 2009), `（规范性）` (2020), or nothing. */
export function appendixStatusLabel(node: Pick<Appendix, 'status' | 'labelStyle'>): string {
  if (node.status === undefined) return ''
  return `（${node.status === 'normative' ? '规范性' : '资料性'}${node.labelStyle === 'gbt-2020' ? '' : '附录'}）`
}
