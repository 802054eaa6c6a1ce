import {it} from 'vitest'
import {readFileSync, writeFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {importDocx} from '../lib/import.js'
const corpus = join(import.meta.dirname, '../../../test/fixtures/import')
it('corpus', async () => {
  for (const name of readdirSync(corpus).sort()) {
    const r = await importDocx(new Uint8Array(readFileSync(join(corpus, name, 'document.docx'))))
    writeFileSync(`/tmp/recognise-lo/corpus-${name}.md`, r.source)
    console.log(`== ${name} ${r.messages.map((m) => `${m.rule}:${m.place?.words ?? ''}`).join(' | ')}`)
  }
}, 60000)
