import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import {readDocx} from '@stdkit/import'
const t = performance.now()
const doc = readDocx(new Uint8Array(readFileSync('packages/import/test/fixtures/libreoffice/objects.docx')))
console.log(Math.round(performance.now() - t), 'ms')
const require = createRequire(import.meta.url)
console.log('jsdom loaded:', Object.keys(require.cache).filter((k) => k.includes('jsdom')).length)
