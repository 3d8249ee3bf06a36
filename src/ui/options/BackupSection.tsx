// Back up and restore the personal glossary: export it whole (JSON) or the notes alone
// (Markdown); import a file only after every part of it was checked and the user saw what it does.
import { useState } from 'preact/hooks';
import { applyBackup } from '../../backup/apply-backup';
import { exportBackup, notesAsMarkdown } from '../../backup/export-backup';
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
  termOf: (id: string) => string | undefined;
  formsOf: (entry: Entry) => DraftForm[];
  announceChange: () => Promise<void>;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function BackupSection({ db, glossaryVersion, termOf, formsOf, announceChange }: BackupSectionProps) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, setPending] = useState<{ backup: Backup; summary: string[] } | null>(null);
  const [status, setStatus] = useState('');

  const exportAll = async () => {
    const backup = await exportBackup(db, glossaryVersion);
    download(`health-glossary-${backup.exportedAt.slice(0, 10)}.json`, 'application/json', JSON.stringify(backup, null, 2));
  };
  const exportNotes = async () => download('questions-for-my-care-team.md', 'text/markdown', notesAsMarkdown(await db.notes.toArray(), termOf));

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
    try {
      await applyBackup(db, pending.backup, formsOf);
      await announceChange();
      setStatus('Imported.');
    } catch (error) {
      setStatus(`The import failed (${error instanceof Error ? error.name : 'error'}); nothing was changed.`);
    }
    setPending(null);
  };

  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Back up and restore</h2>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>Export my glossary (JSON)</button>
        <button type="button" onClick={() => void exportNotes()}>Export my notes (Markdown)</button>
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
          <button type="button" onClick={() => void confirm()}>Import</button>{' '}
          <button type="button" onClick={() => setPending(null)}>Cancel</button>
        </div>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
