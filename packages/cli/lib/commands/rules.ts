import {messages} from '@stdkit/messages'
import type {Argv} from 'yargs'
import {exitCodes} from '../errors.js'
import type {Io} from '../io.js'

export const command = 'rules'
export const describe = () => messages().rules.describe

export function builder(yargs: Argv): Argv {
  return yargs
}

export async function handler(_: unknown, io: Io): Promise<number> {
  const {rules} = await import('@stdkit/check')
  const width = Math.max(...rules.map((rule) => rule.id.length))
  const {severity} = messages().reporter
  const words = rules.map((rule) => severity[rule.severity])
  const column = Math.max(...words.map((word) => word.length))
  rules.forEach((rule, index) => io.stdout(`${rule.id.padEnd(width)}  ${words[index]?.padEnd(column)}  ${rule.description}\n`))
  return exitCodes.ok
}
