import * as v from 'valibot'
import { BackendError, ERROR_MESSAGES } from '@/domain/errors'

const HAS_CHINESE = /[\u4e00-\u9fff]/

/** Parses untrusted input with a valibot schema; failures become a typed VALIDATION error with per-field Chinese messages. */
export function parseInput<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const fields: Record<string, string> = {}
  for (const issue of result.issues) {
    const key = v.getDotPath(issue) ?? '_'
    if (!(key in fields)) fields[key] = HAS_CHINESE.test(issue.message) ? issue.message : ERROR_MESSAGES.VALIDATION
  }
  const first = Object.values(fields)[0]
  throw new BackendError('VALIDATION', first ?? ERROR_MESSAGES.VALIDATION, { fields })
}
