// What a printed case sheet shows. The caller maps a case to it: every value is already the Chinese text to print
// (labels, region names, category path, dates), and personal data is already masked or not, as the reader may see.

export interface PetitionerView {
  name: string;
  sex?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

export interface AccusedView {
  /** A person's name, or the unit's name when a unit is reported. */
  name?: string;
  unit?: string;
  position?: string;
  /** 职级 label, e.g. 乡科级. */
  rank?: string;
}

export interface CaseSheetView {
  /** The registering unit, printed above the form title, e.g. 德庆县纪委监委. */
  unitName: string;
  /** 信访编号; printed and encoded as Code128 and QR. */
  caseNo: string;
  /** What the QR code carries (a query link, say); the case number when absent. */
  qrText?: string;
  /** 信访日期 / 收文日期, e.g. 2026-03-02 or 2026年3月2日. */
  receivedOn: string;
  /** 登记时间, e.g. 2026-03-02 10:21. */
  registeredAt: string;
  /** 信访形式, e.g. 来信. */
  channel: string;
  /** 信访来源, e.g. 本机关受理. */
  source: string;
  /** 业务类型, e.g. 党政信访 or 纪检监察检举控告. */
  pipeline: string;
  /** 性质 (government) or 类别 (discipline), e.g. 申诉求决. */
  nature: string;
  /** 问题类别 path, e.g. 城乡建设／征地拆迁. */
  category?: string;
  /** 问题属地 full name. */
  matterRegion?: string;
  headcount: number;
  groupVisit: boolean;
  skipLevel: boolean;
  realName: boolean;
  anonymous?: boolean;
  /** 重复信访 note, e.g. 重复件（第2次，原件 DQ441226-2025-000311）. */
  repeat?: string;
  petitioners: PetitionerView[];
  accused: AccusedView[];
  title: string;
  summary?: string;
  demands?: string;
  /** 紧急程度 label: 一般 / 紧急 / 特急. */
  urgency: string;
  /** 密级 label: 非密 / 内部 / 秘密 / 机密. */
  secrecy: string;
  /** 登记人. */
  registrar: string;
  /** 来文单位 of a forwarded item (the 呈批件 falls back to the petitioners' names). */
  fromUnit?: string;
  /** Texts already decided, printed inside their boxes; the boxes stay empty for handwriting otherwise. */
  proposal?: string;
  instruction?: string;
  result?: string;
  /** Footer, e.g. 打印时间 2026-03-02 10:30 and the printing user. */
  printedAt?: string;
  printedBy?: string;
}
