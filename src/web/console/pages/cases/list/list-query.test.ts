import { describe, expect, it } from 'vitest';
import { listQuery, parseListState, toSearchParams, totalText, withFilters } from './list-query.js';

describe('case list state in the URL', () => {
  it('reads a queue link from the home page and ignores what the API would refuse', () => {
    const s = parseListState(
      new URLSearchParams('queue=toPropose&state=nonsense&from=2026-1-1&page=0&pageSize=7'),
    );
    expect(s).toEqual({ filters: { queue: 'toPropose' }, page: 1, pageSize: 20 });
  });

  it('round-trips filters and paging, leaving defaults out of the URL', () => {
    const s = parseListState(
      new URLSearchParams('q=礼金&pipeline=discipline&categoryCode=0123&groupVisit=true&page=3&pageSize=50'),
    );
    expect(toSearchParams(s).toString()).toBe(
      new URLSearchParams(
        'q=礼金&pipeline=discipline&categoryCode=0123&groupVisit=true&page=3&pageSize=50',
      ).toString(),
    );
    expect(listQuery(s)).toMatchObject({ q: '礼金', groupVisit: 'true', limit: 50, offset: 100 });
    expect(toSearchParams({ filters: {}, page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('reads the filters a statistics figure drills through with, and drops 属地本级 without its region', () => {
    const s = parseListState(
      new URLSearchParams(
        'source=leaderAssigned&unitLevel=town&unitOnly=true&matterRegionCode=441226&matterRegionExact=true',
      ),
    );
    expect(s.filters).toEqual({
      source: 'leaderAssigned',
      unitLevel: 'town',
      unitOnly: 'true',
      matterRegionCode: '441226',
      matterRegionExact: 'true',
    });
    expect(
      parseListState(new URLSearchParams('unitLevel=planet&unitOnly=yes&missing=rank,colour')).filters,
    ).toEqual({});
    expect(parseListState(new URLSearchParams('missing=matterRegion,rank')).filters).toEqual({
      missing: 'matterRegion,rank',
    });
    expect(withFilters(s, { matterRegionCode: undefined }).filters).toEqual({
      source: 'leaderAssigned',
      unitLevel: 'town',
      unitOnly: 'true',
    });
  });

  it('keeps the figure of a statistics cell beyond 10,000 while paging or sorting, and drops it on a new filter', () => {
    const s = parseListState(new URLSearchParams('channel=letter&figure=12345&page=2'));
    expect(s.figure).toBe(12345);
    expect(toSearchParams(s).get('figure')).toBe('12345');
    expect(withFilters(s, { sort: 'caseNo', order: 'asc' }).figure).toBe(12345);
    expect(withFilters(s, { channel: 'visit' }).figure).toBeUndefined();
    expect(parseListState(new URLSearchParams('figure=-3')).figure).toBeUndefined();
    expect(parseListState(new URLSearchParams('figure=abc')).figure).toBeUndefined();
  });

  it('starts again at page 1 on a new filter and drops a category without its pipeline', () => {
    const s = parseListState(new URLSearchParams('pipeline=government&categoryCode=0102&page=4'));
    const next = withFilters(s, { pipeline: undefined, channel: 'visit' });
    expect(next).toEqual({ filters: { channel: 'visit' }, page: 1, pageSize: 20 });
  });

  it('says whether the total is exact, capped or the server’s estimate', () => {
    expect(totalText(3, { totalCapped: false, totalEstimated: false })).toBe('共 3 件');
    expect(totalText(10000, { totalCapped: true, totalEstimated: false })).toBe(
      '超过 10,000 件，请用筛选条件缩小范围',
    );
    expect(totalText(15000, { totalCapped: false, totalEstimated: true })).toBe('约 15,000 件（估计数）');
    // A drill-through's statistics figure is exact: it replaces an estimate, and a cap below it.
    expect(totalText(15000, { totalEstimated: true }, 14873)).toBe('共 14,873 件（统计数）');
    expect(totalText(10000, { totalCapped: true }, 12000)).toBe('共 12,000 件（统计数）');
  });
});
