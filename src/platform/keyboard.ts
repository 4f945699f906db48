/**
 * h5 keyboard access. A View with role="button" is a plain <div>, which is not focusable (Button is a native <button>:
 * config/h5-components), and the picker's columns only move by drag. This module gives every element the keyboard
 * behaviour its role promises:
 * - elements with an interactive role (and picker actions) join the Tab order;
 * - Enter or Space activates them (a click, as a tap would);
 * - each open picker column is a spin button: ↑/↓ move one row, Home/End jump, and focus moves into the picker when
 *   it opens and back to the field when it closes.
 * WeChat has no keyboard navigation, so this runs on h5 only (see app.ts).
 */
const INTERACTIVE = '[role="button"],[role="radio"],[role="checkbox"],[role="switch"],[role="tab"],[role="link"],[role="option"]'
const FOCUSABLE_EXTRA = '.weui-picker__action'
const LINE = 34 // the h5 picker's row height (px)

type PickerColumn = HTMLElement & {
  range?: unknown[]
  rangeKey?: string
  handleMoveStart?(y: number): Promise<void>
  handleMoving?(y: number): Promise<void>
  handleMoveEnd?(y: number): Promise<void>
}

/** Sets an attribute only when it changes: the observer below watches some of them, and must not wake itself. */
function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el.hasAttribute('disabled') && el.getAttribute('disabled') !== 'false')
}

/** Which row the column shows, from the transform Taro sets (top row at translateY 102px). */
function columnIndex(column: PickerColumn): number {
  const content = column.querySelector<HTMLElement>('.weui-picker__content')
  const match = /,\s*(-?[\d.]+)px/.exec(content?.style.transform ?? '')
  return match ? Math.round((102 - Number(match[1])) / LINE) : 0
}

function columnItems(column: PickerColumn): string[] {
  return Array.from(column.querySelectorAll('.weui-picker__item')).map((el) => el.textContent ?? '')
}

function describeColumn(column: PickerColumn, position: number): void {
  const items = columnItems(column)
  const index = Math.min(columnIndex(column), items.length - 1)
  setAttr(column, 'role', 'spinbutton')
  setAttr(column, 'aria-label', `第${position + 1}列`)
  setAttr(column, 'aria-valuemin', '1')
  setAttr(column, 'aria-valuemax', String(items.length))
  setAttr(column, 'aria-valuenow', String(index + 1))
  setAttr(column, 'aria-valuetext', items[index] ?? '')
}

/** Moves a picker column by `rows` through the column's own drag methods, so Taro updates its value as for a finger. */
async function moveColumn(column: PickerColumn, rows: number): Promise<void> {
  if (!column.handleMoveStart || !column.handleMoving || !column.handleMoveEnd || rows === 0) return
  const startY = 400
  await column.handleMoveStart(startY)
  await column.handleMoving(startY - rows * LINE)
  // The picker passes the column its new offset as a property on its next render: let that happen first.
  await nextFrame()
  await nextFrame()
  await column.handleMoveEnd(startY - rows * LINE)
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/**
 * Whether an element has a tap handler: Taro's custom-element components keep their event listeners in `__events`;
 * React DOM keeps a plain element's props (View and Text are plain on h5: config/h5-components) in `__reactProps$<id>`.
 */
function hasClickHandler(el: Element): boolean {
  const own = el as unknown as Record<string, unknown>
  const events = own.__events as Record<string, unknown> | undefined
  if (events && (events.click || events.tap)) return true
  const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))
  return Boolean(key && typeof (own[key] as { onClick?: unknown } | undefined)?.onClick === 'function')
}

/** Tappable Views and Texts with no role of their own are buttons, when they have something to be called. */
function roleForTappables(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('div:not([role]),span:not([role]),taro-image-core:not([role])').forEach((el) => {
    if (el.closest('.weui-picker__overlay,[aria-hidden="true"]') || !hasClickHandler(el)) return
    if (!el.getAttribute('aria-label') && !(el.textContent ?? '').trim()) return // a mask or spacer: nothing to say
    setAttr(el, 'role', 'button')
  })
}

