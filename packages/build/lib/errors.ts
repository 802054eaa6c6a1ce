/** The errors a build throws on purpose, each with a message for the user. */

/** Thrown for a build that is asked for something it cannot do: an edition the library does not have, an output folder it may not replace. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BuildError'
  }
}

/**
 * Thrown when the output folder cannot be written (a full or read-only disk,
 * a file in the way) or is held by another build. The output is left as it
 * was; `code` and `path` are those of the system's error, when there is one.
 */
export class OutputError extends Error {
  readonly code: string | undefined
  readonly path: string | undefined

  constructor(message: string, options: {code?: string | undefined; path?: string | undefined; cause?: unknown} = {}) {
    super(message, {cause: options.cause})
    this.name = 'OutputError'
    this.code = options.code
    this.path = options.path
  }
}
