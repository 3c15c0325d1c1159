// The plan operations (`dcs profile …`, the app's "Tải tệp kế hoạch"), merged into the services map.
import { dirname } from 'node:path';
import type { PlanApi, PlanCheck } from '../../../shared/ipc/planContract';
import { planChanges } from '../../../shared/plans/diff';
import { parsePlanText, planToText } from '../../../shared/plans/parse';
import { noSuchPlanText, type MessageDoor } from '../../../shared/domain/unitProfile';
import { findPlan, makeRegistry, planEntry, selectableChoices } from '../../../shared/plans/registry';
import { UserError } from '../../../shared/result';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../fs/atomicWrite';
import { decodeText } from '../import/decodeText';
import { listImportedPlans, planRegistry, saveImportedPlan } from './repo';
import { profileSummary } from './summary';

export type PlanServices = { [K in keyof PlanApi]: (arg: PlanApi[K]['arg']) => PlanApi[K]['result'] | Promise<PlanApi[K]['result']> };

export interface PlanContext {
  now: () => string;
  checkOutDir: (path: string) => void;
  /** Who reads the messages (see ServiceContext.door). */
  door?: MessageDoor;
}

function check(db: Db, fileName: string, base64: string): PlanCheck {
  const decoded = decodeText(Uint8Array.from(Buffer.from(base64, 'base64')), fileName);
  if (!decoded.ok) throw new UserError('BAD_PLAN', decoded.message);
  const parsed = parsePlanText(decoded.text, fileName);
  if (!parsed.ok) throw new UserError('BAD_PLAN', `Tệp ${fileName} chưa đúng mẫu kế hoạch; không có gì thay đổi. Hãy sửa các chỗ sau rồi kiểm tra lại:`, parsed.errors);
  const plan = parsed.plan;
  const reg = planRegistry(db);
  if (plan.scope === 'national') throw new UserError('BAD_PLAN', `Tệp ${fileName} là khung chung của Luật; khung này có sẵn trong ứng dụng, không cần nhập.`);
  if (plan.scope === 'local' && plan.parent && !findPlan(reg, plan.parent)) {
    throw new UserError('BAD_PLAN', `Tệp ${fileName} bổ sung kế hoạch "${plan.parent}" nhưng ứng dụng chưa có kế hoạch này. Hãy nhập kế hoạch của tỉnh trước.`);
  }
  const current = planEntry(reg, plan.id);
  const after = makeRegistry([...listImportedPlans(db).filter((p) => p.id !== plan.id), plan]);
  return {
    summary: profileSummary(after, { plan, origin: 'imported' }),
    plan,
    replaces: current?.origin ?? null,
    changes: planChanges(current?.plan, plan),
  };
}

export function createPlanServices(db: Db, ctx: PlanContext): PlanServices {
  return {
    'profile.show': ({ id }) => {
      const reg = planRegistry(db);
      const e = planEntry(reg, id);
      if (!e) throw new UserError('NO_PROFILE', noSuchPlanText(id, selectableChoices(reg), ctx.door));
      return { summary: profileSummary(reg, e), plan: e.plan };
    },
    'profile.export': ({ id, outFile }) => {
      const reg = planRegistry(db);
      const plan = findPlan(reg, id);
      if (!plan) throw new UserError('NO_PROFILE', noSuchPlanText(id, selectableChoices(reg), ctx.door));
      if (!/\.json$/i.test(outFile)) throw new UserError('BAD_FILE_NAME', `Tên tệp "${outFile}" phải có đuôi .json.`);
      ctx.checkOutDir(dirname(outFile));
      writeFileAtomic(outFile, Buffer.from(planToText(plan), 'utf8'));
      return { path: outFile };
    },
    'profile.check': ({ fileName, base64 }) => check(db, fileName, base64),
    'profile.import': ({ fileName, base64 }) => {
      const r = check(db, fileName, base64);
      saveImportedPlan(db, r.plan, ctx.now());
      return r;
    },
  };
}
