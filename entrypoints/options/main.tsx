import { render } from 'preact';
import { openDatabaseOrNull } from '../../src/db/open';
import { SHIPPED_ENTRIES } from '../../src/glossary/bundled';
import { announceGlossaryChange } from '../../src/sync/revision';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

render(
  <OptionsApp db={openDatabaseOrNull()} shipped={SHIPPED_ENTRIES} announceChange={announceGlossaryChange} />,
  document.getElementById('app')!,
);
