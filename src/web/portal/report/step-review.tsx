import { RANK_LABELS } from '../../../domain/vocabulary/index.js';
import { formatSize } from '../ui.js';
import { NATURE_CHOICES, type ReportDraft } from './draft.js';

const PIPELINE_NAMES = { government: '党政信访', discipline: '纪检监察举报' } as const;

/** Step 4: everything as it will be sent, to read once more before submitting. */
export function ReviewSummary({ draft, onEdit }: { draft: ReportDraft; onEdit: (step: number) => void }) {
  const nature = draft.pipeline
    ? NATURE_CHOICES[draft.pipeline].find((n) => n.value === draft.nature)?.label
    : '';
  const accused = draft.accused.filter((a) => a.name.trim() || a.unit.trim());
  const Edit = ({ step, what }: { step: number; what: string }) => (
    <button type="button" className="button small" onClick={() => onEdit(step)}>
      修改{what}
    </button>
  );
  return (
    <div className="review">
      <section aria-labelledby="r1">
        <h3 id="r1">类别</h3>
        <dl className="pairs">
          <dt>反映类别</dt>
          <dd>{draft.pipeline ? PIPELINE_NAMES[draft.pipeline] : ''}</dd>
          <dt>问题性质</dt>
          <dd>{nature}</dd>
          <dt>实名或匿名</dt>
          <dd>{draft.anonymous ? '匿名' : `实名：${draft.petitioner.name}，${draft.petitioner.phone}`}</dd>
        </dl>
        <Edit step={1} what="类别" />
      </section>
      <section aria-labelledby="r2">
        <h3 id="r2">被反映人和问题发生地</h3>
        <dl className="pairs">
          <dt>被反映人</dt>
          <dd>
            {accused.length
              ? accused.map((a, i) => (
                  <span className="block" key={i}>
                    {[a.name, a.unit, a.position, a.rank ? RANK_LABELS[a.rank] : '']
                      .filter(Boolean)
                      .join('，')}
                  </span>
                ))
              : '未填写'}
          </dd>
          <dt>问题发生地</dt>
          <dd>{draft.region.at(-1)?.fullName}</dd>
        </dl>
        <Edit step={2} what="被反映人和发生地" />
      </section>
      <section aria-labelledby="r3">
        <h3 id="r3">反映内容</h3>
        <dl className="pairs">
          <dt>标题</dt>
          <dd>{draft.title}</dd>
          <dt>内容</dt>
          <dd className="pre">{draft.content}</dd>
          {draft.demands && (
            <>
              <dt>诉求</dt>
              <dd className="pre">{draft.demands}</dd>
            </>
          )}
          <dt>证据材料</dt>
          <dd>
            {draft.files.length
              ? draft.files.map((f) => `${f.name}（${formatSize(f.size)}）`).join('、')
              : '无'}
          </dd>
          <dt>查询密码</dt>
          <dd>{draft.password ? '自己设定' : '由系统生成'}</dd>
        </dl>
        <Edit step={3} what="内容" />
      </section>
    </div>
  );
}
