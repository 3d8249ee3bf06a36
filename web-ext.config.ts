import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a browser: there is no display here. `npm run demo` opens one.
export default defineWebExtConfig({ disabled: true });
