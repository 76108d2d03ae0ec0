/** One line of `npm run bench`: a figure, and where one exists its floor and budget. */
export interface BenchRow {
  name: string;
  /** NaN when the figure could not be measured in this run; `note` then says why. */
  value: number;
  unit: string;
  /** The same operation's floor measured in the same run; the table prints value / floor. */
  floor?: number;
  /**
   * `value` is already the extra over `floor` (the host-cost rows: paired differences to the
   * empty-content-script extension), so the table prints it as `+value` and no ratio.
   */
  overFloor?: boolean;
  /** The DESIGN.md budget: an absolute figure in `unit`, or a ratio when `budgetIsRatio`. */
  budget?: number;
  budgetIsRatio?: boolean;
  /** The run's own noise band for this figure (same unit), printed as ± beside the value. */
  noise?: number;
  /**
   * A value above the budget by less than `noise` is "within noise", not over budget: for budgets
   * that say "not at all" (the `load` event never delayed: 0 ms), which only noise can check.
   */
  budgetAllowsNoise?: boolean;
  note?: string;
}
