import { i18n } from '#i18n';
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
        {i18n.t('options.file.notImported', [fileName ?? i18n.t('options.file.theFile')])}
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
  const parts = [line !== undefined ? i18n.t('options.file.line', [line]) : '', path].filter(
    Boolean,
  );
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}
