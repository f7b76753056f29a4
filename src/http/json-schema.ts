import * as v from 'valibot'
import type { InputSchema } from './route'

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1), as plain data. */
export type JsonSchema = Record<string, unknown>

/** The parts of a valibot schema or action this converter reads. */
interface Node {
  kind: string
  type: string
  pipe?: readonly Node[]
  entries?: Record<string, Node>
  item?: Node
  options?: readonly unknown[]
  wrapped?: Node
  requirement?: unknown
  description?: string
}

/**
 * The JSON Schema of a valibot schema, so the schema that validates a request also documents it.
 * It knows the parts of valibot the API's inputs use and throws on any other, so an input can never
 * be described more loosely than it is checked.
 *
 * @example jsonSchema(v.pipe(v.string(), v.maxLength(10))) // => { type: 'string', maxLength: 10 }
 */
export function jsonSchema(schema: InputSchema): JsonSchema {
  const node = schema as unknown as Node
  if (node.pipe) {
    // pipe(schema, ...actions): the first item may itself be a piped schema, described the same way.
    const out = jsonSchema(node.pipe[0] as unknown as InputSchema)
    for (const action of node.pipe.slice(1)) describeAction(out, action)
    return out
  }
  let out: JsonSchema
  switch (node.type) {
    case 'string':
      out = { type: 'string' }
      break
    case 'picklist':
      out = { enum: [...(node.options ?? [])] }
      break
    case 'array':
      out = { type: 'array', items: jsonSchema(node.item as unknown as InputSchema) }
      break
    case 'object': {
      const entries = Object.entries(node.entries ?? {})
      out = { type: 'object', properties: Object.fromEntries(entries.map(([key, value]) => [key, jsonSchema(value as unknown as InputSchema)])) }
      const required = entries.filter(([, value]) => value.type !== 'optional').map(([key]) => key)
      if (required.length) out.required = required
      break
    }
    case 'optional': {
      out = jsonSchema(node.wrapped as unknown as InputSchema)
      // The default as the handler sees it: the schema's own output for a missing value.
      const fallback = v.safeParse(schema, undefined)
      if (fallback.success && fallback.output !== undefined) out.default = fallback.output
      break
    }
    default:
      throw new Error(`jsonSchema: valibot's "${node.type}" schema is not described yet`)
  }
  return out
}

/** Narrows a JSON Schema by one of valibot's pipe actions. */
function describeAction(out: JsonSchema, action: Node): void {
  const bound = out.type === 'array' ? 'Items' : 'Length'
  switch (action.type) {
    case 'trim':
      return // what is accepted is unchanged: the value is trimmed before the next checks
    case 'non_empty':
      out[`min${bound}`] = 1
      return
    case 'min_length':
    case 'max_length':
      out[`${action.type.slice(0, 3)}${bound}`] = action.requirement
      return
    case 'digits':
      out.pattern = '^[0-9]+$'
      return
    case 'to_number':
      // A query parameter read as a number is documented as the number it must be.
      for (const key of Object.keys(out)) delete out[key]
      out.type = 'number'
      return
    case 'integer':
      out.type = 'integer'
      return
    case 'min_value':
      out.minimum = action.requirement
      return
    case 'max_value':
      out.maximum = action.requirement
      return
    case 'description':
      out.description = action.description
      return
    default:
      throw new Error(`jsonSchema: valibot's "${action.type}" action is not described yet`)
  }
}
