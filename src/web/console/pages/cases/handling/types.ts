// Response shapes of the handling API (src/server/routes/handling/*.ts).

export interface TrailEvent {
  id: number;
  at: string;
  actorName: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  opinion: string | null;
  detail: unknown;
}

export interface TrailDeadline {
  step: string;
  startOn: string;
  dueOn: string;
  originalDueOn: string;
  provisional: boolean;
  status: string;
  onTime: boolean | null;
  paused: boolean;
  light: string | null;
  overdueGrade: string | null;
}

export interface TrailInstruction {
  leaderName: string;
  at: string;
  text: string;
  documentNo: string | null;
}

export interface TrailSupervision {
  id: string;
  kind: string;
  byName: string;
  at: string;
  reason: string | null;
  requirement: string | null;
  dueOn: string | null;
  reply: string | null;
}

export interface TrailNotice {
  id: string;
  kind: string;
  noticeNo: string;
  issuedAt: string;
  issuedBy: string;
}

export interface TrailLink {
  kind: string;
  direction: string;
  caseId: string;
  caseNo: string;
  state: string;
  unitName: string;
  undone: boolean;
}

export interface Trail {
  caseNo: string;
  state: string;
  version: number;
  allowedActions: string[];
  events: TrailEvent[];
  deadlines: TrailDeadline[];
  instructions: TrailInstruction[];
  supervisions: TrailSupervision[];
  notices: TrailNotice[];
  links: TrailLink[];
}

export interface RouteSuggestion {
  unitId: string | null;
  unitName: string | null;
  level: string | null;
  pipeline: string;
  direction: 'here' | 'down' | 'up' | null;
  reasons: string[];
  /** The parent of the case's unit, named (it lies outside the caller's unit list). */
  parentUnit?: { id: string; name: string } | null;
}
