import type { ContextFileProblem } from '../../lib/context-file/parse';

/** One problem as a person reads it: `missions[0].goals[1].status (line 14): Invalid option`. */
export function describeProblem(problem: ContextFileProblem): string {
  const where = [problem.path, problem.line === undefined ? '' : `(line ${problem.line})`]
    .filter((part) => part !== '')
    .join(' ');
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}

export function describeProblems(problems: readonly ContextFileProblem[]): string {
  return problems.map(describeProblem).join('; ');
}
