import { App, Typography } from 'antd';
import { ApiError, api } from '../../../../common/api.js';
import { FormModal } from '../../../../common/form-modal.js';
import type { Unit } from '../../../../common/types.js';
import { useLoad } from '../../../../common/use-load.js';
import { fieldLabel } from '../../../../../domain/workflow/guards.js';
import { TRANSITIONS, type CaseAction } from '../../../../../domain/workflow/transitions.js';
import { ActionFields, fieldsOf, toPayload } from './action-fields.js';
import { isRouteAction, preselectedTarget, RouteField, SuggestionNote } from './route-field.js';
import type { RouteSuggestion } from './types.js';

const STALE =
  '本件已被他人办理或修改，您的提交未保存。页面已更新为最新状态，请核对后再次提交（已填写的内容仍保留）';

interface Props {
  caseId: string;
  caseNo: string;
  action: CaseAction;
  version: number;
  units: readonly Unit[];
  ownUnit: { id: string; path: string };
  onClose: () => void;
  /** After the action went through. */
  onDone: () => void;
  /** Someone else acted first: the trail is read again (a new version), the dialog keeps what was typed. */
  onStale: () => void;
}

/** One workflow action: its fields, the routing suggestion where the case goes elsewhere, and the server's answer. */
export function ActionDialog({
  caseId,
  caseNo,
  action,
  version,
  units,
  ownUnit,
  onClose,
  onDone,
  onStale,
}: Props) {
  const { message } = App.useApp();
  const t = TRANSITIONS[action];
  const routed = isRouteAction(action);
  const suggestion = useLoad(
    () =>
      routed
        ? api.get<RouteSuggestion>(`/cases/${caseId}/route-suggestion`)
        : Promise.resolve(undefined as RouteSuggestion | undefined),
    `${caseId}:${action}`,
  );
  const fields = fieldsOf(action);

  const submit = async (values: Record<string, unknown>) => {
    try {
      await api.post(`/cases/${caseId}/actions/${action}`, { version, payload: toPayload(values) });
    } catch (e) {
      // Someone acted first: nothing was saved. Show the case as it is now and let the user check and resend.
      if (e instanceof ApiError && e.status === 409) {
        onStale();
        throw new ApiError(409, e.code, STALE);
      }
      throw e;
    }
    message.success(`已${t.label}`);
    onDone();
  };

  const ready = !routed || !suggestion.loading;
  return (
    <FormModal<Record<string, unknown>>
      key={`${action}:${ready ? 'ready' : 'loading'}`}
      title={`${t.label}：${caseNo}`}
      okText={t.label}
      open
      width={routed ? 640 : 560}
      initialValues={routed ? { targetUnitId: preselectedTarget(action, suggestion.data) } : {}}
      onCancel={onClose}
      onSubmit={submit}
    >
      {() => (
        <>
          {routed && <SuggestionNote suggestion={suggestion.data} />}
          {routed && suggestion.error && (
            <Typography.Paragraph type="warning">
              无法取得系统建议：{suggestion.error.message}
            </Typography.Paragraph>
          )}
          {routed && ready && (
            <RouteField
              action={action}
              label={fieldLabel(t, 'targetUnitId')}
              suggestion={suggestion.data}
              units={units}
              ownUnit={ownUnit}
            />
          )}
          {t.requires.length === 0 && !routed && (
            <Typography.Paragraph>确定对本件执行「{t.label}」？</Typography.Paragraph>
          )}
          <ActionFields fields={fields} />
        </>
      )}
    </FormModal>
  );
}
