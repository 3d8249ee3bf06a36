import { render } from 'preact';
import { openDatabaseOrNull } from '../../src/db/open';
import { GLOSSARY_VERSION, SHIPPED_ENTRIES } from '../../src/glossary/bundled';
import { announceGlossaryChange, onGlossaryChange } from '../../src/sync/revision';
import { formsOfEntry } from '../../src/matcher/compile';
import { inflections } from '../../src/matcher/nlp';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

render(
  <OptionsApp
    db={openDatabaseOrNull()}
    shipped={SHIPPED_ENTRIES}
    announceChange={announceGlossaryChange}
    formsOf={(entry) => formsOfEntry(entry, inflections)}
    glossaryVersion={GLOSSARY_VERSION}
    addWord={new URLSearchParams(location.search).get('add') ?? undefined}
    onExternalChange={onGlossaryChange}
  />,
  document.getElementById('app')!,
);
