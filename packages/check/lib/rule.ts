import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {messages} from '@stdkit/messages'
import {report, type CitableEdition, type Severity, type Standard} from '@stdkit/tree'

/** Every edition of every standard a check can look documents up in, standard by standard, oldest first. */
export type CheckLibrary = ReadonlyArray<ReadonlyArray<CitableEdition>>

/** Whether a formula's LaTeX compiles: the error message when it does not (`checkTex` of `@stdkit/math`). */
export type TexCheck = (tex: string) => string | undefined

/** One edition: its tree and the file its diagnostics go to. */
export interface Edition {
  readonly tree: Standard
  readonly file: VFile
  /** The library the edition's references to other standards are looked up in, when it is checked within one. */
  readonly library?: CheckLibrary | undefined
  /** How formulas are compiled (`formula`); `checkTex` of `@stdkit/math` by default. */
  readonly checkTex?: TexCheck | undefined
}

/** What a check is given besides the editions. */
export interface CheckOptions {
  /** The library the normative references are looked up in (`normative-reference`). */
  readonly library?: CheckLibrary | undefined
  /** How formulas are compiled (`formula`); `checkTex` of `@stdkit/math` by default. */
  readonly checkTex?: TexCheck | undefined
}

/** A drafting rule, documented for users (`stdkit check --rules` and the README list these). */
export interface RuleInfo {
  /** Rule id, printed with every message: `clause-numbering`. */
  readonly id: string
  /** Severity of its messages; some rules soften to a warning on draft editions. */
  readonly severity: Severity
  /** What it checks, in plain words. */
  readonly description: string
}

/** A rule over one edition. */
export interface EditionRule extends RuleInfo {
  readonly scope: 'edition'
  check(edition: Edition, say: Say): void
}

/** A rule over all editions of one standard, oldest first. */
export interface HistoryRule extends RuleInfo {
  readonly scope: 'history'
  check(editions: ReadonlyArray<Edition>, say: Say): void
}

export type Rule = EditionRule | HistoryRule

/** Reports a finding of the current rule on a file. */
export type Say = (file: VFile, reason: string, place: Position | Point | undefined, severity?: Severity) => void

/** Rules whose errors are only warnings in a draft, which is still being written. */
export const softenedInDrafts: ReadonlySet<string> = new Set(['placeholder', 'foreword-history', 'edition-history'])

/** The `say` of one rule: its id and default severity are filled in; `draft` tells a draft's file. */
export function sayFor(rule: RuleInfo, draft: (file: VFile) => boolean = () => false): Say {
  return (file, reason, place, severity = rule.severity) => {
    const softened = severity === 'error' && softenedInDrafts.has(rule.id) && draft(file)
    report(file, softened ? 'warning' : severity, softened ? messages().checker.draft({reason}) : reason, place, rule.id)
  }
}

/** The start of a node, which is where a message about it points (its heading, its first line). */
export function startOf(node: {position?: Position | undefined} | undefined): Point | undefined {
  return node?.position?.start
}
