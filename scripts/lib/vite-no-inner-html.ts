// Preact supports `dangerouslySetInnerHTML`, which means its bundle assigns `innerHTML`, and
// Firefox's add-on linter rightly warns about that. We never use it (an architecture test makes
// sure), so this build step removes the branch from Preact: any use would now throw.
import type { Plugin } from 'vite';

const ASSIGN = /(\w+)\.innerHTML=(\w+)\.__html/g;
const COMPARE = /(\w+)\.__html==(\w+)\.innerHTML/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'health-glossary:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      if (!code.includes('.innerHTML=')) this.error('Preact changed: its innerHTML assignment was not found, update scripts/lib/vite-no-inner-html.ts');
      return code
        .replace(ASSIGN, '(()=>{throw new Error("dangerouslySetInnerHTML is not used by this extension")})()')
        .replace(COMPARE, '!1');
    },
  };
}
