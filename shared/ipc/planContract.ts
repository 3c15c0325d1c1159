// Operations on reporting plans (hồ sơ kế hoạch): list, show, export, check and import a plan file.
// Merged into the main contract so the CLI (`dcs profile …`), the app and the bridge serve them alike.
import { z } from 'zod';
import type { Plan } from '../plans/schema';
import { text } from '../schema';
import type { FileArg, ProfileSummary } from './contract';

export interface PlanCheck {
  summary: ProfileSummary;
  plan: Plan;
  /** The plan of the same id in use now ('builtin' or 'imported'), or null when the file adds a new plan. */
  replaces: 'builtin' | 'imported' | 'national' | null;
  /** What applying it changes, in sentences; for a new plan, what it holds. */
  changes: string[];
}

export interface PlanApi {
  /** One plan in full: targets, tasks with their owners, deadlines, recipients, documents, outline. */
  'profile.show': { arg: { id: string }; result: { summary: ProfileSummary; plan: Plan } };
  /** Writes a plan as a file a Sở Nội vụ can edit and hand to its units. */
  'profile.export': { arg: { id: string; outFile: string }; result: { path: string } };
  /** Reads a plan file and says what it would change; stores nothing. */
  'profile.check': { arg: FileArg; result: PlanCheck };
  /** Stores a plan file (replacing a plan of the same id); a bad file changes nothing. */
  'profile.import': { arg: FileArg; result: PlanCheck };
}

const file = z.strictObject({ fileName: text(260), base64: text(7_000_000) });

export const PLAN_ARG_CHECKS = {
  'profile.show': z.strictObject({ id: text(40) }),
  'profile.export': z.strictObject({ id: text(40), outFile: text(1000) }),
  'profile.check': file,
  'profile.import': file,
} satisfies { [K in keyof PlanApi]: z.ZodType };
