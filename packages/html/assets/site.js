// stdkit pages work without this script; it only drives the pickers and a comparison's review toolbar.
;(() => {
  // Compare picker: two editions chosen, the comparison of the older with the newer opens.
  for (const form of document.querySelectorAll('form[data-compare]')) {
    form.hidden = false
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const years = [form.elements.old.value, form.elements.new.value].map(Number).sort((a, b) => a - b)
      const status = form.querySelector('[role=status]')
      if (years[0] === years[1]) {
        status.textContent = '请选择两个不同的版本。'
        return
      }
      location.href = form.dataset.compare.replace('OLD', String(years[0])).replace('NEW', String(years[1]))
    })
  }
  // View toggle on a comparison: the document with changes inline, or side by side.
  const toggle = document.querySelector('button[data-toggle-view]')
  if (toggle) {
    const inline = document.getElementById('inline')
    const sideBySide = document.getElementById('side-by-side')
    const show = (sideways) => {
      inline.hidden = sideways
      sideBySide.hidden = !sideways
      toggle.setAttribute('aria-pressed', String(sideways))
      toggle.textContent = sideways ? '显示行内修订' : '显示并排对照'
    }
    toggle.hidden = false
    show(location.hash === '#side-by-side')
    toggle.addEventListener('click', () => show(inline.hidden === false))
  }
  // Review on a comparison: the previous and next changed provision, by the toolbar's buttons or by keys, stopping at the first and the last.
  const bar = document.querySelector('[role=toolbar].review-bar')
  if (bar) bar.hidden = false
  const changes = Array.from(document.querySelectorAll('#inline .provision.changed'))
  if (bar && bar.dataset.review && changes.length > 0) {
    const buttons = Array.from(bar.querySelectorAll('button[data-step]'))
    const position = bar.querySelector('.position')
    let current = changes.findIndex((change) => '#' + change.id === location.hash)
    const mark = () => {
      changes.forEach((change, index) => change.classList.toggle('current', index === current))
      for (const button of buttons) button.disabled = Number(button.dataset.step) < 0 ? current <= 0 : current >= changes.length - 1
      if (current >= 0) position.textContent = bar.dataset.review.replace('{index}', String(current + 1))
    }
    const go = (step) => {
      const next = current < 0 ? (step > 0 ? 0 : -1) : current + step
      if (next < 0 || next >= changes.length) return
      // The changes are stepped through in the inline view.
      if (toggle && document.getElementById('inline').hidden) toggle.click()
      current = next
      mark()
      const change = changes[current]
      change.tabIndex = -1
      change.focus({preventScroll: true})
      change.scrollIntoView({block: 'start'})
    }
    for (const button of buttons) button.addEventListener('click', () => go(Number(button.dataset.step)))
    // A link followed to a change (from the change list, say) makes it the one the toolbar steps from.
    window.addEventListener('hashchange', () => {
      const linked = changes.findIndex((change) => '#' + change.id === location.hash)
      if (linked < 0) return
      current = linked
      mark()
    })
    document.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      const target = event.target
      if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return
      const steps = {j: 1, n: 1, k: -1, p: -1}
      if (!Object.hasOwn(steps, event.key)) return
      event.preventDefault()
      go(steps[event.key])
    })
    mark()
  }
})()
