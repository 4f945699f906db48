// h5 only (config/index.ts aliases `@tarojs/components` here). Taro's React components live in one module, so the
// first page to load brought every component the app uses anywhere (the picker, inputs, canvas: about 40 KB on home).
// One module per component lets webpack put each in the chunks that use it. Anything not listed falls through to Taro's.
export * from '@tarojs/components/lib/react/components.js'
export { View } from './view.js'
export { Text } from './text.js'
export { Button } from './button.js'
export { Picker } from './picker.js'
export { Input } from './input.js'
export { Switch } from './switch.js'
export { ScrollView } from './scroll-view.js'
export { Image } from './image.js'
export { Textarea } from './textarea.js'
export { Map } from './map.js'
export { Canvas } from './canvas.js'
