// Back up and restore the personal glossary: export it whole (JSON); import a file only after
// every part of it was checked and the user saw what it does, with a progress bar while it works.
import { useState } from 'preact/hooks';
import { applyBackup } from '../../backup/apply-backup';
import { exportBackup } from '../../backup/export-backup';
import { download } from './download';
import type { Backup } from '../../backup/format';
import { parseBackup, type Problem } from '../../backup/parse-backup';
import { describePlan, planImport } from '../../backup/plan-import';
import type { GlossaryDb } from '../../db/database';
import { readUserData } from '../../db/user-data';
import type { Entry } from '../../glossary/types';
import type { DraftForm } from '../../matcher/compile';

export interface BackupSectionProps {
  db: GlossaryDb;
  glossaryVersion: string;
  formsOf: (entry: Entry) => DraftForm[];
  announceChange: () => Promise<void>;
}

export function BackupSection({ db, glossaryVersion, formsOf, announceChange }: BackupSectionProps) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, setPending] = useState<{ backup: Backup; summary: string[] } | null>(null);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<number | null>(null);

  const exportAll = async () => {
    const backup = await exportBackup(db, glossaryVersion);
    download(`health-glossary-${backup.exportedAt.slice(0, 10)}.json`, 'application/json', JSON.stringify(backup, null, 2));
  };

  const choose = async (file: File | undefined) => {
    setStatus('');
    setPending(null);
    if (!file) return;
    const { backup, problems: found } = parseBackup(await file.text());
    setProblems(found);
    if (!backup) return setStatus(`“${file.name}” was not imported: nothing was changed.`);
    const stored = Object.fromEntries((await db.settings.toArray()).map((s) => [s.key, s.value]));
    setPending({ backup, summary: describePlan(planImport(await readUserData(db), stored, backup)) });
  };
  const confirm = async () => {
    if (!pending) return;
    setProgress(0);
    try {
      await applyBackup(db, pending.backup, formsOf, setProgress);
      await announceChange();
      setStatus('Imported.');
    } catch (error) {
      setStatus(`The import failed (${error instanceof Error ? error.name : 'error'}); nothing was changed.`);
    }
    setProgress(null);
    setPending(null);
  };

  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Back up and restore</h2>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>Export my glossary (JSON)</button>
      </div>
      <label>
        Import a personal glossary file
        <input type="file" name="import" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </label>
      {problems.length > 0 && (
        <div role="alert" class="problems">
          <p>{problems.length} problem{problems.length === 1 ? '' : 's'} in the file:</p>
          <ul>
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}><code>{p.at}</code> {p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div class="preview">
          <p>This file will bring:</p>
          <ul>{pending.summary.map((line) => <li key={line}>{line}</li>)}</ul>
          <button type="button" onClick={() => void confirm()} disabled={progress !== null}>Import</button>{' '}
          <button type="button" onClick={() => setPending(null)} disabled={progress !== null}>Cancel</button>
          {progress !== null && <progress max={1} value={progress} aria-label="Importing">{Math.round(progress * 100)}%</progress>}
        </div>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
