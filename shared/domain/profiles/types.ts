// A province profile is a reporting plan (shared/plans/schema.ts): the types come from its schema.
import type { Formula, Plan } from '../../plans/schema';

export type { LocalUnit, MeasureDef, OutlineSection, SectionKey, TargetDef, TaskDef, TaskOwner, Level } from '../../plans/schema';
export type ProvinceProfile = Plan;
export type TargetResult = Formula;
