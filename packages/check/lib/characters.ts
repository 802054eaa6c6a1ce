/** Control characters in a source: invisible in an editor, acted on by a terminal that shows a message quoting them. */
import {controlCharacterPattern} from '@stdkit/tree'
import {messages} from '@stdkit/messages'
import type {EditionRule} from './rule.js'

export const controlCharacter: EditionRule = {
  scope: 'edition',
  id: 'control-character',
  severity: 'error',
  get description() {
    return messages().checker['control-character'].description
  },
  check({file}, say) {
    // The source as parsed, line ends normalised; a tree built without one has nothing to look at.
    if (typeof file.value !== 'string') return
    let line = 0
    for (const text of file.value.split('\n')) {
      line++
      const found = [...text.matchAll(controlCharacterPattern)].filter((match) => match[0] !== '\u0000')
      const [first] = found
      if (!first) continue
      const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
      say(file, messages().checker['control-character'].found({code, count: found.length}), {line, column: first.index + 1})
    }
  }
}
