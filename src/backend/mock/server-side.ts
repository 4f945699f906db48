import type { Caller } from '@/backend/mock/server'

/** A port API as the server implements it: every method also receives the caller. */
export type ServerSide<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (caller: Caller, ...args: A) => Promise<R> | R : never
}
