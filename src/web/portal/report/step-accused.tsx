import { RANK_LABELS, RANKS, type Rank } from '../../../domain/vocabulary/index.js';
import { errorOf, SelectField, TextField } from '../ui.js';
import { CategorySelect } from './category-select.js';
import { accusedRequired, emptyAccused, MAX_ACCUSED, type AccusedDraft } from './draft.js';
import { RegionSelect } from './region-select.js';
import type { StepProps } from './step-kind.js';

const RANK_OPTIONS = RANKS.map((r) => ({ value: r, label: RANK_LABELS[r] }));

/** Step 2: about whom (name, unit, position, rank), where it happened, and what kind of problem. */
export function StepAccused({ draft, update, problems }: StepProps) {
  const strict = accusedRequired(draft);
  const setAccused = (i: number, patch: Partial<AccusedDraft>) =>
    update({ accused: draft.accused.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <>
      <p className="hint">
        {strict
          ? '检举控告请至少填写一名被反映人。职级决定由哪一级机关受理，不清楚的请选择最接近的一项。'
          : '如果反映的问题涉及具体的人或单位，请填写；没有的可以不填。'}
      </p>
      {draft.accused.map((a, i) => {
        const field = (name: string) => `accused-${i}-${name}`;
        const required = strict && i === 0;
        return (
          <fieldset className="group" key={i}>
            <legend>被反映人 {i + 1}</legend>
            <TextField
              field={field('name')}
              label="姓名"
              required={required}
              maxLength={50}
              value={a.name}
              error={errorOf(problems, field('name'))}
              onChange={(name) => setAccused(i, { name })}
            />
            <TextField
              field={field('unit')}
              label="工作单位"
              required={required}
              maxLength={100}
              value={a.unit}
              error={errorOf(problems, field('unit'))}
              onChange={(unit) => setAccused(i, { unit })}
            />
            <TextField
              field={field('position')}
              label="职务"
              maxLength={60}
              value={a.position}
              error={errorOf(problems, field('position'))}
              onChange={(position) => setAccused(i, { position })}
            />
            <SelectField
              field={field('rank')}
              label="职级"
              required={required}
              value={a.rank}
              options={RANK_OPTIONS}
              error={errorOf(problems, field('rank'))}
              onChange={(rank) => setAccused(i, { rank: rank as Rank | '' })}
            />
            {draft.accused.length > 1 && (
              <button
                type="button"
                className="button small"
                onClick={() => {
                  update({ accused: draft.accused.filter((_, j) => j !== i) });
                  // The button goes away with its person: keep the keyboard where the list continues.
                  setTimeout(() => document.getElementById('add-accused')?.focus());
                }}
              >
                删除被反映人 {i + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      {draft.accused.length < MAX_ACCUSED && (
        <button
          type="button"
          id="add-accused"
          className="button small"
          onClick={() => update({ accused: [...draft.accused, emptyAccused()] })}
        >
          再添加一名被反映人
        </button>
      )}
      <RegionSelect
        value={draft.region}
        onChange={(region) => update({ region })}
        error={errorOf(problems, 'region')}
      />
      {draft.pipeline && (
        <CategorySelect
          pipeline={draft.pipeline}
          value={draft.categoryCode}
          error={errorOf(problems, 'category')}
          onChange={(categoryCode) => update({ categoryCode })}
        />
      )}
    </>
  );
}
