/** The repository's root folder, with a trailing separator. */
export declare const repository: string
/** The editions of the library, as paths below `standards/`. */
export declare const libraryEditions: ReadonlyArray<string>
/** The rows of the reporter's text, each as `file:line:column severity reason rule source`. */
export declare function reportedRows(stderr: string): Array<string>
/** Copies the library's editions into `folder/standards/`; returns `folder`. */
export declare function copyEditions(folder: string): string
/** A new scratch folder holding a copy of the library's `standards/`. */
export declare function copyLibrary(prefix?: string): string

/** The technical standard's editions, as paths below `standards/`. */
export declare const technicalEditions: ReadonlyArray<string>
/** Every comparison the build makes of these editions: each pair of a standard's editions, older first. */
export declare function comparisonsOf(editions: ReadonlyArray<string>): Array<[string, string]>
