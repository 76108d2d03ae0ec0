import type { BenchRow } from './row';

function verdict(row: BenchRow): string {
  if (Number.isNaN(row.value)) return 'not measured';
  if (row.budget === undefined) return '';
  const measured = row.budgetIsRatio && row.floor ? row.value / row.floor : row.value;
  if (measured <= row.budget) return 'within budget';
  if (row.budgetAllowsNoise && row.noise !== undefined && measured <= row.budget + row.noise)
    return 'within noise';
  return 'OVER BUDGET';
}

const figure = (value: number) => value.toFixed(Math.abs(value) < 10 ? 3 : 1);

function valueCell(row: BenchRow): string {
  if (Number.isNaN(row.value)) return '—';
  const sign = row.overFloor && row.value >= 0 ? '+' : '';
  const noise = row.noise === undefined ? '' : ` ±${figure(row.noise)}`;
  return `${sign}${figure(row.value)}${noise} ${row.unit}`;
}

/** The table `npm run bench` prints: value (± noise), floor, ratio, budget and verdict. */
export function printBenchTable(rows: readonly BenchRow[]): void {
  const table = rows.map((row) => ({
    benchmark: row.name,
    value: valueCell(row),
    floor: row.floor === undefined ? '' : `${row.floor.toFixed(3)} ${row.unit}`,
    ratio: row.floor && !row.overFloor ? `${(row.value / row.floor).toFixed(2)}×` : '',
    budget:
      row.budget === undefined ? '' : `${row.budget}${row.budgetIsRatio ? '×' : ` ${row.unit}`}`,
    verdict: verdict(row),
  }));
  console.table(table);
  for (const row of rows.filter((r) => r.note)) console.log(`${row.name}: ${row.note}`);
}
