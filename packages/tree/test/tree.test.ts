import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  anchorPattern,
  clauseId,
  controlCharacterPattern,
  eachNode,
  escapeControls,
  hasErrors,
  report,
  schemaId,
  schemaVersion,
  standardSchema,
  toText,
  type Nodes,
  type Paragraph
} from '@stdkit/tree'
import {visit} from 'unist-util-visit'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('ids', () => {
  it('derive from the number unless an anchor pins them', () => {
    expect(clauseId('4.2')).toBe('clause-4.2')
    expect(clauseId('4.2', 'service-etiquette')).toBe('service-etiquette')
  })

  it('accept only lower-case ASCII anchors', () => {
    expect(anchorPattern.test('drive-test-2')).toBe(true)
    expect(anchorPattern.test('Drive')).toBe(false)
    expect(anchorPattern.test('2-drive')).toBe(false)
    expect(anchorPattern.test('路测')).toBe(false)
  })
})

describe('report', () => {
  it('adds errors, warnings and infos as VFile messages with a rule id', () => {
    const file = new VFile()
    report(file, 'warning', 'w', {line: 2, column: 3}, 'rule-a')
    expect(hasErrors(file)).toBe(false)
    report(file, 'error', 'e', undefined, 'rule-b')
    report(file, 'info', 'i', undefined, 'rule-c')
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.source])).toEqual([
      ['rule-a', false, 'stdkit'],
      ['rule-b', true, 'stdkit'],
      ['rule-c', undefined, 'stdkit']
    ])
    expect(file.messages[0]?.line).toBe(2)
    expect(hasErrors(file)).toBe(true)
  })
})

describe('toText', () => {
  it('joins the text of phrasing, references included', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        {type: 'text', value: '见'},
        {type: 'crossReference', kind: 'clause', target: '5.2', children: [{type: 'text', value: '5.2'}]},
        {type: 'text', value: '。'}
      ]
    }
    expect(toText(paragraph)).toBe('见5.2。')
  })
})

describe('control characters', () => {
  it('are escaped as \\u escapes, tab and line feed kept, and read back the same from JSON', () => {
    const text = 'a\u001b]0;title\u0007b\r\u009bc\td\n\u007f'
    const escaped = escapeControls(text)
    expect(escaped).toBe('a\\u001b]0;title\\u0007b\\u000d\\u009bc\td\n\\u007f')
    expect(JSON.parse(`"${escapeControls(JSON.stringify(text).slice(1, -1))}"`)).toBe(text)
  })

  it('leave Chinese, full-width punctuation and other text alone', () => {
    expect(escapeControls('本标准适用于……（见4.2）Q/ZX 75.1861–2007')).toBe('本标准适用于……（见4.2）Q/ZX 75.1861–2007')
  })

  it('in a source are the C0 controls but tab, LF and CR, DEL and C1', () => {
    expect('\u0001\t\n\r\u000b\u001b\u007f\u0085 x'.match(controlCharacterPattern)).toEqual(['\u0001', '\u000b', '\u001b', '\u007f', '\u0085'])
  })
})

describe('eachNode', () => {
  const list: Nodes = {
    type: 'list',
    marker: 'letter',
    children: [
      {type: 'listItem', label: 'a', children: [{type: 'paragraph', children: [{type: 'text', value: '甲'}]}]},
      {type: 'listItem', label: 'b', children: [{type: 'paragraph', children: [{type: 'text', value: '乙'}, {type: 'crossReference', kind: 'clause', target: '5', children: [{type: 'text', value: '5'}]}]}]}
    ]
  }

  it('visits every node in the order unist-util-visit does', () => {
    const walked: Array<Nodes> = []
    const visited: Array<unknown> = []
    eachNode(list, (node) => void walked.push(node))
    visit(list, (node) => void visited.push(node))
    expect(walked).toHaveLength(9)
    expect(walked).toEqual(visited)
  })

  it('leaves out the children of a node it is told to skip', () => {
    const types: Array<string> = []
    eachNode(list, (node) => {
      types.push(node.type)
      return node.type === 'listItem' ? 'skip' : undefined
    })
    expect(types).toEqual(['list', 'listItem', 'listItem'])
  })
})

describe('schema', () => {
  it('carries the schema version and the document shape', () => {
    const schema = standardSchema()
    expect(schemaVersion).toMatch(/^\d+\.\d+$/)
    expect(schema).toMatchObject({$schema: 'https://json-schema.org/draft/2020-12/schema', $id: schemaId})
    const definitions = schema.$defs as Record<string, {pattern?: string}>
    expect(schemaVersion).toMatch(new RegExp(definitions.SchemaVersion?.pattern ?? '^$', 'u'))
    expect(Object.keys(definitions)).toEqual(expect.arrayContaining(['Standard', 'Clause', 'Appendix', 'RevisionRecord', 'CrossReference']))
  })

  it('is generated from the TypeScript types and committed up to date', () => {
    // Fails when the types changed and `node scripts/schema.mjs` was not run.
    expect(() => execFileSync(process.execPath, ['scripts/schema.mjs', '--check'], {cwd: root, stdio: 'pipe'})).not.toThrow()
  })
})
