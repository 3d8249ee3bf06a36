import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openDatabaseOrNull } from '../../src/db/open';
import { SHIPPED_ENTRIES } from '../../src/glossary/bundled';
import { lemmas } from '../../src/matcher/nlp';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/popup/popup.css';

render(
  <PopupApp db={openDatabaseOrNull()} shipped={SHIPPED_ENTRIES} lemmas={lemmas} openOptions={() => void browser.runtime.openOptionsPage()} />,
  document.getElementById('app')!,
);
