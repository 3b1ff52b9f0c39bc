import { Card, Col, Input, Row, Spin, Tree } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../common/api.js';
import { ErrorResult } from '../../../common/error-result.js';
import type { Items, Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import { ancestorIds, buildUnitForest, unitTreeData, type UnitTreeData } from '../../components/unit-tree.js';
import { useMe } from '../../session.js';
import { UnitDetail } from './unit-detail.js';

/** Keeps the branches that match the search text (and the path down to them). */
function filterTree(nodes: UnitTreeData[], text: string): UnitTreeData[] {
  if (!text) return nodes;
  return nodes.flatMap((n) => {
    const children = filterTree(n.children ?? [], text);
    if (n.label.includes(text) || children.length)
      return [{ ...n, ...(children.length ? { children } : {}) }];
    return [];
  });
}

const allKeys = (nodes: UnitTreeData[]): string[] =>
  nodes.flatMap((n) => [n.key, ...allKeys(n.children ?? [])]);

export default function UnitsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { unitId } = useParams();
  const selected = unitId ?? me.unit.id;
  const [listTick, setListTick] = useState(0);
  const list = useLoad(() => api.get<Items<Unit>>('/units'), String(listTick));
  const units = useMemo(() => list.data?.items ?? [], [list.data]);
  const treeData = useMemo(() => unitTreeData(buildUnitForest(units)), [units]);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);

  // Open the branches down to the selected unit (and the top level) whenever the list or the selection changes.
  useEffect(() => {
    if (!units.length) return;
    const roots = treeData.map((n) => n.key);
    setExpanded((prev) => [...new Set([...prev, ...roots, ...ancestorIds(units, selected)])]);
  }, [units, treeData, selected]);

  const shown = useMemo(() => filterTree(treeData, search.trim()), [treeData, search]);

  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card title="单位结构" styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflow: 'auto' } }}>
          <Input.Search
            placeholder="按名称查找单位"
            allowClear
            onChange={(e) => setSearch(e.target.value)}
            style={{ marginBottom: 12 }}
          />
          {list.error ? (
            <ErrorResult error={list.error} onRetry={() => void list.reload()} />
          ) : !list.data ? (
            <Spin />
          ) : (
            <Tree
              aria-label="单位树"
              treeData={shown}
              selectedKeys={[selected]}
              expandedKeys={search.trim() ? allKeys(shown) : expanded}
              onExpand={(keys) => !search.trim() && setExpanded(keys.map(String))}
              onSelect={(keys) => keys[0] && navigate(`/units/${String(keys[0])}`)}
              blockNode
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        <UnitDetail
          id={selected}
          units={units}
          ownUnitId={me.unit.id}
          onChanged={(next) => {
            setListTick((t) => t + 1);
            if (next) navigate(`/units/${next}`);
          }}
        />
      </Col>
    </Row>
  );
}
