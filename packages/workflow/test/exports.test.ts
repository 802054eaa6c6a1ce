import {describe, expect, it} from 'vitest'

describe('@stdkit/workflow', () => {
  it('exposes its functions', async () => {
    expect(Object.keys(await import('../index.js')).sort()).toEqual(['WorkflowError', 'canonicalSource', 'changePlaceholder', 'chineseNumber', 'recordItems', 'release', 'revise', 'scaffold', 'slugOf'])
  })
})
