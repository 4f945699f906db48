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
    const message = HAS_CHINESE.test(issue.message) ? issue.message : (missingFieldMessage(schema, issue) ?? ERROR_MESSAGES.VALIDATION)
    if (!(key in fields)) fields[key] = message
  }
  const first = Object.values(fields)[0]
  throw new BackendError('VALIDATION', first ?? ERROR_MESSAGES.VALIDATION, { fields })
}

type SchemaNode = { type?: string; entries?: Record<string, SchemaNode>; wrapped?: SchemaNode; item?: SchemaNode }

/**
 * A key missing altogether gets the message its own schema gives an absent value ("请输入联系电话"), the same as an
 * empty one, instead of valibot's English "Invalid key" from the enclosing object.
 */
function missingFieldMessage(root: v.GenericSchema, issue: v.BaseIssue<unknown>): string | null {
  if (issue.kind !== 'schema' || issue.received !== 'undefined' || !issue.path?.length) return null
  let node: SchemaNode | undefined = root as SchemaNode
  for (const step of issue.path) {
    while (node?.wrapped) node = node.wrapped
    node = typeof step.key === 'string' ? node?.entries?.[step.key] : node?.item
  }
  if (!node) return null
  const result = v.safeParse(node as v.GenericSchema, undefined)
  const message = result.success ? null : result.issues[0].message
  return message && HAS_CHINESE.test(message) ? message : null
}
