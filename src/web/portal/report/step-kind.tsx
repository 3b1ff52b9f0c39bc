import { PIPELINE_LABELS, type Pipeline } from '../../../domain/vocabulary/index.js';
import { ChoiceGroup, errorOf, TextField } from '../ui.js';
import { NATURE_CHOICES, type Problem, type ReportDraft } from './draft.js';

export interface StepProps {
  draft: ReportDraft;
  update: (patch: Partial<ReportDraft>) => void;
  problems: Problem[];
}

const PIPELINES: { value: Pipeline; label: string; hint: string }[] = [
  {
    value: 'government',
    label: PIPELINE_LABELS.government,
    hint: '向党委、政府信访部门反映诉求、提出建议、检举控告',
  },
  {
    value: 'discipline',
    label: '纪检监察举报',
    hint: '向纪检监察机关检举控告党员干部、公职人员违纪违法，申诉或提出批评建议',
  },
];

/** Step 1: which channel, what kind of matter, real name or anonymous. */
export function StepKind({ draft, update, problems }: StepProps) {
  const p = draft.petitioner;
  const setPetitioner = (patch: Partial<ReportDraft['petitioner']>) =>
    update({ petitioner: { ...p, ...patch } });
  return (
    <>
      <ChoiceGroup
        field="pipeline"
        legend="反映类别"
        options={PIPELINES}
        value={draft.pipeline}
        error={errorOf(problems, 'pipeline')}
        onChange={(pipeline) =>
          update({
            pipeline,
            nature: NATURE_CHOICES[pipeline].some((n) => n.value === draft.nature) ? draft.nature : '',
            categoryCode: '',
          })
        }
      />
      {draft.pipeline && (
        <ChoiceGroup
          field="nature"
          legend="问题性质"
          options={NATURE_CHOICES[draft.pipeline]}
          value={draft.nature}
          error={errorOf(problems, 'nature')}
          onChange={(nature) => update({ nature })}
        />
      )}
      <ChoiceGroup
        field="anonymous"
        legend="实名或匿名"
        options={[
          { value: 'named', label: '实名反映', hint: '留下姓名和联系电话，优先办理，并告知您受理和办理结果' },
          { value: 'anonymous', label: '匿名反映', hint: '不留姓名和联系方式，凭查询码和查询密码查询进度' },
        ]}
        value={draft.anonymous === null ? '' : draft.anonymous ? 'anonymous' : 'named'}
        error={errorOf(problems, 'anonymous')}
        onChange={(v) => update({ anonymous: v === 'anonymous' })}
      />
      {draft.anonymous === false && (
        <fieldset className="group">
          <legend>您的信息</legend>
          <p className="hint">您的个人信息严格保密，只用于核实和告知办理情况。</p>
          <TextField
            field="petitioner-name"
            label="姓名"
            required
            autoComplete="name"
            maxLength={50}
            value={p.name}
            error={errorOf(problems, 'petitioner-name')}
            onChange={(name) => setPetitioner({ name })}
          />
          <TextField
            field="petitioner-phone"
            label="联系电话"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            maxLength={30}
            value={p.phone}
            error={errorOf(problems, 'petitioner-phone')}
            onChange={(phone) => setPetitioner({ phone })}
          />
          <TextField
            field="petitioner-idNumber"
            label="身份证号码"
            maxLength={18}
            value={p.idNumber}
            error={errorOf(problems, 'petitioner-idNumber')}
            onChange={(idNumber) => setPetitioner({ idNumber })}
          />
          <TextField
            field="petitioner-address"
            label="联系地址"
            autoComplete="street-address"
            maxLength={200}
            value={p.address}
            error={errorOf(problems, 'petitioner-address')}
            onChange={(address) => setPetitioner({ address })}
          />
        </fieldset>
      )}
    </>
  );
}
