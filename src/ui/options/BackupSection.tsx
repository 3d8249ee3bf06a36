// Back up and restore the personal glossary: export it whole (JSON); import a file only after
// every part of it was checked and the user saw what it would change, keeping a copy of what was
// there before so that the import can be undone.
import { useState } from 'preact/hooks';
import { applyBackup } from '../../backup/apply-backup';
import { exportBackup } from '../../backup/export-backup';
import type { Backup } from '../../backup/format';
import { parseBackup, type ParsedBackup } from '../../backup/parse-backup';
import { changesAnything, describePlan, planImport } from '../../backup/plan-import';
import { readBackupFile } from '../../backup/read-backup-file';
import type { GlossaryDb } from '../../db/database';
import { latestSnapshot, restoreSnapshot } from '../../db/snapshots';
import { readUserData } from '../../db/user-data';
import type { Entry } from '../../glossary/types';
import type { DraftForm } from '../../matcher/compile';
import { useLiveQuery } from '../use-live-query';
import { download } from './download';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { UndoImport } from './UndoImport';

export interface BackupSectionProps {
  db: GlossaryDb;
  glossaryVersion: string;
  formsOf: (entry: Entry) => DraftForm[];
  announceChange: () => Promise<void>;
}

interface Pending {
  backup: Backup;
  summary: string[];
  fileName: string;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'error');

export function BackupSection({ db, glossaryVersion, formsOf, announceChange }: BackupSectionProps) {
  const [found, setFound] = useState<Pick<ParsedBackup, 'problems' | 'problemCount'>>({ problems: [], problemCount: 0 });
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const { value: snapshot } = useLiveQuery(() => latestSnapshot(db), [db]);

  const exportAll = async () => {
    const backup = await exportBackup(db, glossaryVersion);
    const text = JSON.stringify(backup, null, 2);
    download(`health-glossary-${backup.exportedAt.slice(0, 10)}.json`, 'application/json', text);
    // Data saved by an older release may break a limit of this one: say so now, not at restore time.
    const check = parseBackup(text);
    setFound(check);
    setStatus(check.problemCount ? 'Exported, but the items listed above would be left out when this file is imported.' : 'Exported.');
  };

  const choose = (file: File | undefined) =>
    check(file).catch((error: unknown) => setStatus(`The file could not be checked (${errorName(error)}); nothing was changed.`));
  const check = async (file: File | undefined) => {
    setStatus('');
    setPending(null);
    setFound({ problems: [], problemCount: 0 });
    if (!file) return;
    const parsed = await readBackupFile(file);
    setFound(parsed);
    const refused = `“${file.name}” was not imported: nothing was changed.`;
    if (!parsed.backup) return setStatus(refused);
    const stored = Object.fromEntries((await db.settings.toArray()).map((s) => [s.key, s.value]));
    const plan = planImport(await readUserData(db), stored, parsed.backup);
    if (!changesAnything(plan)) return setStatus(parsed.problemCount ? refused : `Nothing to import: everything in “${file.name}” is already here.`);
    setPending({ backup: parsed.backup, summary: describePlan(plan), fileName: file.name });
  };

  const confirm = async () => {
    if (!pending) return;
    setProgress(0);
    try {
      await applyBackup(db, pending.backup, formsOf, setProgress, `the import of “${pending.fileName}”`);
      await announceChange();
      setStatus('Imported.');
      setFound({ problems: [], problemCount: 0 });
    } catch (error) {
      setStatus(`The import failed (${errorName(error)}); nothing was changed.`);
    }
    setProgress(null);
    setPending(null);
  };

  const restore = async () => {
    if (snapshot?.id === undefined) return;
    setProgress(0);
    try {
      await restoreSnapshot(db, snapshot.id);
      await announceChange();
      setStatus(`Restored what you had before ${snapshot.reason}.`);
    } catch (error) {
      setStatus(`Could not restore (${errorName(error)}); nothing was changed.`);
    }
    setProgress(null);
  };

  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Back up and restore</h2>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>Export my glossary (JSON)</button>
      </div>
      <label>
        Import a personal glossary file
        <input type="file" name="import" accept="application/json,.json" onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // So that choosing the same file again (after an undo) is heard.
            void choose(file);
          }} />
      </label>
      <ImportProblems problems={found.problems} count={found.problemCount} restCanBeImported={pending !== null} />
      {pending && (
        <ImportPreview
          summary={pending.summary}
          partial={found.problemCount > 0}
          progress={progress}
          onImport={() => void confirm()}
          onCancel={() => (setPending(null), setFound({ problems: [], problemCount: 0 }))}
        />
      )}
      {snapshot && !pending && <UndoImport reason={snapshot.reason} takenAt={snapshot.takenAt} busy={progress !== null} onRestore={() => void restore()} />}
      <p role="status">{status}</p>
    </section>
  );
}
