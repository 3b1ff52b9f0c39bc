import { useEffect, useState } from 'react';
import { errorText, portalApi, type PublicInfo } from './api.js';
import { chineseDate, weekday } from './format.js';
import { hrefOf } from './route.js';
import { LiveMessage } from './ui.js';

export function HomePage() {
  return (
    <>
      <h1 tabIndex={-1}>网上信访举报</h1>
      <p className="lead">不用跑腿，在网上反映问题、查询办理进度、评价办理结果。</p>
      <div className="actions">
        <a className="button primary" href={hrefOf('report')}>
          我要反映
        </a>
        <a className="button" href={hrefOf('query')}>
          查询进度
        </a>
      </div>

      <section aria-labelledby="scope">
        <h2 id="scope">受理哪些事项</h2>
        <div className="cards">
          <div className="card">
            <h3>党政信访</h3>
            <p>
              对党委、政府及其部门的工作提出建议意见；请求解决涉及自身合法权益的问题（申诉求决）；检举控告公职人员违法失职行为。由问题发生地的信访部门登记，转交有权处理的机关办理，一般
              60 日内办结答复，不服的可申请复查。
            </p>
          </div>
          <div className="card">
            <h3>纪检监察举报</h3>
            <p>
              检举控告党组织、党员违反党纪，监察对象职务违法、职务犯罪；对党纪处分或监察处置决定不服的申诉；对党风廉政建设和反腐败工作的批评建议。由纪检监察机关受理，实名举报优先办理并反馈结果。
            </p>
          </div>
        </div>
        <p>已经或者依法应当通过诉讼、仲裁、行政复议等法定途径解决的事项，请向有关机关提出。</p>
      </section>

      <section aria-labelledby="include">
        <h2 id="include">反映时请写清楚</h2>
        <ul>
          <li>被反映人的姓名、工作单位、职务和职级；</li>
          <li>问题发生的时间、地点、经过，涉及的人员和金额；</li>
          <li>能够证明问题的材料：图片、PDF 文件或录音，每个不超过 20 MB；</li>
          <li>您希望解决的问题（诉求）。</li>
        </ul>
      </section>

      <section aria-labelledby="level">
        <h2 id="level">由哪一级受理</h2>
        <p>
          按照干部管理权限，反映干部问题由管理该干部的那一级机关受理：乡科级及以下干部由县级受理，县处级干部由市级受理，厅局级干部由省级受理，省部级干部由中央受理；对本单位主要负责人的反映由上一级受理。其他事项按照属地管理、分级负责，由问题发生地的县（市、区）或乡镇（街道）办理，系统会根据您填写的职级和问题发生地转给有权处理的机关。
        </p>
      </section>

      <section aria-labelledby="law" className="notice-box">
        <h2 id="law">法律提示</h2>
        <p>
          反映人应当对所反映内容的真实性负责。捏造、歪曲事实，诬告陷害他人的，要承担法律责任：依纪依法严肃处理，构成犯罪的依法追究刑事责任（《中华人民共和国刑法》第二百四十三条）。
        </p>
        <p>我们依法保护反映人的合法权益，对反映人的信息和反映内容严格保密。</p>
      </section>

      <PublicInfoSection />
    </>
  );
}

function PublicInfoSection() {
  const [info, setInfo] = useState<PublicInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    portalApi.info().then(setInfo, (e: unknown) => setError(errorText(e)));
  }, []);

  return (
    <>
      <section aria-labelledby="reception">
        <h2 id="reception">领导接访安排</h2>
        {error && <LiveMessage kind="error">接访安排暂时无法显示：{error}</LiveMessage>}
        {!info && !error && <p role="status">正在加载…</p>}
        {info && info.reception.length === 0 && <p>今后四周暂无公布的接访安排。</p>}
        {info && info.reception.length > 0 && (
          <ul className="plain list-cards">
            {info.reception.map((r, i) => (
              <li key={i} className="card">
                <p className="card-title">
                  {chineseDate(r.day)}（{weekday(r.day)}）{r.timeRange}
                </p>
                <dl className="pairs">
                  <dt>接访领导</dt>
                  <dd>
                    {r.leaderName}
                    {r.leaderTitle ? `（${r.leaderTitle}）` : ''}
                  </dd>
                  <dt>单位</dt>
                  <dd>{r.unitName}</dd>
                  <dt>地点</dt>
                  <dd>{r.place}</dd>
                  {r.topics && (
                    <>
                      <dt>接访重点</dt>
                      <dd>{r.topics}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="contacts">
        <h2 id="contacts">联系方式</h2>
        {info && info.contacts.length === 0 && <p>暂无公布的联系方式。</p>}
        {info && info.contacts.length > 0 && (
          <ul className="plain list-cards">
            {info.contacts.map((c, i) => (
              <li key={i} className="card">
                <p className="card-title">{c.name}</p>
                <dl className="pairs">
                  <dt>电话</dt>
                  <dd>
                    <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
                  </dd>
                  {c.address && (
                    <>
                      <dt>地址</dt>
                      <dd>{c.address}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
