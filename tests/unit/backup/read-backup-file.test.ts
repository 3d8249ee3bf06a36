import { describe, expect, it, vi } from 'vitest';
import { readBackupFile } from '../../../src/backup/read-backup-file';

describe('choosing a file to import', () => {
  it('refuses a file over 20 MB by its size, without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const { backup, problems } = await readBackupFile({ size: 3 * 1024 ** 3, text });
    expect(backup).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['The file is 3072.0 MB; at most 20 MB can be imported.']);
    expect(text).not.toHaveBeenCalled();
  });

  it('says so when the file cannot be read', async () => {
    const { problems } = await readBackupFile({ size: 10, text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    expect(problems.map((p) => p.message)).toEqual(['The file could not be read (NotReadableError).']);
  });

  it('reads and checks a file within the limit', async () => {
    const { backup } = await readBackupFile(new Blob(['{"format":"health-glossary-helper/personal-glossary","version":1}']));
    expect(backup?.entries).toEqual([]);
  });
});
