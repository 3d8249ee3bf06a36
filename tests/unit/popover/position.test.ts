import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../src/popover/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

describe('placePopover', () => {
  it('goes below a term in the middle of the screen, centred on it', () => {
    const p = placePopover({ left: 450, top: 300, width: 100, height: 20 }, size, viewport);
    expect(p).toEqual({ left: 350, top: 326, side: 'below', maxHeight: 200 });
  });

  it('flips above a term near the bottom edge', () => {
    const p = placePopover({ left: 450, top: 700, width: 100, height: 20 }, size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(700);
  });

  it('shifts right at the left edge and left at the right edge', () => {
    expect(placePopover({ left: 0, top: 100, width: 40, height: 20 }, size, viewport).left).toBe(8);
    expect(placePopover({ left: 980, top: 100, width: 20, height: 20 }, size, viewport).left).toBe(1000 - 8 - 300);
  });

  it('stays below a term at the top edge', () => {
    const p = placePopover({ left: 450, top: 0, width: 100, height: 20 }, size, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(20);
  });

  it('caps the height to the larger side when neither side fits', () => {
    const p = placePopover({ left: 100, top: 150, width: 50, height: 20 }, { width: 300, height: 900 }, { width: 400, height: 400 });
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(400 - 8);
  });

  it('narrows to a viewport smaller than the popover', () => {
    const p = placePopover({ left: 10, top: 10, width: 50, height: 20 }, size, { width: 200, height: 600 });
    expect(p.left).toBe(8);
  });
});
