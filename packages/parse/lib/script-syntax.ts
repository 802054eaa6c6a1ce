/**
 * Superscript and subscript: `m^2^`, `10^-3^`, a table footnote's call `^a^`,
 * `H~2~O`. The text between the markers is kept as written (1 to 16
 * characters, no whitespace, no `^`, `~` or backslash). A subscript's opening
 * `~` must follow a character that is neither a digit nor whitespace, so that
 * a range `10~20 ℃` stays text; neither opens right after its own marker
 * (`~~text~~` is text). `\^` and `\~` are the literal characters.
 */
import type {Root} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {} from 'remark-parse'
import type {Data, Plugin} from 'unified'

type Extension = NonNullable<Data['micromarkExtensions']>[number]
type Construct = Extract<NonNullable<NonNullable<Extension['text']>[number]>, {tokenize: unknown}>

/** Markdown's node of a raised or lowered text, before the standard's tree takes it. */
export interface MdastScript {
  type: 'superscript' | 'subscript'
  value: string
  position?: import('unist').Position | undefined
}

declare module 'mdast' {
  interface PhrasingContentMap {
    superscript: MdastScript & {type: 'superscript'}
    subscript: MdastScript & {type: 'subscript'}
  }
  interface RootContentMap {
    superscript: MdastScript & {type: 'superscript'}
    subscript: MdastScript & {type: 'subscript'}
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    superscript: 'superscript'
    subscript: 'subscript'
    scriptMarker: 'scriptMarker'
    scriptValue: 'scriptValue'
  }
}

const caret = 94
const tilde = 126
const backslash = 92
const maximum = 16

/** Whether a character code is whitespace (micromark's negative codes are tabs, virtual spaces and line endings). */
function isSpace(code: number | null): boolean {
  return code === null || code < 0 || /\s/u.test(String.fromCharCode(code))
}

const isDigit = (code: number | null): boolean => code !== null && code >= 48 && code <= 57

function script(marker: number): Construct {
  const type = marker === caret ? 'superscript' : 'subscript'
  return {
    name: type,
    tokenize(effects, ok, nok) {
      const previous = this.previous
      let size = 0
      const inside: ReturnType<Construct['tokenize']> = (code) => {
        if (code === marker && size > 0) {
          effects.exit('scriptValue')
          effects.enter('scriptMarker')
          effects.consume(code)
          effects.exit('scriptMarker')
          effects.exit(type)
          return ok
        }
        if (isSpace(code) || code === caret || code === tilde || code === backslash || size >= maximum) return nok(code)
        effects.consume(code)
        size++
        return inside
      }
      return (code) => {
        if (previous === marker || (marker === tilde && (isSpace(previous) || isDigit(previous)))) return nok(code)
        effects.enter(type)
        effects.enter('scriptMarker')
        effects.consume(code)
        effects.exit('scriptMarker')
        effects.enter('scriptValue')
        return inside
      }
    }
  }
}

const syntax: Extension = {text: {[caret]: script(caret), [tilde]: script(tilde)}}

function enter(this: CompileContext, token: Token): void {
  this.enter({type: token.type as 'superscript', value: ''}, token)
}

function value(this: CompileContext, token: Token): void {
  const node = this.stack.at(-1) as unknown as MdastScript
  node.value = this.sliceSerialize(token)
}

function exit(this: CompileContext, token: Token): void {
  this.exit(token)
}

const fromMarkdown: FromMarkdownExtension = {
  enter: {superscript: enter, subscript: enter},
  exit: {superscript: exit, subscript: exit, scriptValue: value}
}

export const remarkScript: Plugin<[], Root> = function () {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(syntax)
  ;(data.fromMarkdownExtensions ??= []).push(fromMarkdown)
}
