// Mounts the popover in an open shadow root (WXT's createShadowRootUi), created on first use so
// that pages the user never hovers get no extra element at all.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_ATTRIBUTE } from '../page/collect';
import { Popover, type PopoverProps } from './Popover';
import { POPOVER_CSS } from './popover-styles';

export interface PopoverHost {
  show(props: PopoverProps): Promise<void>;
  hide(): void;
  contains(node: Node | null): boolean;
}

export function createPopoverHost(ctx: ContentScriptContext): PopoverHost {
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let creating: Promise<HTMLElement> | null = null;

  const ensure = () =>
    (creating ??= createShadowRootUi(ctx, {
      name: 'health-glossary-popover',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: POPOVER_CSS,
      onMount: (uiContainer) => uiContainer,
      onRemove: (uiContainer) => {
        if (uiContainer) render(null, uiContainer);
      },
    }).then((ui) => {
      ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, '');
      ui.mount();
      host = ui.shadowHost;
      container = ui.uiContainer;
      return ui.uiContainer;
    }));

  return {
    async show(props) {
      const el = await ensure();
      render(<Popover {...props} />, el);
    },
    hide() {
      if (container) render(null, container);
    },
    contains(node) {
      return !!node && !!host && (node === host || host.contains(node));
    },
  };
}
