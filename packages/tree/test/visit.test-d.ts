import {visit} from 'unist-util-visit'
import {expectTypeOf, test} from 'vitest'
import type {Appendix, Clause, CrossReference, Standard} from '@stdkit/tree'

declare const tree: Standard

test('visit narrows to the node types of the standard tree', () => {
  visit(tree, 'clause', (node) => {
    expectTypeOf(node).toEqualTypeOf<Clause>()
    expectTypeOf(node.number).toEqualTypeOf<string>()
  })
  visit(tree, 'appendix', (node) => {
    expectTypeOf(node).toEqualTypeOf<Appendix>()
  })
  visit(tree, 'crossReference', (node) => {
    expectTypeOf(node).toEqualTypeOf<CrossReference>()
    expectTypeOf(node.targetId).toEqualTypeOf<string | undefined>()
  })
})
