// 归口: which department answers for a government petition's category. Data, edited by admins; the defaults
// follow the common content categories of domain-reference.md §7.2. Codes are matched by longest prefix, so a
// sub-category inherits its parent's department unless it has its own row; the name is the fallback key.

export interface CategoryDepartment {
  /** Category code or code prefix (a parent category covers its children). */
  category: string;
  categoryName: string;
  /** The department's name as units are named (…人力资源和社会保障局 contains 人力资源和社会保障局). */
  department: string;
  /** Other names the same department goes by (人社局). */
  aliases?: readonly string[];
  /** 纪检监察 matters go to the discipline body of the level, not to a government department. */
  crossesTo?: 'discipline';
}

export const DEFAULT_CATEGORY_DEPARTMENTS: readonly CategoryDepartment[] = [
  {
    category: '01',
    categoryName: '城乡建设',
    department: '住房和城乡建设局',
    aliases: ['住建局', '住房城乡建设局'],
  },
  { category: '02', categoryName: '劳动社保', department: '人力资源和社会保障局', aliases: ['人社局'] },
  { category: '03', categoryName: '农村农业', department: '农业农村局', aliases: ['农业局'] },
  {
    category: '04',
    categoryName: '国土资源',
    department: '自然资源局',
    aliases: ['自然资源和规划局', '国土资源局'],
  },
  { category: '05', categoryName: '生态环境', department: '生态环境局', aliases: ['环保局', '生态环境分局'] },
  {
    category: '06',
    categoryName: '卫生健康',
    department: '卫生健康局',
    aliases: ['卫生健康委员会', '卫健委', '卫健局'],
  },
  { category: '07', categoryName: '教育', department: '教育局', aliases: ['教育和体育局', '教体局'] },
  { category: '08', categoryName: '民政', department: '民政局' },
  { category: '09', categoryName: '交通运输', department: '交通运输局', aliases: ['交通局'] },
  {
    category: '10',
    categoryName: '商贸/市场监管',
    department: '市场监督管理局',
    aliases: ['市场监管局', '商务局'],
  },
  { category: '11', categoryName: '政法', department: '政法委员会', aliases: ['政法委'] },
  { category: '12', categoryName: '组织人事', department: '组织部', aliases: ['委组织部'] },
  { category: '13', categoryName: '纪检监察', department: '纪委监委', crossesTo: 'discipline' },
  {
    category: '14',
    categoryName: '党务政务',
    department: '政府办公室',
    aliases: ['人民政府办公室', '党委办公室'],
  },
  {
    category: '15',
    categoryName: '科技文体',
    department: '文化和旅游局',
    aliases: ['科学技术局', '文化广电旅游体育局'],
  },
];

/** The row for a category: the longest code prefix that matches, else the same name; undefined for 其他. */
export function departmentForCategory(
  table: readonly CategoryDepartment[],
  code?: string | null,
  name?: string | null,
): CategoryDepartment | undefined {
  if (code) {
    const byCode = table
      .filter((row) => code.startsWith(row.category))
      .sort((a, b) => b.category.length - a.category.length)[0];
    if (byCode) return byCode;
  }
  return name ? table.find((row) => row.categoryName === name) : undefined;
}

/** Does a unit's name denote the department of this row? */
export function namesDepartment(
  row: CategoryDepartment,
  unitName: string,
  shortName?: string | null,
): boolean {
  const names = [row.department, ...(row.aliases ?? [])];
  return names.some((n) => unitName.includes(n) || (shortName ?? '').includes(n));
}
