// The problems found in a chosen file, in words. Props only.
import type { Problem } from '../../backup/parse-backup';
import { formatNumber } from './locale-format';

export interface ImportProblemsProps {
  problems: readonly Problem[];
  /** All problems, also those past the listed ones. */
  count: number;
  /** Whether the items without problems can still be imported. */
  restCanBeImported: boolean;
}

export function ImportProblems({ problems, count, restCanBeImported }: ImportProblemsProps) {
  if (count === 0) return null;
  const more = count - problems.length;
  return (
    <div role="alert" class="problems">
      <p>
        {formatNumber(count)} problem{count === 1 ? '' : 's'} in the file
        {restCanBeImported ? '; the items with problems will be left out:' : ':'}
      </p>
      <ul>
        {problems.map((p, i) => <li key={i}>{p.message}</li>)}
      </ul>
      {more > 0 && <p>… and {formatNumber(more)} more.</p>}
    </div>
  );
}
