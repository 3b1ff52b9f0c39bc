import { FilePicker } from '../file-picker.js';
import { errorOf, TextArea, TextField } from '../ui.js';
import { MAX_FILES } from './draft.js';
import type { StepProps } from './step-kind.js';

/** Step 3: what happened, what is asked, the evidence, and an optional password of one's own. */
export function StepContent({ draft, update, problems }: StepProps) {
  return (
    <>
      <TextField
        field="title"
        label="标题"
        required
        hint="用一句话概括反映的问题，4 至 100 个字。"
        maxLength={100}
        value={draft.title}
        error={errorOf(problems, 'title')}
        onChange={(title) => update({ title })}
      />
      <TextArea
        field="content"
        label="反映内容"
        required
        rows={10}
        hint="请写明时间、地点、人物、事情经过和涉及金额，以及知情人或证据线索。"
        maxLength={20000}
        value={draft.content}
        error={errorOf(problems, 'content')}
        onChange={(content) => update({ content })}
      />
      <TextArea
        field="demands"
        label="诉求"
        rows={3}
        hint="您希望解决什么问题。"
        maxLength={2000}
        value={draft.demands}
        error={errorOf(problems, 'demands')}
        onChange={(demands) => update({ demands })}
      />
      <FilePicker
        field="files"
        label="证据材料"
        files={draft.files}
        max={MAX_FILES}
        error={errorOf(problems, 'files')}
        onChange={(files) => update({ files })}
      />
      <fieldset className="group">
        <legend>查询密码</legend>
        <p className="hint">
          提交后系统给您一个查询码。您可以自己设定查询密码（至少 6 位）；不设定的，系统会生成一个。
        </p>
        <TextField
          field="password"
          label="查询密码"
          type="password"
          autoComplete="new-password"
          maxLength={64}
          value={draft.password}
          error={errorOf(problems, 'password')}
          onChange={(password) => update({ password })}
        />
        {draft.password && (
          <TextField
            field="passwordConfirm"
            label="再次输入查询密码"
            type="password"
            autoComplete="new-password"
            required
            maxLength={64}
            value={draft.passwordConfirm}
            error={errorOf(problems, 'passwordConfirm')}
            onChange={(passwordConfirm) => update({ passwordConfirm })}
          />
        )}
      </fieldset>
    </>
  );
}
