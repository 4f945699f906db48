/**
 * Taro components take `style` as an object or, as in WXML, a string; React DOM takes only objects. For the
 * components that render plain elements (view.js, text.js, button.js).
 */
export function styleObject(style) {
  if (typeof style !== 'string') return style
  const entries = style
    .split(';')
    .map((declaration) => declaration.split(':'))
    .filter(([name, ...value]) => name.trim() && value.length > 0)
    .map(([name, ...value]) => {
      const property = name.trim()
      return [property.startsWith('--') ? property : property.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), value.join(':').trim()]
    })
  return Object.fromEntries(entries)
}
