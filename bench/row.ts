/** One line of `npm run bench`: a figure, and where one exists its floor and budget. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same operation's floor measured in the same run; the table prints value / floor. */
  floor?: number;
  /** The DESIGN.md budget: an absolute figure in `unit`, or a ratio when `budgetIsRatio`. */
  budget?: number;
  budgetIsRatio?: boolean;
}
