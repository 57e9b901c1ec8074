import { readFileSync } from 'node:fs';

/** A figure and the floor it must not drop below. */
export interface FloorCheck {
  metric: string;
  value: number;
  floor: number;
  ok: boolean;
}

/**
 * Compares measured figures with the floors pinned in `<task folder>/floors.json` ({"metric": floor}).
 * Floors are raised as work improves and never lowered silently: lowering one is a reviewed commit.
 */
export function checkFloors(floorsFile: URL, figures: Record<string, number>): FloorCheck[] {
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, number>;
  return Object.entries(floors).map(([metric, floor]) => {
    const value = figures[metric];
    if (value === undefined) throw new Error(`eval: floor for "${metric}" but no such figure was measured`);
    return { metric, value, floor, ok: value + 1e-9 >= floor };
  });
}

/** Prints floor checks and sets a failing exit code when any figure is below its floor. */
export function reportFloors(task: string, checks: FloorCheck[]): void {
  for (const check of checks) {
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${task} ${check.metric} ${check.value.toFixed(3)} (floor ${check.floor.toFixed(3)})`);
  }
  if (checks.some((check) => !check.ok)) process.exitCode = 1;
}
