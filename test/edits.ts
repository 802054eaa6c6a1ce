/**
 * The ways a library changes on disk besides a write in place, for the tests
 * of what watches it (`build --watch`, `serve`): editors, `sed -i` and
 * `git checkout` replace a file by renaming another onto its name, files and
 * folders (the library's own among them) go and come back, folders appear.
 * Each is played as several edits in a row, every one of which must be seen.
 */
import {cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/** What a test sees of a watching command. */
export interface Watched {
  /** Resolves once `edition` (`q-zx-75.1861/2007`) is shown with clause 4.2 titled `title`. */
  shows(edition: string, title: string): Promise<void>
  /** Resolves once `edition` is no longer shown. */
  gone(edition: string): Promise<void>
  /** Resolves once `edition` is reported as having errors. */
  fails(edition: string): Promise<void>
}

type Scenario = (library: string, watched: Watched) => Promise<void>

const edition = 'q-zx-75.1861/2007'

/** Clause 4.2 of `text` under another title. */
function retitled(text: string, title: string): string {
  return text.replace(/^### 4\.2 [^\s{]+/mu, `### 4.2 ${title}`)
}

/** Writes `text` to `file` as editors and `sed -i` do: into a new file, then renamed onto the name. */
export function replaceByRename(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.swp`)
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}

/** Edits a file in place several times, then by rename, each edit retitling clause 4.2. */
async function editRepeatedly(library: string, name: string, watched: Watched, round: string): Promise<void> {
  const file = path.join(library, `${name}.md`)
  writeFileSync(file, retitled(readFileSync(file, 'utf8'), `就地改写${round}甲`))
  await watched.shows(name, `就地改写${round}甲`)
  writeFileSync(file, retitled(readFileSync(file, 'utf8'), `就地改写${round}乙`))
  await watched.shows(name, `就地改写${round}乙`)
  replaceByRename(file, retitled(readFileSync(file, 'utf8'), `换名改写${round}`))
  await watched.shows(name, `换名改写${round}`)
}

export const scenarios: Record<string, Scenario> = {
  'a file replaced by rename, again and again': async (library, watched) => {
    const file = path.join(library, `${edition}.md`)
    for (const title of ['换名一稿', '换名二稿', '换名三稿']) {
      replaceByRename(file, retitled(readFileSync(file, 'utf8'), title))
      await watched.shows(edition, title)
    }
  },

  'a broken file mended by rename, again and again': async (library, watched) => {
    const file = path.join(library, `${edition}.md`)
    for (const title of ['修好一稿', '修好二稿']) {
      const good = retitled(readFileSync(file, 'utf8'), title)
      writeFileSync(file, good.replace(/^### 4\.3 /mu, '### 4.9 '))
      await watched.fails(edition)
      replaceByRename(file, good)
      await watched.shows(edition, title)
    }
  },

  'a file deleted and created again, again and again': async (library, watched) => {
    const file = path.join(library, `${edition}.md`)
    for (const title of ['重建一稿', '重建二稿']) {
      const text = retitled(readFileSync(file, 'utf8'), title)
      rmSync(file)
      await watched.gone(edition)
      writeFileSync(file, text)
      await watched.shows(edition, title)
    }
    await editRepeatedly(library, edition, watched, '重建后')
  },

  'a new folder, made, edited, removed and made again': async (library, watched) => {
    const source = readFileSync(path.join(library, 'q-zx-75.1760/2006.md'), 'utf8')
    for (const round of ['一', '二']) {
      mkdirSync(path.join(library, 'q-zx-new'))
      writeFileSync(path.join(library, 'q-zx-new/2006.md'), retitled(source, `新建${round}`))
      await watched.shows('q-zx-new/2006', `新建${round}`)
      await editRepeatedly(library, 'q-zx-new/2006', watched, `新建${round}`)
      rmSync(path.join(library, 'q-zx-new'), {recursive: true})
      await watched.gone('q-zx-new/2006')
    }
  },

  'a folder moved in, and folders made inside it': async (library, watched) => {
    const incoming = path.join(library, '..', 'incoming')
    mkdirSync(incoming)
    writeFileSync(path.join(incoming, '2006.md'), retitled(readFileSync(path.join(library, 'q-zx-75.1760/2006.md'), 'utf8'), '移入'))
    renameSync(incoming, path.join(library, 'q-zx-moved'))
    await watched.shows('q-zx-moved/2006', '移入')
    await editRepeatedly(library, 'q-zx-moved/2006', watched, '移入')
    // A folder inside a watched one: a file moved into it, then out, onto an edition.
    mkdirSync(path.join(library, 'q-zx-moved/drafts/next'), {recursive: true})
    const draft = path.join(library, 'q-zx-moved/drafts/next/2006.md')
    writeFileSync(draft, retitled(readFileSync(path.join(library, 'q-zx-moved/2006.md'), 'utf8'), '草稿'))
    writeFileSync(draft, retitled(readFileSync(draft, 'utf8'), '草稿改定'))
    renameSync(draft, path.join(library, 'q-zx-moved/2006.md'))
    await watched.shows('q-zx-moved/2006', '草稿改定')
    rmSync(path.join(library, 'q-zx-moved'), {recursive: true})
    await watched.gone('q-zx-moved/2006')
  },

  'the library folder replaced by a copy of it': async (library, watched) => {
    for (const title of ['整库替换一', '整库替换二']) {
      const copy = `${library}.copy`
      cpSync(library, copy, {recursive: true})
      writeFileSync(path.join(copy, `${edition}.md`), retitled(readFileSync(path.join(copy, `${edition}.md`), 'utf8'), title))
      rmSync(library, {recursive: true})
      renameSync(copy, library)
      await watched.shows(edition, title)
    }
    await editRepeatedly(library, edition, watched, '整库替换后')
  }
}
