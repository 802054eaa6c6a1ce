import type {Standard} from '@stdkit/tree'
import type {Plugin} from 'unified'
import {toJson, type Options} from './to-json.js'

/**
 * Unified compiler plugin: the standard tree as the JSON `toJson` gives and
 * `stdkit build` writes, so that
 * `unified().use(remarkParse).use(stdkitPreset).use(stdkitJson).process(source)`
 * turns a source into its published document.
 */
export const stdkitJson: Plugin<[(Readonly<Options> | null | undefined)?], Standard, string> = function (options) {
  this.compiler = (tree) => toJson(tree as Standard, options)
}
