export {CliError, exitCodes} from './lib/errors.js'
export {main} from './lib/main.js'
export type {Io} from './lib/io.js'
export {startPreview} from './lib/commands/serve.js'
