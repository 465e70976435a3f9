/** The resources of linked-data.ts written as Turtle and as JSON-LD, one at a time. */
import { prefixes, type Resource, type Term } from './linked-data.ts';

const prefixed = new RegExp(`^(${Object.keys(prefixes).join('|')}):`);

const turtleIri = (iri: string) => (prefixed.test(iri) ? iri : `<${iri}>`);

const turtleString = (text: string) =>
  `"${text.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string)}"`;

function turtleTerm(term: Term, indent: string): string {
  if ('iri' in term) return turtleIri(term.iri);
  if ('resource' in term) return `[\n${turtleBody(term.resource, `${indent}  `)}\n${indent}]`;
  const { value, datatype } = term;
  if (datatype) return `${turtleString(String(value))}^^${turtleIri(datatype)}`;
  if (typeof value === 'string') return turtleString(value);
  if (typeof value === 'number' && !Number.isInteger(value))
    return `${turtleString(String(value))}^^xsd:double`;
  return String(value);
}

function turtleBody({ types, statements }: Resource, indent: string): string {
  return [
    ...(types.length > 0 ? [`a ${types.map(turtleIri).join(', ')}`] : []),
    ...statements.map(
      ([predicate, object]) => `${turtleIri(predicate)} ${turtleTerm(object, indent)}`,
    ),
  ]
    .map((line) => `${indent}${line}`)
    .join(' ;\n');
}

export const turtlePrefixes = () =>
  `${Object.entries(prefixes)
    .map(([name, iri]) => `@prefix ${name}: <${iri}> .`)
    .join('\n')}\n\n`;

/** One resource as Turtle statements (its id is never blank at the top). */
export const turtleResource = (resource: Resource) =>
  `<${resource.id}>\n${turtleBody(resource, '  ')} .\n\n`;

function jsonTerm(term: Term): unknown {
  if ('iri' in term) return { '@id': term.iri };
  if ('resource' in term) return jsonObject(term.resource);
  return term.datatype ? { '@value': term.value, '@type': term.datatype } : term.value;
}

function jsonObject({ id, types, statements }: Resource): Record<string, unknown> {
  const object: Record<string, unknown[] | string | string[]> = {};
  if (id !== undefined) object['@id'] = id;
  if (types.length > 0) object['@type'] = types;
  for (const [predicate, term] of statements) {
    const values = (object[predicate] ?? []) as unknown[];
    values.push(jsonTerm(term));
    object[predicate] = values as string[];
  }
  return object;
}

export const jsonLdOpening = () => `{\n"@context": ${JSON.stringify(prefixes)},\n"@graph": [\n`;

/** One resource as a member of the "@graph" list; `first` has no comma before it. */
export const jsonLdResource = (resource: Resource, first: boolean) =>
  `${first ? '' : ',\n'}${JSON.stringify(jsonObject(resource))}`;

export const jsonLdClosing = () => '\n]\n}\n';
