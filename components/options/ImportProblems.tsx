import type { ContextFileProblem } from '../../lib/context-file/parse';

/** Why a context file was refused, each problem with where it is (line and path) when known. */
export function ImportProblems({
  fileName,
  problems,
}: {
  fileName?: string;
  problems: ContextFileProblem[];
}) {
  return (
    <div className="notice error" role="alert" aria-labelledby="import-problems-heading">
      <h3 id="import-problems-heading">
        {fileName ?? 'The file'} was not imported. Nothing changed.
      </h3>
      <ul className="problems">
        {problems.map((problem, index) => (
          <li key={index}>
            {where(problem) && <span className="where">{where(problem)}</span>}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function where({ line, path }: ContextFileProblem): string {
  const parts = [line !== undefined ? `Line ${line}` : '', path].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}
