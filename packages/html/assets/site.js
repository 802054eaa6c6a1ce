// stdkit pages work without this script; it only drives the pickers.
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
})()
