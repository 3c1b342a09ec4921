/**
 * A deliberately small JSON Schema (draft 2020-12) checker: enough of the vocabulary to check
 * the seed bundle against schemas/seed.schema.json without a dependency. Supported: `type`
 * (string or list), `enum`, `const`, `required`, `properties`, `additionalProperties`
 * (boolean or schema), `items`, `minItems`, `minLength`, `pattern`, `minimum`, `allOf`, `anyOf`,
 * `oneOf`, and local `$ref`s (`#/$defs/Name`). Anything else (e.g. `format`) is ignored, not
 * enforced.
 */

export type JsonSchema = boolean | {[keyword: string]: unknown};

export interface SchemaError {
  /** JSON Pointer of the value, e.g. `/clients/12/address/postalCode`. */
  path: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = (node as Record<string, unknown>)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as JsonSchema;
}

/** Checks `value` against `schema`; returns at most `limit` errors. */
export function validateJsonSchema(schema: JsonSchema, value: unknown, limit = 50): SchemaError[] {
  const errors: SchemaError[] = [];
  const patterns = new Map<string, RegExp>();
  const refs = new Map<string, JsonSchema>();
  const resolve = (ref: string) => {
    let node = refs.get(ref);
    if (node === undefined) refs.set(ref, (node = resolveRef(schema, ref)));
    return node;
  };

  function check(node: JsonSchema, data: unknown, path: string): boolean {
    if (errors.length >= limit) return false;
    if (node === true) return true;
    if (node === false) {
      errors.push({path, message: 'no value is allowed here'});
      return false;
    }
    const s = node;
    let ok = true;
    const fail = (message: string) => {
      errors.push({path, message});
      ok = false;
    };
    if (typeof s.$ref === 'string' && !check(resolve(s.$ref), data, path)) ok = false;
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((type) => typeMatches(data, type))) {
        fail(`expected ${types.join(' or ')}, got ${typeOf(data)}`);
        return false;
      }
    }
    if (Array.isArray(s.enum) && !s.enum.some((option) => option === data)) fail(`must be one of ${JSON.stringify(s.enum)}`);
    if ('const' in s && s.const !== data) fail(`must be ${JSON.stringify(s.const)}`);
    if (typeof data === 'string') {
      if (typeof s.minLength === 'number' && data.length < s.minLength) fail(`shorter than ${s.minLength}`);
      if (typeof s.pattern === 'string') {
        let re = patterns.get(s.pattern);
        if (!re) patterns.set(s.pattern, (re = new RegExp(s.pattern, 'u')));
        if (!re.test(data)) fail(`does not match ${s.pattern}`);
      }
    }
    if (typeof data === 'number' && typeof s.minimum === 'number' && data < s.minimum) fail(`less than ${s.minimum}`);
    if (Array.isArray(data)) {
      if (typeof s.minItems === 'number' && data.length < s.minItems) fail(`fewer than ${s.minItems} items`);
      if (s.items !== undefined) {
        data.forEach((item, index) => {
          if (!check(s.items as JsonSchema, item, `${path}/${index}`)) ok = false;
        });
      }
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const record = data as Record<string, unknown>;
      for (const key of (s.required as string[] | undefined) ?? []) {
        if (!(key in record)) fail(`missing required property "${key}"`);
      }
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, item] of Object.entries(record)) {
        if (Object.hasOwn(properties, key)) {
          if (!check(properties[key], item, `${path}/${key}`)) ok = false;
        } else if (s.additionalProperties !== undefined) {
          if (s.additionalProperties === false) fail(`unexpected property "${key}"`);
          else if (!check(s.additionalProperties as JsonSchema, item, `${path}/${key}`)) ok = false;
        }
      }
    }
    if (Array.isArray(s.allOf)) {
      for (const part of s.allOf as JsonSchema[]) if (!check(part, data, path)) ok = false;
    }
    if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
      const options = (s.anyOf ?? s.oneOf) as JsonSchema[];
      const before = errors.length;
      const matches = options.filter((option) => {
        const mark = errors.length;
        const good = check(option, data, path);
        errors.length = mark; // errors of the options that do not match are not the data's errors
        return good;
      }).length;
      errors.length = before;
      if (matches === 0) fail(`matches none of the ${s.anyOf ? 'anyOf' : 'oneOf'} options`);
      else if (s.oneOf && matches > 1) fail(`matches ${matches} oneOf options`);
    }
    return ok;
  }

  check(schema, value, '');
  return errors;
}
