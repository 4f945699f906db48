import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import { ERROR_MESSAGES, ERROR_REASONS } from '@/domain'
import { METHOD_ARGS } from './method-schemas'
import { API_PREFIX, HTTP_STATUS, PORT_METHODS } from '@/backend/http/wire'

/** The positional arguments as JSON Schema 2020-12, from the valibot schemas the server parses with. */
function argsSchema(schemas: v.GenericSchema[]): Record<string, unknown> {
  const optional = (schema: v.GenericSchema) => schema.type === 'optional' || schema.type === 'nullish'
  let required = schemas.length
  while (required > 0 && optional(schemas[required - 1])) required--
  return {
    type: 'array',
    prefixItems: schemas.map((schema) => {
      const { $schema: _draft, ...json } = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<string, unknown>
      return json
    }),
    minItems: required,
    maxItems: schemas.length,
  }
}

const CAPABILITY_TITLES: Record<keyof typeof PORT_METHODS, string> = {
  session: '会话与个人信息',
  messages: '消息',
  servicePoints: '医保服务网点',
  filings: '异地就医备案',
  records: '参保、缴费、个人账户与结算记录',
  family: '亲情账户',
  familyPay: '家庭共济（个人账户为近亲属缴费、支付医疗费用）',
  policyQa: '政策问答',
  chronic: '门诊慢特病资格认定',
  transfers: '职工医保跨省转移接续',
  evoucher: '医保电子凭证（医保码）与参保证明',
  claims: '手工报销（全额自费后向参保地申请报销）',
}

/**
 * The API contract as OpenAPI 3.1, generated from the same method list the adapter and server use and from the
 * valibot schemas the server validates arguments with, so it cannot drift from them (tests/http-contract.test.ts
 * also checks it against the mock's services). Result shapes are the TypeScript DTOs in src/backend/port/*.ts.
 */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, unknown> = {}
  for (const [capability, methods] of Object.entries(PORT_METHODS)) {
    for (const method of methods) {
      paths[`${API_PREFIX}/${capability}/${method}`] = {
        post: {
          operationId: `${capability}.${method}`,
          tags: [capability],
          summary: `${CAPABILITY_TITLES[capability as keyof typeof PORT_METHODS]}: ${method}`,
          description: `Calls \`${capability}.${method}(...args)\` of the Backend port (src/backend/port). Arguments are positional.`,
          security: capability === 'session' && method === 'login' ? [] : [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['args'],
                  additionalProperties: false,
                  properties: { args: argsSchema((METHOD_ARGS as Record<string, Record<string, v.GenericSchema[]>>)[capability][method]) },
                },
              },
            },
          },
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } },
            default: { description: 'A typed error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          },
        },
      }
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '随行医保 Backend API',
      version: '1.0.0',
      description:
        'JSON over HTTP for the 随行医保 backend port. Every call is POST /api/{capability}/{method} with {"args": [...]} and returns {"result": ...} or a typed error.',
    },
    servers: [{ url: 'http://127.0.0.1:3100' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Result: { type: 'object', properties: { result: {} } },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: Object.keys(ERROR_MESSAGES) },
                message: { type: 'string', description: 'User-facing Simplified Chinese message' },
                details: {
                  type: 'object',
                  properties: {
                    fields: { type: 'object', additionalProperties: { type: 'string' } },
                    relatedId: { type: 'string' },
                    availableAt: { type: ['string', 'number'] },
                    reason: {
                      type: 'string',
                      enum: [...ERROR_REASONS],
                      description: 'Machine-readable cause of a refusal; clients branch on this, never on the message',
                    },
                    subReason: { type: 'string', description: 'With NOT_ELIGIBLE: which eligibility check failed' },
                    triesLeft: { type: 'integer', minimum: 0, description: 'With CODE_WRONG: tries left before the lock' },
                    earliestDate: {
                      type: 'string',
                      format: 'date',
                      description: 'With WINDOW_NOT_OPEN: the first date the action is possible',
                    },
                  },
                },
              },
            },
          },
        },
        ErrorStatus: {
          description: 'HTTP status used for each error code',
          type: 'object',
          const: HTTP_STATUS,
        },
      },
    },
  }
}
