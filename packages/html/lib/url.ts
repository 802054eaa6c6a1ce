/** Links between the files of the output: relative URLs, their segments encoded. */
import path from 'node:path'

/**
 * A relative URL from one file of the output to another (both paths relative
 * to the output folder). Each segment is percent-encoded, so a folder named
 * `javascript:alert(1)`, `a#b`, `a?b` or `100%` is a path to that folder and
 * never a scheme, a fragment, a query or an escape.
 */
export function relative(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to).split('/').map(encodeURIComponent).join('/')
}
