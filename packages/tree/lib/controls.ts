/**
 * Control characters in text that reaches a terminal. A source (or a file
 * name, or an argument) holding ESC or an OSC sequence would otherwise move
 * the cursor, retitle the window or hide text when a message or a redline
 * quotes it.
 */

/**
 * The C0 controls other than tab, line feed and carriage return, DEL and the
 * C1 controls: the characters a source has no business holding.
 */
export const controlCharacterPattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu

/** What `escapeControls` escapes: the characters above and carriage return, which would overwrite a line. */
const shown = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu

/**
 * `text` with every control character but tab and line feed written as a
 * JavaScript escape (`\u001b`): visible, unambiguous about which character
 * it was, and inside a JSON string the same character again.
 */
export function escapeControls(text: string): string {
  return text.replace(shown, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
