// First run: who the reporting unit is. Step 1 asks four things; step 2 shows what the province
// profile suggests (parent body, place name, symbol, signer) for the clerk to correct.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import { validateUnitProfile, type UnitProfile } from '../../../../shared/domain/unitProfile';
import { UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';
import { ApiError, call } from '../../api';
import { SelectField, TextField } from '../../components/Field';
import { ErrorBox } from '../../components/Status';
import { errorText } from '../../lib/useApi';
import { groupUnitErrors, suggestUnitCode, type UnitErrors } from '../../lib/unitForm';
import { provinceById, provinceFullName } from '../../../../shared/plans/provinces';
import { SignerFields } from './SignerFields';
import { PlanFileLoader } from '../plans/PlanFileLoader';

const STEP1_FIELDS = ['name', 'code', 'kind', 'profileId'] as const;

interface Props {
  onDone: (u: UnitProfile) => void;
  /** Opens the aggregator's screens without a reporting unit (Sở Nội vụ only consolidates). */
  onAggregateOnly?: () => void;
  /** True when the aggregator came here from its screens to declare its own unit. */
  returning?: boolean;
}

export function SetupScreen({ onDone, onAggregateOnly, returning }: Props) {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [profileId, setProfileId] = useState('');
  const [draft, setDraft] = useState<UnitProfile | null>(null);
  const [errors, setErrors] = useState<UnitErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('profiles.list', undefined).then(setProfiles, (e: unknown) => setLoadError(errorText(e)));
  }, []);

  const choices = profiles ?? [];

  /** Step 1's problems for these values. */
  const step1Errors = (v: { name: string; code: string; kind: UnitKind | ''; profileId: string }): UnitErrors => {
    const candidate: Partial<UnitProfile> = {
      name: v.name,
      code: v.code,
      kind: v.kind || undefined,
      profileId: v.profileId,
      parentBody: '',
      placeName: 'x',
      docSymbol: 'X',
      archiveTag: '',
      planRef: '',
      signer: { authority: '', onBehalfOf: '', title: 'x', name: '' },
      kinhGui: [],
      recipients: [],
      periodOverrides: {},
    };
    const found = groupUnitErrors(validateUnitProfile(candidate, choices));
    const step1: UnitErrors = {};
    for (const f of STEP1_FIELDS) if (found[f]) step1[f] = found[f];
    return step1;
  };

  // After a "Tiếp tục" with errors, each message goes away as soon as its field is right.
  const recheck = (patch: Partial<{ name: string; code: string; kind: UnitKind | ''; profileId: string }>) => {
    if (!Object.keys(errors).length) return;
    const now = step1Errors({ name, code, kind, profileId, ...patch });
    const kept: UnitErrors = {};
    for (const f of STEP1_FIELDS) if (errors[f] && now[f]) kept[f] = now[f];
    setErrors(kept);
  };

  // "Bỏ qua, mở phần Tổng hợp": the aggregator's reports follow its province's plan, so it names one.
  const [aggAsk, setAggAsk] = useState(false);
  const [aggProvince, setAggProvince] = useState('');
  const [aggError, setAggError] = useState<string | null>(null);
  const openAggregate = async () => {
    const p = profiles?.find((x) => x.id === aggProvince);
    if (!p) {
      setAggError('Hãy chọn tỉnh, thành phố của cơ quan tổng hợp.');
      return;
    }
    setBusy(true);
    try {
      const province = provinceById(p.provinceId);
      const d = await call('unit.defaults', { profileId: p.id, kind: 'co_quan', name: `Sở Nội vụ ${province ? provinceFullName(province) : p.name}` });
      await call('aggregate.settings.set', { ...d, code: '', docSymbol: 'SNV' });
      onAggregateOnly?.();
    } catch (err) {
      setAggError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const step2 = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Step 2 replaces step 1's form: the keyboard goes on in its first field, not back to the page.
    if (draft) step2.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [draft !== null]);

  const next = async (e: FormEvent) => {
    e.preventDefault();
    const step1 = step1Errors({ name, code, kind, profileId });
    setErrors(step1);
    if (Object.keys(step1).length || !kind) return;
    setBusy(true);
    try {
      const d = await call('unit.defaults', { profileId, kind, name: name.trim() });
      setDraft({ ...d, code: code.trim() });
    } catch (err) {
      setErrors({ general: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const finish = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const found = groupUnitErrors(validateUnitProfile(draft, choices));
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      onDone(await call('unit.set', draft));
    } catch (err) {
      setErrors(err instanceof ApiError && err.details.length ? { ...groupUnitErrors(err.details), general: err.message } : { general: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  if (loadError) return <main className="setup"><ErrorBox message={loadError} /></main>;

  return (
    <main className="setup">
      <div className="setup-card">
        <h1>Khai báo đơn vị báo cáo</h1>
        <p className="lead">
          Lần đầu sử dụng, hãy cho biết đơn vị của bạn. Các thông tin này in ở đầu và cuối báo cáo; có thể sửa lại bất cứ lúc nào trong mục Cài đặt.
        </p>
        <ol className="steps" aria-label="Các bước">
          <li className={draft ? 'done' : 'current'}>1. Đơn vị</li>
          <li className={draft ? 'current' : ''}>2. Thông tin in trên báo cáo</li>
        </ol>
        {errors.general ? <ErrorBox message={errors.general} /> : null}
        {!draft ? (
          <form onSubmit={next} noValidate>
            <TextField
              label="Tên đơn vị"
              value={name}
              autoFocus
              placeholder="Ví dụ: Ủy ban nhân dân xã Bình Lư"
              error={errors.name}
              onChange={(e) => {
                setName(e.target.value);
                recheck({ name: e.target.value });
              }}
              onBlur={() => {
                // No re-check here: an error vanishing on blur would move the field the clerk is clicking.
                if (!code.trim() && name.trim()) setCode(suggestUnitCode(name));
              }}
            />
            <TextField
              label="Mã đơn vị"
              value={code}
              placeholder="Ví dụ: UBND-BINHLU"
              hint="Dùng để đặt tên tệp báo cáo và để cấp trên tổng hợp: chữ không dấu, chữ số, dấu gạch ngang, không có khoảng trắng."
              error={errors.code}
              onChange={(e) => {
                setCode(e.target.value);
                recheck({ code: e.target.value });
              }}
            />
            <fieldset className="field radio-list">
              <legend>Loại đơn vị</legend>
              {UNIT_KINDS.map((k) => (
                <label key={k} className="radio">
                  <input type="radio" name="unit-kind" value={k} checked={kind === k} onChange={() => (setKind(k), recheck({ kind: k }))} />
                  {UNIT_KIND_INFO[k].label}
                </label>
              ))}
              {errors.kind ? <div className="field-error" role="alert">{errors.kind}</div> : null}
            </fieldset>
            <SelectField label="Hồ sơ tỉnh (theo nghị quyết, kế hoạch của tỉnh)" value={profileId} error={errors.profileId} onChange={(e) => (setProfileId(e.target.value), recheck({ profileId: e.target.value }))}>
              <option value="">— Chọn tỉnh —</option>
              {(profiles ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.reportTo ? `báo cáo gửi ${p.reportTo}` : 'khung chung của Luật; nơi nhận, hạn nộp do đơn vị ghi'})
                </option>
              ))}
            </SelectField>
            <PlanFileLoader
              idPrefix="setup"
              onApplied={(list, loaded) => {
                setProfiles(list);
                setProfileId(loaded.id);
              }}
            />
            <div className="actions">
              <button type="submit" className="btn btn-primary" disabled={busy || !profiles}>
                Tiếp tục
              </button>
            </div>
            {onAggregateOnly ? (
              <div className="setup-aggregate">
                <span className="muted">
                  {returning ? 'Chưa muốn khai báo đơn vị?' : 'Cơ quan chỉ nhận và tổng hợp báo cáo của các đơn vị (ví dụ Sở Nội vụ)?'}
                </span>
                <button type="button" className="btn btn-small" onClick={returning ? onAggregateOnly : () => setAggAsk(true)} aria-expanded={returning ? undefined : aggAsk}>
                  {returning ? 'Quay lại phần Tổng hợp' : 'Bỏ qua, mở phần Tổng hợp'}
                </button>
                {aggAsk && !returning ? (
                  <div className="setup-agg-ask">
                    <SelectField
                      label="Cơ quan tổng hợp thuộc tỉnh, thành phố nào?"
                      value={aggProvince}
                      error={aggError ?? undefined}
                      autoFocus
                      onChange={(e) => {
                        setAggProvince(e.target.value);
                        setAggError(null);
                      }}
                    >
                      <option value="">— Chọn tỉnh, thành phố —</option>
                      {(profiles ?? [])
                        .filter((p) => p.scope !== 'local')
                        .map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                    </SelectField>
                    <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => void openAggregate()}>
                      Mở phần Tổng hợp
                    </button>
                  </div>
                ) : null}
              </div>
            ) : null}
          </form>
        ) : (
          <form onSubmit={finish} noValidate ref={step2}>
            <p className="muted">
              Đã điền sẵn theo hồ sơ tỉnh; hãy kiểm tra và sửa cho đúng với đơn vị của bạn.
            </p>
            <div className="grid-2">
              <TextField
                label="Cơ quan chủ quản (dòng trên tên đơn vị)"
                value={draft.parentBody}
                error={errors.parentBody}
                placeholder="Để trống nếu không có"
                onChange={(e) => setDraft({ ...draft, parentBody: e.target.value })}
              />
              <TextField
                label="Địa danh (ở dòng ngày tháng)"
                value={draft.placeName}
                error={errors.placeName}
                hint={`In là: ${draft.placeName || '…'}, ngày … tháng … năm …`}
                onChange={(e) => setDraft({ ...draft, placeName: e.target.value })}
              />
              <TextField
                label="Ký hiệu cơ quan (trong số văn bản)"
                value={draft.docSymbol}
                error={errors.docSymbol}
                hint={`In là: Số: …/BC-${draft.docSymbol || '…'}`}
                onChange={(e) => setDraft({ ...draft, docSymbol: e.target.value })}
              />
              <div className="field">
                <span className="label-like">Báo cáo gửi</span>
                <div className="readonly-box">{draft.kinhGui.join('; ') || 'Không ghi Kính gửi'}</div>
                <div className="field-hint">Sửa trong Cài đặt nếu cần.</div>
              </div>
            </div>
            <h2 className="section-title">Người ký báo cáo</h2>
            <SignerFields signer={draft.signer} errors={errors} onChange={(signer) => setDraft({ ...draft, signer })} />
            <div className="actions">
              <button type="button" className="btn" onClick={() => { setDraft(null); setErrors({}); }}>
                Quay lại
              </button>
              <button type="submit" className="btn btn-primary" disabled={busy}>
                Hoàn tất
              </button>
            </div>
          </form>
        )}
      </div>
    </main>
  );
}
