/**
 * Object types whose every field the planner answers, declared as a map of field to type,
 * meaning and plan; by default a field is the value the statement computed for the row under
 * the field's name (counts for dashboards).
 */
import type { TypeParam } from '@pothos/core';
import { type FieldPlan, fromRow } from '../graph/plan.ts';
import { type BuilderTypes, builder, type Row } from './builder.ts';
import { planned } from './planned.ts';

export interface PlannedField {
  type: TypeParam<BuilderTypes>;
  description: string;
  /** How its value is read, where it is not the row's value of the field's name. */
  plan?: FieldPlan;
}

export const plannedObject = (
  name: string,
  description: string,
  fields: Record<string, PlannedField>,
) =>
  builder.objectRef<Row>(name).implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([field, { type, description, plan }]) => [
          field,
          t.field({ type, description, ...planned(plan ?? fromRow(field)) }),
        ]),
      ),
  });
