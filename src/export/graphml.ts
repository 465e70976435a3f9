/**
 * The whole graph as GraphML, for Gephi, Cytoscape desktop, yEd and NetworkX: every node with
 * its label and properties, every relationship with its type, properties and evidence (the
 * cells read as in the CSV files). Attribute keys are declared first, from the properties the
 * graph holds, typed where every value agrees.
 */
import { labels } from '../model/labels.ts';
import { identifyingProperties } from '../model/relationship-identity.ts';
import { relationshipTypes } from '../model/relationships.ts';
import type { ReadSnapshot } from '../neo4j/database.ts';
import { statements } from '../neo4j/statements.ts';
import { cell, evidenceCells, evidenceColumns, evidenceOf } from './cells.ts';
import {
  type Column,
  nodeColumns,
  relationshipColumns,
  typedRelationshipColumns,
} from './columns.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot carry
const notInXml = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

const xml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 cannot carry at all (the control characters but tab and line breaks).
    .replace(notInXml, '');

const key = (id: string, scope: 'node' | 'edge', type: Column['type']) =>
  `  <key id="${xml(id)}" for="${scope}" attr.name="${xml(id)}" attr.type="${type}"/>\n`;

const data = (id: string, value: string) =>
  value === '' ? '' : `<data key="${xml(id)}">${xml(value)}</data>`;

/** Adds a column to `columns`: one whose values are of two types is a string. */
function widen(columns: Map<string, Column['type']>, { key, type }: Column) {
  const known = columns.get(key);
  columns.set(key, known === undefined || known === type ? type : 'string');
}

/** The columns of every label together: a property of two types in two labels is a string. */
async function allNodeColumns(snapshot: ReadSnapshot) {
  const byLabel = new Map<string, Column[]>();
  const union = new Map<string, Column['type']>();
  for (const label of labels) {
    const columns = await nodeColumns(snapshot, label);
    byLabel.set(label, columns);
    for (const column of columns) widen(union, column);
  }
  return { byLabel, union };
}

export async function* graphml(snapshot: ReadSnapshot): AsyncGenerator<string> {
  const { byLabel, union } = await allNodeColumns(snapshot);
  const edgeColumns = new Map<string, Column['type']>();
  for (const type of relationshipTypes) {
    for (const column of await typedRelationshipColumns(snapshot, type)) widen(edgeColumns, column);
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield key('label', 'node', 'string');
  for (const [id, type] of union) if (id !== 'id') yield key(id, 'node', type);
  for (const id of evidenceColumns) yield key(id, 'node', 'string');
  yield key('type', 'edge', 'string');
  for (const [id, type] of edgeColumns) yield key(id, 'edge', type);
  for (const id of evidenceColumns) yield key(id, 'edge', 'string');
  yield '  <graph id="neaspec" edgedefault="directed">\n';
  for (const label of labels) {
    const columns = (byLabel.get(label) ?? []).filter((column) => column.key !== 'id');
    for await (const node of snapshot.rows(statements.read.exportNodes, { label })) {
      const evidence = evidenceCells(evidenceOf(node));
      yield `    <node id="${xml(node.id)}">${data('label', label)}${columns
        .map(({ key }) => data(key, cell(node.properties[key])))
        .join('')}${evidenceColumns.map((id, i) => data(id, evidence[i] ?? '')).join('')}</node>\n`;
    }
  }
  for (const type of relationshipTypes) {
    const columns = relationshipColumns(type);
    for await (const link of snapshot.rows(statements.read.exportRelationships, {
      type,
      identifying: identifyingProperties(type),
    })) {
      const evidence = evidenceCells(evidenceOf(link));
      yield `    <edge source="${xml(link.from)}" target="${xml(link.to)}">${data('type', type)}${columns
        .map((id) => data(id, cell(link.properties[id])))
        .join('')}${evidenceColumns.map((id, i) => data(id, evidence[i] ?? '')).join('')}</edge>\n`;
    }
  }
  yield '  </graph>\n</graphml>\n';
}
