// How much of a field's limit is used, said before the browser silently stops the typing.
import { formatNumber as format } from './locale-format';

export interface CharCountProps {
  id: string;
  length: number;
  max: number;
  /** Shown from this share of the limit on (0: always). */
  from?: number;
}

export function CharCount({ id, length, max, from = 0 }: CharCountProps) {
  if (length < max * from) return null;
  return (
    <p class="hint" id={id}>
      {format(length)} of {format(max)} characters{length >= max ? ': that is as long as it can be' : ''}
    </p>
  );
}
