// The unit-profile form of Cài đặt (the unit's own profile) and Cài đặt tổng hợp (the
// aggregator's): both edit a UnitProfile with the same fields, checks and save flow, so a fix to
// one must reach the other. Only the wording, where the profile is stored and which period is
// shown as "đang áp dụng" differ, and those come from the screen.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import type { UnitProfile } from '../../../../shared/domain/unitProfile';
import { UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';
import { PlanFileLoader } from '../plans/PlanFileLoader';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import { ApiError } from '../../api';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { ErrorBox } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { linesToList, listToLines } from '../../lib/files';
import { groupUnitErrors, type UnitErrors } from '../../lib/unitForm';
import { errorText } from '../../lib/useApi';
import { SignerFields } from '../setup/SignerFields';
import { OVERRIDE_PERIODS, overridesToText, textToOverrides, type OverrideErrors, type OverridePeriod, type OverrideText } from './overrides';
import { PeriodOverrideFields } from './PeriodOverrideFields';

type OverrideTexts = Record<OverridePeriod, OverrideText>;

function overrideTexts(p: UnitProfile): OverrideTexts {
  return { H1: overridesToText(p.periodOverrides, 'H1'), Y: overridesToText(p.periodOverrides, 'Y') };
}

export interface SaveUnitProfile {
  /** The messages of the profile's check, as validateUnitProfile gives them. */
  check: (next: UnitProfile) => string[];
  store: (next: UnitProfile) => Promise<void>;
  savedMessage: string;
}

export interface UnitProfileForm {
  draft: UnitProfile;
  setDraft: (p: UnitProfile) => void;
  kinhGui: string;
  setKinhGui: (text: string) => void;
  recipients: string;
  setRecipients: (text: string) => void;
  overrides: OverrideTexts;
  setOverrides: (o: OverrideTexts) => void;
  errors: UnitErrors;
  overrideErrors: OverrideErrors;
  busy: boolean;
  /** Back to the stored profile, cut-off and deadline fields included. */
  reset: () => void;
  submit: (e: FormEvent) => Promise<void>;
  /** True while the form holds edits that differ from the stored profile. */
  dirty: boolean;
}

/** Equal data whatever the order of keys (the stored profile comes back from the database). */
function sameData(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(norm) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, norm((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/**
 * The form's state, filled from `stored` once (a screen that must refill it after a save remounts
 * the form); resetting and saving use `stored` as it is now, so the period overrides the form does
 * not show (H2) are kept as stored.
 */
export function useUnitProfileForm(stored: UnitProfile, { check, store, savedMessage }: SaveUnitProfile): UnitProfileForm {
  const toast = useToast();
  const [draft, setDraft] = useState<UnitProfile>(stored);
  const [kinhGui, setKinhGui] = useState(listToLines(stored.kinhGui));
  const [recipients, setRecipients] = useState(listToLines(stored.recipients));
  const [overrides, setOverrides] = useState<OverrideTexts>(() => overrideTexts(stored));
  const [errors, setErrors] = useState<UnitErrors>({});
  const [overrideErrors, setOverrideErrors] = useState<OverrideErrors>({});
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setDraft(stored);
    setKinhGui(listToLines(stored.kinhGui));
    setRecipients(listToLines(stored.recipients));
    setOverrides(overrideTexts(stored));
    setOverrideErrors({});
    setErrors({});
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ov = textToOverrides(overrides, stored.periodOverrides);
    setOverrideErrors(ov.errors);
    const next: UnitProfile = { ...draft, kinhGui: linesToList(kinhGui), recipients: linesToList(recipients), periodOverrides: ov.value };
    const found = groupUnitErrors(check(next));
    setErrors(found);
    if (Object.keys(found).length || Object.keys(ov.errors).length) {
      toast({ message: 'Chưa lưu: còn thông tin chưa hợp lệ (ghi màu đỏ).', tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      await store(next);
      toast({ message: savedMessage });
    } catch (err) {
      setErrors(err instanceof ApiError && err.details.length ? { ...groupUnitErrors(err.details), general: err.message } : { general: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const dirty =
    // The lists and cut-offs are edited as text beside the draft; compare those as text.
    !sameData({ ...draft, kinhGui: [], recipients: [], periodOverrides: {} }, { ...stored, kinhGui: [], recipients: [], periodOverrides: {} }) ||
    kinhGui !== listToLines(stored.kinhGui) ||
    recipients !== listToLines(stored.recipients) ||
    (['H1', 'Y'] as const).some((t) => !sameData(overrides[t], overridesToText(stored.periodOverrides, t)));

  return { draft, setDraft, kinhGui, setKinhGui, recipients, setRecipients, overrides, setOverrides, errors, overrideErrors, busy, reset, submit, dirty };
}

/** What a screen says in the form: the unit's own report and the consolidated one read differently. */
export interface UnitProfileWording {
  unitTitle: string;
  nameHint?: string;
  codeHint: string;
  profileHint?: string;
  printTitle: string;
  planRefLabel: string;
  planRefPlaceholder?: string;
  periodTitle: string;
  periodNote: ReactNode;
  submitLabel: string;
}

interface Props {
  form: UnitProfileForm;
  profiles: ProfileSummary[];
  wording: UnitProfileWording;
  /** Start of the section headings' ids, which name the sections for screen readers. */
  idPrefix: string;
  /** The signer section's id, where a "còn thiếu" jump to the signer lands. */
  signerId?: string;
  effective: (type: OverridePeriod) => PeriodInfo | null;
  onReset: () => void;
  /** Given, the form offers to load a plan file; called with the new list once one is applied. */
  onProfilesChanged?: (profiles: ProfileSummary[]) => void;
}

/** The form's sections and its save bar; the screen supplies the <form> around them. */
export function UnitProfileFields({ form, profiles, wording: w, idPrefix, signerId, effective, onReset, onProfilesChanged }: Props) {
  const { draft, setDraft, errors } = form;
  return (
    <>
      {errors.general ? <ErrorBox message={errors.general} /> : null}
      <section className="card" aria-labelledby={`${idPrefix}-unit-h`}>
        <h2 id={`${idPrefix}-unit-h`}>{w.unitTitle}</h2>
        <div className="grid-2">
          <TextField label="Tên đơn vị" value={draft.name} error={errors.name} hint={w.nameHint} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <TextField label="Mã đơn vị" value={draft.code} error={errors.code} hint={w.codeHint} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
          <SelectField label="Loại đơn vị" value={draft.kind} error={errors.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as UnitKind })}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_INFO[k].label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Hồ sơ tỉnh" value={draft.profileId} error={errors.profileId} hint={w.profileHint} onChange={(e) => setDraft({ ...draft, profileId: e.target.value })}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
        {onProfilesChanged ? (
          <PlanFileLoader
            idPrefix={idPrefix}
            onApplied={(list, loaded) => {
              onProfilesChanged(list);
              setDraft({ ...draft, profileId: loaded.id });
            }}
          />
        ) : null}
      </section>
      <section className="card" aria-labelledby={`${idPrefix}-print-h`}>
        <h2 id={`${idPrefix}-print-h`}>{w.printTitle}</h2>
        <div className="grid-2">
          <TextField label="Cơ quan chủ quản (dòng trên tên đơn vị)" value={draft.parentBody} error={errors.parentBody} onChange={(e) => setDraft({ ...draft, parentBody: e.target.value })} />
          <TextField label="Địa danh (ở dòng ngày tháng)" value={draft.placeName} error={errors.placeName} onChange={(e) => setDraft({ ...draft, placeName: e.target.value })} />
          <TextField label="Ký hiệu cơ quan (Số: …/BC-…)" value={draft.docSymbol} error={errors.docSymbol} onChange={(e) => setDraft({ ...draft, docSymbol: e.target.value })} />
          <TextField label="Đơn vị soạn thảo, lưu (Lưu: VT, …)" value={draft.archiveTag} error={errors.archiveTag} onChange={(e) => setDraft({ ...draft, archiveTag: e.target.value })} />
        </div>
        <TextAreaField
          label={w.planRefLabel}
          rows={2}
          value={draft.planRef}
          error={errors.planRef}
          placeholder={w.planRefPlaceholder}
          onChange={(e) => setDraft({ ...draft, planRef: e.target.value })}
        />
      </section>
      <section className="card" id={signerId} tabIndex={signerId ? -1 : undefined} aria-labelledby={`${idPrefix}-signer-h`}>
        <h2 id={`${idPrefix}-signer-h`}>Người ký</h2>
        <SignerFields signer={draft.signer} errors={errors} onChange={(signer) => setDraft({ ...draft, signer })} />
      </section>
      <section className="card" aria-labelledby={`${idPrefix}-recv-h`}>
        <h2 id={`${idPrefix}-recv-h`}>Kính gửi và nơi nhận</h2>
        <div className="grid-2">
          <TextAreaField label="Kính gửi (mỗi dòng một cơ quan)" rows={3} value={form.kinhGui} error={errors.kinhGui} onChange={(e) => form.setKinhGui(e.target.value)} />
          <TextAreaField
            label="Nơi nhận khác (mỗi dòng một nơi)"
            rows={3}
            value={form.recipients}
            error={errors.recipients}
            hint="“Như trên” và “Lưu: VT, …” được thêm tự động."
            onChange={(e) => form.setRecipients(e.target.value)}
          />
        </div>
      </section>
      <section className="card" aria-labelledby={`${idPrefix}-period-h`}>
        <h2 id={`${idPrefix}-period-h`}>{w.periodTitle}</h2>
        <p className="muted small">{w.periodNote}</p>
        <div className="grid-2">
          {OVERRIDE_PERIODS.map((p) => (
            <PeriodOverrideFields
              key={p.type}
              type={p.type}
              label={p.label}
              value={form.overrides[p.type]}
              errors={form.overrideErrors}
              effective={effective(p.type)}
              onChange={(v) => form.setOverrides({ ...form.overrides, [p.type]: v })}
            />
          ))}
        </div>
      </section>
      <div className="actions sticky-actions">
        <button type="button" className="btn" onClick={onReset}>
          Hoàn lại
        </button>
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {w.submitLabel}
        </button>
      </div>
    </>
  );
}
