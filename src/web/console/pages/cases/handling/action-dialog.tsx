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

interface Props {
  caseId: string;
  caseNo: string;
  action: CaseAction;
  version: number;
  units: readonly Unit[];
  ownUnit: { id: string; path: string };
  onClose: () => void;
  /** After the action went through, or when someone else acted first (the trail is read again). */
  onDone: () => void;
}

/** One workflow action: its fields, the routing suggestion where the case goes elsewhere, and the server's answer. */
export function ActionDialog({ caseId, caseNo, action, version, units, ownUnit, onClose, onDone }: Props) {
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
      // Someone acted first: nothing was changed; show the case as it is now.
      if (e instanceof ApiError && e.status === 409) {
        message.warning(e.message);
        onDone();
        return;
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
          {fields.length === 0 && <Typography.Paragraph>确定对本件执行「{t.label}」？</Typography.Paragraph>}
          <ActionFields fields={fields} />
        </>
      )}
    </FormModal>
  );
}