function enhance(root: ParentNode): void {
  roleForTappables(root)
  // Switches: Taro renders a native checkbox inside taro-switch-core; the label set on the component goes to the host.
  root.querySelectorAll<HTMLElement>('taro-switch-core[aria-label] > input:not([aria-label])').forEach((input) => {
    setAttr(input, 'aria-label', input.parentElement?.getAttribute('aria-label') ?? '')
    setAttr(input, 'role', 'switch')
  })
  root.querySelectorAll<HTMLElement>(`${INTERACTIVE},${FOCUSABLE_EXTRA}`).forEach((el) => {
    if (!el.hasAttribute('tabindex') && !isDisabled(el)) setAttr(el, 'tabindex', '0')
    if (el.matches(FOCUSABLE_EXTRA) && !el.hasAttribute('role')) setAttr(el, 'role', 'button')
  })
  // Scrolling lists whose rows are not focusable (after the pass above): the list takes focus, so arrow keys scroll it.
  root.querySelectorAll<HTMLElement>('taro-scroll-view-core:not([tabindex]),[id^="virtual-"]:not([tabindex])').forEach((el) => {
    if (!el.querySelector('[tabindex],button,input,textarea,a[href]')) setAttr(el, 'tabindex', '0')
  })
  root.querySelectorAll<PickerColumn>('.weui-picker__group').forEach((column, i) => {
    if (!column.hasAttribute('tabindex')) setAttr(column, 'tabindex', '0')
    describeColumn(column, i)
  })
  // Taro's picker keeps its hidden form value in <input type=hidden>; its mask and indicator are decoration.
  root.querySelectorAll('.weui-picker__mask,.weui-picker__indicator').forEach((el) => setAttr(el, 'aria-hidden', 'true'))
}

let lastPickerTrigger: HTMLElement | null = null

function openPicker(): HTMLElement | null {
  return Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).find((o) => o.style.display !== 'none') ?? null
}

function onKeyDown(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null
  if (!target || !(target instanceof HTMLElement)) return
  if (target.matches('.weui-picker__group')) {
    const column = target as PickerColumn
    const count = columnItems(column).length
    const index = columnIndex(column)
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: count - 1, PageDown: index + 5, PageUp: index - 5 }[event.key]
    if (to === undefined) return
    event.preventDefault()
    const clamped = Math.max(0, Math.min(count - 1, to))
    void moveColumn(column, clamped - index).then(() => describeColumn(column, Number(column.getAttribute('aria-label')?.slice(1, -1)) - 1))
    return
  }
  if (event.key === 'Escape') {
    const overlay = openPicker()
    const cancel = overlay?.querySelector<HTMLElement>('.weui-picker__action')
    if (cancel) {
      event.preventDefault()
      cancel.click()
    }
    return
  }
  if (event.key !== 'Enter' && event.key !== ' ') return
  if (target.matches('input,textarea,select,button,a[href]')) return
  if (!target.matches(`${INTERACTIVE},${FOCUSABLE_EXTRA}`) || isDisabled(target)) return
  event.preventDefault()
  if (target.closest('taro-picker-core') && !target.closest('.weui-picker__overlay')) lastPickerTrigger = target
  target.click()
}

/** Moves focus into a picker when it opens, and back to its field when it closes. */
function followPicker(): void {
  const overlay = openPicker()
  if (overlay && !overlay.contains(document.activeElement)) {
    const column = overlay.querySelector<HTMLElement>('.weui-picker__group')
    if (column) {
      enhance(overlay)
      column.focus()
    }
  } else if (
    !overlay &&
    lastPickerTrigger &&
    (document.activeElement === document.body || document.activeElement?.closest('.weui-picker__overlay'))
  ) {
    lastPickerTrigger.focus()
    lastPickerTrigger = null
  }
}

let started = false

/** Starts keyboard access for the h5 app (idempotent). */
export function startKeyboardAccess(): void {
  if (started || typeof document === 'undefined') return
  started = true
  enhance(document)
  let queued = false
  new MutationObserver(() => {
    if (queued) return
    queued = true
    requestAnimationFrame(() => {
      queued = false
      enhance(document)
      followPicker()
    })
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'style', 'class', 'aria-disabled', 'disabled'],
  })
  document.addEventListener('keydown', onKeyDown, true)
  // Picker fields: a click on the field (not inside the overlay) remembers where to return focus to.
  document.addEventListener(
    'click',
    (e) => {
      const el = e.target as HTMLElement | null
      const picker = el?.closest?.('taro-picker-core')
      if (picker && !el?.closest('.weui-picker__overlay')) {
        lastPickerTrigger = (el?.closest('[tabindex]') as HTMLElement | null) ?? lastPickerTrigger
      }
    },
    true,
  )
}
