// The shipped glossary as bundled into the extension: every glossary/terms/*.json file.
import { joinGlossaryFiles } from './shipped';
import type { Entry, GlossaryFile } from './types';
import pkg from '../../package.json';

const files = import.meta.glob<GlossaryFile>('../../glossary/terms/*.json', { eager: true, import: 'default' });

export const SHIPPED_ENTRIES: readonly Entry[] = joinGlossaryFiles(Object.values(files));

/** The glossary travels with the extension's version: a new release may change any entry. */
export const GLOSSARY_VERSION: string = pkg.version;
