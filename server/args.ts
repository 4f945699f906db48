// Node-only: the exact argument tuple of every method, checked before the mock's services see it. The services
// parse each argument's content with the same valibot schemas (and their Chinese field messages); this adds what a
// loose parse lets through: a wrong number of arguments, null/arrays in place of an object, and unknown keys.
import type * as v from 'valibot'
import { BackendError } from '@/domain'
import type { PORT_METHODS } from '@/backend/http/wire'
import { METHOD_ARG_NAMES, METHOD_ARGS } from './method-schemas'

interface SchemaNode {
  type: string
  entries?: Record<string, SchemaNode>
  wrapped?: SchemaNode
  item?: SchemaNode
  items?: SchemaNode[]
}

const OPTIONAL = new Set(['optional', 'exact_optional', 'undefinedable'])
const NULLABLE = new Set(['nullish', 'nullable'])
const OBJECTS = new Set(['object', 'strict_object', 'loose_object'])

const invalid = (message: string, field: string) => new BackendError('VALIDATION', message, { fields: { [field]: message } })

/** The first strictness problem of `value` against `schema`, or null; the schema's own parse reports the rest. */
function problem(schema: SchemaNode, value: unknown, name: string, path: string): BackendError | null {
  let node = schema
  for (;;) {
    if (OPTIONAL.has(node.type) && node.wrapped) {
      if (value === undefined) return null
      node = node.wrapped
    } else if (NULLABLE.has(node.type) && node.wrapped) {
      if (value === undefined || value === null) return null
      node = node.wrapped
    } else break
  }
  if (OBJECTS.has(node.type) && node.entries) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(`${name}格式不正确，应为对象`, path)
    for (const key of Object.keys(value)) {
      if (!Object.prototype.hasOwnProperty.call(node.entries, key))
        return invalid(`${name}包含无法识别的字段“${key.slice(0, 32)}”`, path ? `${path}.${key}` : key)
    }
    for (const [key, entry] of Object.entries(node.entries)) {
      const inner = (value as Record<string, unknown>)[key]
      if (inner === undefined) continue
      const found = problem(entry, inner, name, path ? `${path}.${key}` : key)
      if (found) return found
    }
  } else if (node.type === 'array' && node.item && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = problem(node.item, value[i], name, `${path}.${i}`)
      if (found) return found
    }
  }
  return null
}

const optional = (schema: SchemaNode) => OPTIONAL.has(schema.type) || NULLABLE.has(schema.type)

/**
 * Throws a 400 VALIDATION naming the argument when `args` is not exactly the method's tuple. `capability` and
 * `method` must already be known routes (own properties of PORT_METHODS).
 */
export function checkArgs(capability: keyof typeof PORT_METHODS, method: string, args: unknown[]): void {
  const schemas = (METHOD_ARGS as Record<string, Record<string, v.GenericSchema[]>>)[capability][method] as unknown as SchemaNode[]
  const names = (METHOD_ARG_NAMES as Record<string, Record<string, string[]>>)[capability][method]
  let required = schemas.length
  while (required > 0 && optional(schemas[required - 1])) required--
  if (args.length > schemas.length || args.length < required) {
    const expected =
      schemas.length === 0
        ? '该接口不需要参数'
        : `该接口的参数是：${names.join('、')}（${required === schemas.length ? `${required}个` : `${required}到${schemas.length}个`}）`
    throw invalid(`参数个数不正确：${expected}，收到${args.length}个`, 'args')
  }
  for (let i = 0; i < args.length; i++) {
    const found = problem(schemas[i], args[i], names[i], `args.${i}`)
    if (found) throw found
  }
}
