import {expectTypeOf, test} from 'vitest'
import type {
  BlockContentMap,
  ClauseContentMap,
  Content,
  ForewordContentMap,
  Handlers,
  Note,
  Paragraph,
  PhrasingContent,
  PhrasingContentMap,
  StandardContentMap
} from '@stdkit/tree'

/** A node type as a later one added to a content map would be. */
interface Probe {
  type: 'probe'
  value: string
}

const phrasing = {
  text: () => '',
  crossReference: () => '',
  standardReference: () => '',
  inlineMath: () => '',
  footnote: () => '',
  superscript: () => '',
  subscript: () => '',
  emphasis: () => '',
  strong: () => '',
  break: () => ''
}

test('writers handle every type of every content map', () => {
  expectTypeOf<Content['type']>().toEqualTypeOf<
    keyof StandardContentMap | keyof BlockContentMap | keyof ClauseContentMap | keyof ForewordContentMap | keyof PhrasingContentMap
  >()
})

test('a handler is given the node of its type', () => {
  expectTypeOf<Handlers<Content, undefined, string>['paragraph']>().parameter(0).toEqualTypeOf<Paragraph>()
  expectTypeOf<Handlers<Content, undefined, string>['note']>().parameter(0).toEqualTypeOf<Note>()
  expectTypeOf<Handlers<Content | Probe, undefined, string>['probe']>().parameter(0).toEqualTypeOf<Probe>()
})

test('a table that lacks a node type does not compile', () => {
  expectTypeOf(phrasing).toExtend<Handlers<PhrasingContent, undefined, string>>()
  // @ts-expect-error: `probe` has no handler.
  expectTypeOf(phrasing satisfies Handlers<PhrasingContent | Probe, undefined, string>).toBeObject()
})
