import { describe, expect, it } from 'vitest';
import { meetingAliases } from '../../src/model/facts.ts';
import { labels } from '../../src/model/labels.ts';
import {
  endsOfType,
  relationshipFields,
  relationshipFieldsOf,
  relationshipTypes,
} from '../../src/model/relationships.ts';
import { routes } from '../../src/model/routes.ts';

describe('the graph model', () => {
  it('names each field of a label once, across relationships and routes', () => {
    for (const label of labels) {
      const names = [
        ...relationshipFieldsOf(label).map((f) => f.field),
        ...routes.filter((r) => r.on === label).map((r) => r.field),
      ];
      expect(names, label).toEqual([...new Set(names)]);
    }
  });

  it('puts every relationship field on a label that the relationship can have at that end', () => {
    for (const field of relationshipFields) {
      const { from, to } = endsOfType(field.type);
      const [near, far] = field.direction === 'out' ? [from, to] : [to, from];
      expect(near, `${field.on}.${field.field}`).toContain(field.on);
      for (const label of field.far) expect(far, `${field.on}.${field.field}`).toContain(label);
      expect(field.fanOut).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every relationship type a field at one end at least', () => {
    for (const type of relationshipTypes) {
      expect(
        relationshipFields.some((field) => field.type === type),
        type,
      ).toBe(true);
    }
  });

  it('chains every route through relationships whose labels meet', () => {
    for (const route of routes) {
      for (const path of route.paths) {
        let at: readonly string[] = [route.on];
        for (const step of path) {
          const reachable = step.types.flatMap((type) => {
            const { from, to } = endsOfType(type);
            const [near, far] = step.direction === 'out' ? [from, to] : [to, from];
            return near.some((label) => at.includes(label)) ? far : [];
          });
          expect(reachable.length, `${route.on}.${route.field}`).toBeGreaterThan(0);
          at = step.far ?? reachable;
          for (const label of at) expect(reachable).toContain(label);
        }
        for (const label of at) expect(route.far, `${route.on}.${route.field}`).toContain(label);
      }
    }
  });
});

describe("a meeting's names", () => {
  it('are each kept once, whether a meeting is described anew or again with the names it has', () => {
    const again = meetingAliases(18, '18th SOM', meetingAliases(18, '18th SOM', ['SOM18']));
    expect(again).toEqual(['SOM-18', 'SOM 18', '18th SOM', 'SOM18']);
  });
});
