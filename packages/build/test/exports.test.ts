import {describe, expect, it} from 'vitest'

describe('@stdkit/build', () => {
  it('exposes the build, its output folder, the preview and the registry of publishers', async () => {
    expect(Object.keys(await import('@stdkit/build')).sort()).toEqual([
      'BuildError',
      'Builder',
      'OutputError',
      'Preview',
      'build',
      'checkOutput',
      'defaultFormats',
      'formats',
      'publish',
      'publishers',
      'render',
      'replaceFolder',
      'writeAtomically'
    ])
  })

  it('gives the commands that read editions outside a build its memo, in a module of its own', async () => {
    expect(Object.keys(await import('@stdkit/build/memo')).sort()).toEqual(['Memo', 'commandMemo', 'differ', 'imagesKey', 'parser'])
  })

  it('publishes the formats of the registry, in its order', async () => {
    const {formats, publishers} = await import('@stdkit/build')
    expect(formats).toEqual(Object.keys(publishers))
    expect(formats).toEqual(['json', 'html', 'pdf', 'docx', 'sts'])
  })

  it('makes by default every format of the registry, Word among them', async () => {
    const {defaultFormats} = await import('@stdkit/build')
    expect(defaultFormats).toEqual(['json', 'html', 'pdf', 'docx', 'sts'])
  })
})
