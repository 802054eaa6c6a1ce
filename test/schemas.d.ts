import type {Ajv2020, ValidateFunction} from 'ajv/dist/2020.js'

/** One Ajv 2020 instance, strict, formats in full mode, stopping at the first error. */
export declare function ajv(): Ajv2020
/** A validator of `schema`, compiled once. */
export declare function validator(schema: Record<string, unknown>): ValidateFunction
/** The errors of `document` against `schema`, each as `path: message`; empty when it validates. */
export declare function schemaErrors(schema: Record<string, unknown>, document: unknown): Array<string>
