import { Tag } from 'antd';
import type { Unit } from '../../common/types.js';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** The flat subtree list as a forest: roots are units whose parent is not in the list (the caller's own unit). */
export function buildUnitForest(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const order = (a: UnitNode, b: UnitNode) =>
    a.unit.sortOrder - b.unit.sortOrder || a.unit.code.localeCompare(b.unit.code);
  const sortAll = (list: UnitNode[]) => {
    list.sort(order);
    for (const n of list) sortAll(n.children);
  };
  sortAll(roots);
  return roots;
}

/** Ids of a unit and everything below it. */
export function subtreeIds(units: readonly Unit[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
  }
  return out;
}

/** Ids from the root down to `id` (for expanding the tree to a selected unit). */
export function ancestorIds(units: readonly Unit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let cur = byId.get(id);
  while (cur?.parentId && byId.has(cur.parentId)) {
    out.unshift(cur.parentId);
    cur = byId.get(cur.parentId);
  }
  return out;
}

export function UnitTitle({ unit }: { unit: Unit }) {
  return (
    <span style={unit.active ? undefined : { color: 'rgba(0,0,0,.35)' }}>
      {unit.name}
      {!unit.active && (
        <Tag style={{ marginLeft: 6 }} variant="filled">
          已停用
        </Tag>
      )}
    </span>
  );
}

export interface UnitTreeData {
  key: string;
  value: string;
  title: React.ReactNode;
  /** Plain text for TreeSelect search. */
  label: string;
  disabled?: boolean;
  children?: UnitTreeData[];
}

/** Data for antd Tree and TreeSelect. `disable` marks units that cannot be chosen. */
export function unitTreeData(forest: UnitNode[], disable?: (u: Unit) => boolean): UnitTreeData[] {
  return forest.map(({ unit, children }) => ({
    key: unit.id,
    value: unit.id,
    title: <UnitTitle unit={unit} />,
    label: unit.name,
    ...(disable?.(unit) ? { disabled: true } : {}),
    ...(children.length ? { children: unitTreeData(children, disable) } : {}),
  }));
}
