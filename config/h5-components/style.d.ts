import type { CSSProperties } from 'react'

export function styleObject<T extends CSSProperties | string | undefined>(style: T): T extends string ? CSSProperties : T
