import {describe, expect, it} from 'vitest'
import {citedEdition} from '@stdkit/tree'

const library = [
  [
    {designation: 'Q/ZX 75.1760', year: 2004, slug: 'a'},
    {designation: 'Q/ZX 75.1760', year: 2006, slug: 'a'}
  ],
  [{designation: 'Q/ZX 75.1861', year: 2007, slug: 'b'}]
]

describe('citedEdition', () => {
  it('leads a dated reference to its own edition', () => {
    expect(citedEdition(library, 'Q/ZX 75.1760', 2004)).toEqual({designation: 'Q/ZX 75.1760', year: 2004, slug: 'a'})
  })

  it('leads an undated reference, or one to an edition the library lacks, to the latest', () => {
    expect(citedEdition(library, 'Q/ZX 75.1760', undefined)?.year).toBe(2006)
    expect(citedEdition(library, 'Q/ZX 75.1760', 2005)?.year).toBe(2006)
    expect(citedEdition(library, 'Q/ZX 75.1861', undefined)?.slug).toBe('b')
  })

  it('leads a standard the library does not hold nowhere', () => {
    expect(citedEdition(library, 'GB/T 1.1', 2000)).toBeUndefined()
  })
})
