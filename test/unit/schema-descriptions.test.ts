import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

/** Every type, field, argument and enum value a user sees in GraphiQL's docs, without a description. */
function undocumented(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
    )
      continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const path = `${type.name}.${field.name}`;
        const inherited =
          isObjectType(type) &&
          type.getInterfaces().some((i) => i.getFields()[field.name]?.description);
        if (!field.description && !inherited) missing.push(path);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${path}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the schema as a manual', () => {
  it('describes every type, field, argument and enum value (GraphiQL shows them)', () => {
    expect(undocumented()).toEqual([]);
  });
});
