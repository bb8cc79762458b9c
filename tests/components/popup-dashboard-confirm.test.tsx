// @vitest-environment happy-dom
// The dashboard's destructive buttons ask first, like the popup's Stop tracking: Stop tracking in the
// account list, and deleting one account's data or everything. Focus waits on the safe answer.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { AccountList } from '@/components/dashboard/AccountList';
import { DangerZone } from '@/components/dashboard/DangerZone';
import type { AccountView } from '@/lib/protocol/messages';
import { root, until } from '@/tests/helpers/dom-root';

const BRAND: AccountView = {
  platform: 'x',
  id: 'brand',
  handle: 'Brand',
  tracked: true,
  source: 'user',
  posts: 3,
};
const QUIET: AccountView = { ...BRAND, id: 'quiet', handle: 'Quiet', tracked: false };

const findButton = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
const button = (name: string) => until(() => findButton(name), `button "${name}"`);
const pressEscape = (el: Element) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

describe('account list: Stop tracking', () => {
  function mount() {
    const onTrack = vi.fn();
    render(
      <AccountList accounts={[QUIET, BRAND]} selected={null} onSelect={() => {}} onTrack={onTrack} />,
      root,
    );
    return onTrack;
  }

  it('tracks at once, but asks before it stops', async () => {
    const onTrack = mount();
    (await button('Track @Quiet')).click();
    expect(onTrack).toHaveBeenCalledWith(QUIET, true);

    (await button('Stop tracking @Brand…')).click();
    const keep = await button('Keep tracking');
    expect(onTrack).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.confirm legend')?.textContent).toBe('Stop tracking @Brand?');
    await until(() => document.activeElement === keep, 'focus on Keep tracking');
    pressEscape(keep);
    const again = await button('Stop tracking @Brand…');
    await until(() => document.activeElement === again, 'focus back on the button');
    expect(onTrack).toHaveBeenCalledTimes(1);

    again.click();
    (await button('Yes, stop tracking @Brand')).click();
    expect(onTrack).toHaveBeenLastCalledWith(BRAND, false);
    expect(onTrack).toHaveBeenCalledTimes(2);
  });
});

describe('danger zone: deleting asks first', () => {
  it('asks for one account and for everything, focus on "Keep it", deletes only on "Yes"', async () => {
    const onDeleteAccount = vi.fn(async () => {});
    const onDeleteAll = vi.fn(async () => {});
    render(<DangerZone account={BRAND} onDeleteAccount={onDeleteAccount} onDeleteAll={onDeleteAll} />, root);

    const ask = await button('Delete @Brand’s data…');
    ask.click();
    const keep = await button('Keep it');
    await until(() => document.activeElement === keep, 'focus on Keep it');
    pressEscape(keep);
    await until(() => !findButton('Keep it'), 'question closed');
    await until(() => document.activeElement === ask, 'focus back on the button that asked');
    expect(onDeleteAccount).not.toHaveBeenCalled();

    ask.click();
    (await button('Yes, delete @Brand’s data')).click();
    await until(() => onDeleteAccount.mock.calls.length === 1, 'deleted');
    expect(onDeleteAccount).toHaveBeenCalledWith(BRAND);

    (await button('Delete all data…')).click();
    (await button('Keep it')).click();
    expect(onDeleteAll).not.toHaveBeenCalled();
    (await button('Delete all data…')).click();
    (await button('Yes, delete all data')).click();
    await until(() => onDeleteAll.mock.calls.length === 1, 'deleted all');
  });
});
