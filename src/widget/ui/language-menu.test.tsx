import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InWidget } from '../test-utils';
import { LanguageMenu, type LanguageStatus } from './language-menu';

const IDLE: LanguageStatus = { pending: null, failed: false };

function renderMenu(status: LanguageStatus = IDLE) {
  const onChange = vi.fn();
  render(
    <InWidget>
      <LanguageMenu onChange={onChange} status={status} />
    </InWidget>,
  );
  return { onChange, user: userEvent.setup(), button: screen.getByRole('button') };
}

const active = () => document.activeElement as HTMLElement;
/** The open list is a chunk of its own: the first open waits for it. */
const opened = () => screen.findAllByRole('menuitemradio', {}, { timeout: 15_000 });

describe('LanguageMenu', () => {
  it('is a menu button naming the language shown, in its own language', () => {
    const { button } = renderMenu();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.hasAttribute('aria-expanded')).toBe(false);
    expect(button.textContent).toBe('LanguageEnglish');
    expect(button.querySelector('[lang="en"]')?.textContent).toBe('English');
  });

  it('opens on Enter with focus on the language shown, each named in its own language', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    const items = await opened();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: 'Language' })).toBeTruthy();
    expect(items.map((item) => [item.lang, item.textContent])).toContainEqual(['ar', 'العربية']);
    expect(active()).toBe(items[0]);
    expect(items[0]!.getAttribute('aria-checked')).toBe('true');
    expect(items.filter((item) => item.getAttribute('aria-checked') === 'true')).toHaveLength(1);
  });

  it('changes nothing while arrows, Home and End move; Enter picks and focus returns', async () => {
    const { user, button, onChange } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowDown}');
    const items = await opened();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{End}{ArrowDown}{Home}{ArrowUp}');
    // Up from the first wraps to the last.
    expect(active()).toBe(items[items.length - 1]);
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}');
    expect(onChange).not.toHaveBeenCalled();
    expect(active().textContent).toBe('简体中文');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('zh-Hans');
    expect(active()).toBe(button);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('picks with Space or a click, and closes without a pick on Escape', async () => {
    const { user, button, onChange } = renderMenu();
    await user.click(button);
    await opened();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(active()).toBe(button);
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{ArrowUp}');
    expect(active().textContent).toBe('Português (Brasil)');
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith('pt-BR');
    await user.click(button);
    await user.click(screen.getByRole('menuitemradio', { name: 'Deutsch' }));
    expect(onChange).toHaveBeenLastCalledWith('de');
    // The language shown, picked again: nothing to load.
    await user.click(button);
    await user.click(screen.getByRole('menuitemradio', { name: 'English' }));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('closes when focus leaves it (Tab, or a click elsewhere)', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await opened();
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.hasAttribute('aria-expanded')).toBe(false);
  });

  it('says that a picked language is loading, without claiming it yet', () => {
    const { button } = renderMenu({ pending: 'de', failed: false });
    expect(button.closest('[aria-busy]')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(button.textContent).toBe('LanguageEnglish');
  });

  it('says politely that a picked language could not be loaded', () => {
    const { button } = renderMenu({ pending: null, failed: true });
    expect(button.closest('[aria-busy]')?.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe(
      'Sorry, that language could not be loaded. Please try again later.',
    );
  });
});
