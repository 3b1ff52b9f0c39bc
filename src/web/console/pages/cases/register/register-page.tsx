import { Card } from 'antd';
import { useState } from 'react';
import { api } from '../../../../common/api.js';
import type { Unit } from '../../../../common/types.js';
import { useLoad } from '../../../../common/use-load.js';
import { useMe } from '../../../session.js';
import type { RegisterResult } from '../types.js';
import { RegisterForm, type Carry } from './register-form.js';
import { RegisterResultView, type UploadOutcome } from './register-result.js';

/** Discipline bodies register reports (纪检监察); petition bureaus and departments register petitions (党政信访). */
const DISCIPLINE_KINDS = new Set(['discipline', 'stationedAgency']);

/** 信访登记: the form, then what was saved; 继续登记 opens a fresh form that keeps how items come in today. */
export default function RegisterPage() {
  const me = useMe();
  const unit = useLoad(() => api.get<Unit>(`/units/${me.unit.id}`), me.unit.id);
  const [done, setDone] = useState<{ result: RegisterResult; uploads: UploadOutcome[] } | null>(null);
  const [carry, setCarry] = useState<Carry | null>(null);
  const [round, setRound] = useState(0);

  if (done)
    return (
      <RegisterResultView
        result={done.result}
        uploads={done.uploads}
        onContinue={() => {
          setDone(null);
          setRound((r) => r + 1);
        }}
      />
    );
  // The unit's own region and kind give the first form its defaults; without them the form still opens.
  if (unit.loading && !unit.data && !unit.error) return <Card loading title="信访登记" />;
  const first: Carry = unit.data
    ? {
        pipeline: DISCIPLINE_KINDS.has(unit.data.kind) ? 'discipline' : 'government',
        ...(unit.data.regionCode ? { matterRegionCode: unit.data.regionCode } : {}),
      }
    : {};
  return (
    <RegisterForm
      key={round}
      carry={carry ?? first}
      onRegistered={(result, uploads, next) => {
        setCarry(next);
        setDone({ result, uploads });
        window.scrollTo({ top: 0 });
      }}
    />
  );
}
