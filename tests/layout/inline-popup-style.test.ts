import { describe, expect, it } from 'vitest';
import { inlinePopupStyle, inlineSheets } from '@/scripts/build/inline-popup-style';

const PAGE = 'entrypoints/popup/index.html';
const html = (sheet: string) =>
  `<head><script type="module" crossorigin src="/chunks/popup.js"></script>\n<link rel="stylesheet" crossorigin href="/${sheet}"></head>`;

type File = { type: string; fileName: string; source?: string };
function build(files: File[]): Record<string, File> {
  const bundle = Object.fromEntries(files.map((f) => [f.fileName, f]));
  const plugin = inlinePopupStyle() as unknown as { generateBundle: (o: unknown, b: unknown) => void };
  plugin.generateBundle({}, bundle);
  return bundle;
}

describe("the popup's stylesheet written into its page", () => {
  it('replaces the link with the sheet, and keeps the script', () => {
    const out = inlineSheets(html('assets/popup.css'), new Map([['assets/popup.css', '.a{color:red}']]));
    expect(out.used).toEqual(['assets/popup.css']);
    expect(out.html).toContain('<style>.a{color:red}</style>');
    expect(out.html).not.toContain('<link');
    expect(out.html).toContain('src="/chunks/popup.js"');
  });

  it('leaves a link to a sheet it does not have', () => {
    const page = html('assets/other.css');
    expect(inlineSheets(page, new Map([['assets/popup.css', '.a{}']]))).toEqual({ html: page, used: [] });
  });

  it('refuses a sheet that would end the element early', () => {
    expect(() =>
      inlineSheets(html('assets/popup.css'), new Map([['assets/popup.css', 'a{content:"</style>"}']])),
    ).toThrow(/cannot be written/);
  });

  it('drops the sheet from the build once written in, and touches no other page', () => {
    const dashboard = {
      type: 'asset',
      fileName: 'entrypoints/dashboard/index.html',
      source: html('assets/d.css'),
    };
    const bundle = build([
      { type: 'asset', fileName: PAGE, source: html('assets/popup.css') },
      { type: 'asset', fileName: 'assets/popup.css', source: '.p{}' },
      { type: 'asset', fileName: 'assets/d.css', source: '.d{}' },
      dashboard,
    ]);
    expect(bundle[PAGE]!.source).toContain('<style>.p{}</style>');
    expect(bundle['assets/popup.css']).toBeUndefined();
    expect(bundle['assets/d.css']).toBeDefined();
    expect(bundle['entrypoints/dashboard/index.html']!.source).toBe(html('assets/d.css'));
  });

  it('keeps a sheet another page still links', () => {
    const bundle = build([
      { type: 'asset', fileName: PAGE, source: html('assets/shared.css') },
      { type: 'asset', fileName: 'assets/shared.css', source: '.s{}' },
      { type: 'asset', fileName: 'entrypoints/dashboard/index.html', source: html('assets/shared.css') },
    ]);
    expect(bundle[PAGE]!.source).toContain('<style>.s{}</style>');
    expect(bundle['assets/shared.css']).toBeDefined();
  });
});
