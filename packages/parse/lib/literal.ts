/**
 * What a standard's source means literally. Raw HTML is never meaningful in a
 * standard, and angle brackets are ordinary text there: a placeholder in a
 * table cell (`keyspace@<db>`), an XML element in a listing or a paragraph
 * (`<xs:complexType>`). So Markdown's raw HTML (blocks and inline) and its
 * autolinks (`<scheme:…>`) are not read at all: the brackets and what they
 * hold stay text, where they are, without a message. Underscores are text
 * too (`__keyspace@<db>__`, `max_connections`): a standard carries no inline
 * formatting, and only `*` is taken for Markdown's emphasis.
 */
import type {Root} from 'mdast'
import type {} from 'remark-parse'
import type {Data, Plugin} from 'unified'

type Extension = NonNullable<Data['micromarkExtensions']>[number]
type Construct = Extract<NonNullable<NonNullable<Extension['text']>[number]>, {tokenize: unknown}>

const underscore = 95

/** A run of underscores, read as text before emphasis could take it. */
const underscores: Construct = {
  name: 'literalUnderscore',
  tokenize(effects, ok) {
    const more: ReturnType<Construct['tokenize']> = (code) => {
      if (code === underscore) {
        effects.consume(code)
        return more
      }
      effects.exit('data')
      return ok(code)
    }
    return (code) => {
      effects.enter('data')
      effects.consume(code)
      return more
    }
  }
}

const literal: Extension = {
  disable: {null: ['htmlFlow', 'htmlText', 'autolink']},
  text: {[underscore]: {...underscores, add: 'before'}}
}

export const remarkLiteral: Plugin<[], Root> = function () {
  ;(this.data().micromarkExtensions ??= []).push(literal)
}
