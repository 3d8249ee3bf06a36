// What an import will do, before anything is written, and its progress. Props only.
export interface ImportPreviewProps {
  summary: readonly string[];
  /** Some items of the file were left out for their problems: the button says so. */
  partial: boolean;
  progress: number | null;
  onImport: () => void;
  onCancel: () => void;
}

export function ImportPreview({ summary, partial, progress, onImport, onCancel }: ImportPreviewProps) {
  const busy = progress !== null;
  return (
    <div class="preview">
      <p>{partial ? 'The rest of this file will bring:' : 'This file will bring:'}</p>
      <ul>{summary.map((line) => <li key={line}>{line}</li>)}</ul>
      <p class="hint">A copy of what you have now is kept, so you can undo the import.</p>
      <button type="button" onClick={onImport} disabled={busy}>{partial ? 'Import the rest' : 'Import'}</button>{' '}
      <button type="button" onClick={onCancel} disabled={busy}>Cancel</button>
      {busy && <progress max={1} value={progress} aria-label="Importing">{Math.round(progress * 100)}%</progress>}
    </div>
  );
}
