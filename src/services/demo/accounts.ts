import type { Role } from '../../domain/vocabulary/index.js';

/** One demo account per role at several levels; README.md lists the same table. */
export interface DemoAccount {
  username: string;
  displayName: string;
  unit: string;
  roles: Role[];
  title: string;
}

const a = (username: string, displayName: string, unit: string, roles: Role[], title: string): DemoAccount => ({
  username,
  displayName,
  unit,
  roles,
  title,
});

export const DEMO_ACCOUNTS: DemoAccount[] = [
  a('admin', '系统管理员', 'root', ['admin'], '系统管理员'),
  a('auditor', '安全审计员', 'root', ['auditor'], '安全审计员'),
  a('gd_registrar', '陈登记', 'gd', ['registrar'], '省纪委信访室办信员'),
  a('gd_leader', '张欣', 'gd', ['leader'], '省纪委信访室副主任'),
  a('zq_registrar', '黄登记', 'zq', ['registrar'], '市纪委信访室办信员'),
  a('zq_unithead', '梁主任', 'zq', ['unitHead'], '市纪委信访室主任'),
  a('zq_leader', '何书记', 'zq', ['leader'], '市纪委副书记'),
  a('zq_supervisor', '冯督办', 'zq', ['supervisor'], '市纪委督办员'),
  a('zq_analyst', '林统计', 'zq', ['analyst'], '市纪委统计员'),
  a('dq_admin', '德庆管理员', 'dq', ['admin'], '县纪委系统管理员'),
  a('dq_registrar', '李登记', 'dq', ['registrar'], '县纪委信访室办信员'),
  a('dq_handler', '王承办', 'dq', ['handler'], '县纪委承办人'),
  a('dq_unithead', '赵主任', 'dq', ['unitHead'], '县纪委信访室主任'),
  a('dq_leader', '刘书记', 'dq', ['leader'], '县纪委书记'),
  a('dq_supervisor', '周督办', 'dq', ['supervisor'], '县纪委督办员'),
  a('dq_analyst', '吴统计', 'dq', ['analyst'], '县纪委统计员'),
  a('dq_auditor', '郑审计', 'dq', ['auditor'], '县纪委安全审计员'),
  a('dc_handler', '孙承办', 'dq_town0', ['handler', 'registrar'], '德城街道群众工作站'),
  a('dc_unithead', '罗站长', 'dq_town0', ['unitHead'], '德城街道群众工作站站长'),
  a('fk_admin', '封开管理员', 'fk', ['admin'], '封开县纪委系统管理员'),
  a('fk_registrar', '邓登记', 'fk', ['registrar'], '封开县纪委办信员'),
  a('jz_registrar', '高登记', 'jz', ['registrar'], '胶州市信访局登记员'),
  a('jz_leader', '马局长', 'jz', ['leader'], '胶州市信访局局长'),
  a('jz_unithead', '于科长', 'jz', ['unitHead', 'handler'], '胶州市信访局办信科科长'),
  a('zy_registrar', '宋登记', 'zy', ['registrar'], '中云街道信访办登记员'),
  a('zy_handler', '杜承办', 'zy', ['handler'], '中云街道信访办承办人'),
  a('zy_unithead', '姜主任', 'zy', ['unitHead'], '中云街道信访办主任'),
  a('zy_leader', '唐书记', 'zy', ['leader'], '中云街道党工委书记'),
  a('zy_deputy', '宋副主任', 'zy', ['leader'], '中云街道办事处副主任'),
  a('zy_supervisor', '薛督办', 'zy_stability', ['supervisor'], '中云街道稳定中心'),
  a('zy_analyst', '韩统计', 'zy', ['analyst'], '中云街道统计员'),
  a('xs_liaison', '袁联络', 'zy_xisong', ['liaison'], '西宋村信访联络员'),
  a('gjz_liaison', '郭联络', 'zy_guojiazhuang', ['liaison'], '郭家庄村信访联络员'),
  a('fj_liaison', '曹联络', 'zy_fenjin', ['liaison'], '奋进鞋业信访联络员'),
  a('hty_liaison', '何联络', 'zy_hetouyuan', ['liaison'], '河头源社区信访联络员'),
  a('zysq_liaison', '钟联络', 'zy_zhongyun', ['liaison'], '中云社区信访联络员'),
  a('xt_liaison', '项联络', 'zy_xiangtang', ['liaison'], '响堂村信访联络员'),
  a('zzj_liaison', '朱联络', 'zy_zhuangzhijian', ['liaison'], '装置件厂信访联络员'),
  a('zsj_liaison', '曾联络', 'zy_zaishengjiao', ['liaison'], '再生胶厂信访联络员'),
  a('zd_liaison', '丁联络', 'zy_zhiding', ['liaison'], '制钉厂信访联络员'),
  a('ey_liaison', '尹联络', 'zy_eryun', ['liaison'], '第二运输公司信访联络员'),
  a('sd_liaison', '沈联络', 'zy_shunde', ['liaison'], '顺德印刷厂信访联络员'),
];
