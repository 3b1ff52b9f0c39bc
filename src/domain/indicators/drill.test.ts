import { describe, expect, it } from 'vitest';
import { combineDrill, crossTabDrill, type CrossTabDrills } from './drill.js';

describe('drill-through queries', () => {
  it('combines parts: a later part wins, the finer category or region prefix stays, missing values add up', () => {
    expect(combineDrill({ unitId: 'a', categoryCode: '01' }, { categoryCode: '0102' })).toEqual({ unitId: 'a', categoryCode: '0102' });
    expect(combineDrill({ categoryCode: '0102' }, { categoryCode: '01' })).toEqual({ categoryCode: '0102' });
    expect(combineDrill({ matterRegionCode: '441226' }, { matterRegionCode: '441200' })).toEqual({ matterRegionCode: '441226' });
    expect(combineDrill({ missing: 'matterRegion' }, { missing: 'rank' })).toEqual({ missing: 'matterRegion,rank' });
    expect(combineDrill({ unitId: 'a' }, { unitId: 'b', unitOnly: 'true' })).toEqual({ unitId: 'b', unitOnly: 'true' });
    expect(combineDrill({ unitId: 'a' }, null)).toBeNull();
  });

  it("builds a cross-tab figure's query from the table's and its row's and column's parts", () => {
    const tab: CrossTabDrills = {
      drill: { unitId: 'u', from: '2026-10-01', to: '2026-10-31' },
      items: [{ drillPart: { channel: 'letter' } }, { drillPart: null }],
      heads: [{ drillPart: { matterRegionCode: '441226' } }, { drillPart: { missing: 'matterRegion' } }],
    };
    expect(crossTabDrill(tab, 0, 0)).toEqual({ unitId: 'u', from: '2026-10-01', to: '2026-10-31', channel: 'letter', matterRegionCode: '441226' });
    expect(crossTabDrill(tab, 0, null)).toEqual({ unitId: 'u', from: '2026-10-01', to: '2026-10-31', channel: 'letter' });
    expect(crossTabDrill(tab, null, 1)).toEqual({ unitId: 'u', from: '2026-10-01', to: '2026-10-31', missing: 'matterRegion' });
    expect(crossTabDrill(tab, null, null)).toEqual(tab.drill);
    // A row the list cannot select: none of its figures links, the column totals still do.
    expect(crossTabDrill(tab, 1, 0)).toBeNull();
    expect(crossTabDrill({ ...tab, drill: null }, null, 0)).toBeNull();
  });
});
