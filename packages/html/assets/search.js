// stdkit pages work without this script; it drives the search in the header:
// shows the box, loads the engine (search-engine.js) and the index
// (search-index.js) when the box is first used — scripts, for a page opened
// from file:// cannot fetch a JSON file — and lists the results as links to
// the provisions, the hits marked.
;(() => {
  const form = document.querySelector('form[data-search]')
  if (!form) return
  const words = JSON.parse(form.dataset.words)
  const input = form.querySelector('input[type=search]')
  const latest = form.querySelector('input[name=latest]')
  const status = form.querySelector('[role=status]')
  const list = form.querySelector('ol')
  let index
  let loading
  let timer
  form.hidden = false

  const fill = (template, values) => template.replace(/\{(\w+)\}/gu, (_, key) => String(values[key]))

  const script = (src) =>
    new Promise((resolve, reject) => {
      const element = document.createElement('script')
      element.src = src
      element.onload = resolve
      element.onerror = () => reject(new Error(src))
      document.head.append(element)
    })

  const load = () => {
    if (loading) return
    status.textContent = words.loading
    loading = Promise.all([script(form.dataset.engine), script(form.dataset.index)]).then(() => self.stdkitSearch.open(self.stdkitSearchIndex))
    loading.then(
      (opened) => {
        index = opened
        status.textContent = ''
        run()
      },
      () => {
        status.textContent = words.failed
      }
    )
  }

  const item = (result) => {
    const entry = document.createElement('li')
    const link = document.createElement('a')
    link.href = form.dataset.root + result.href
    const edition = document.createElement('span')
    edition.className = 'edition'
    edition.textContent = result.number
    link.append(edition)
    if (result.latest) {
      const current = document.createElement('span')
      current.className = 'current'
      current.textContent = words.current
      link.append(' ', current)
    }
    if (result.label) link.append(` · ${result.label}`)
    entry.append(link)
    if (result.excerpt.length > 0) {
      const excerpt = document.createElement('p')
      excerpt.className = 'excerpt'
      for (const [text, marked] of result.excerpt) {
        if (!marked) excerpt.append(text)
        else {
          const mark = document.createElement('mark')
          mark.textContent = text
          excerpt.append(mark)
        }
      }
      entry.append(excerpt)
    }
    return entry
  }

  const run = () => {
    clearTimeout(timer)
    const query = input.value.trim()
    if (!query) {
      list.replaceChildren()
      list.hidden = true
      status.textContent = ''
      return
    }
    if (!index) return load()
    const {total, results} = index.search(query, {latest: latest.checked})
    list.replaceChildren(...results.map(item))
    list.hidden = results.length === 0
    status.textContent = total === 0 ? words.none : fill(total > results.length ? words.more : words.count, {count: total, shown: results.length})
  }

  const links = () => [...list.querySelectorAll('a')]

  input.addEventListener('focus', load)
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, 120)
  })
  latest.addEventListener('change', run)
  // Enter searches at once and moves to the first result; the arrows move through the results, Escape goes back to the box.
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    run()
    links()[0]?.focus()
  })
  form.addEventListener('keydown', (event) => {
    const all = links()
    const at = all.indexOf(document.activeElement)
    if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      event.preventDefault()
      all[Math.min(at + 1, all.length - 1)]?.focus()
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault()
      if (at === 0) input.focus()
      else all[at - 1].focus()
    } else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault()
      input.focus()
    }
  })
})()
