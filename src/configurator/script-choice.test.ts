import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRIPT,
  integrityFromManifest,
  integritySource,
  scriptAddress,
  scriptBlockers,
} from './script-choice';

const MANIFEST = {
  name: 'clinic-widget',
  version: '0.2.0',
  files: [
    { path: 'main-abc.js', integrity: 'sha384-main' },
    { path: 'clinic-widget.js', integrity: 'sha384-loader' },
  ],
};

describe('scriptAddress', () => {
  it('defaults to the jsDelivr address of this version', () => {
    expect(scriptAddress(DEFAULT_SCRIPT, '0.2.0')).toBe(
      'https://cdn.jsdelivr.net/npm/clinic-widget@0.2.0/dist/clinic-widget.js',
    );
    const own = {
      ...DEFAULT_SCRIPT,
      host: 'own' as const,
      ownUrl: ' https://a.example/clinic-widget.js ',
    };
    expect(scriptAddress(own, '0.2.0')).toBe('https://a.example/clinic-widget.js');
  });
});

describe('integrity', () => {
  it('pins the loader of the version the snippet names, and only that version', () => {
    expect(integrityFromManifest(MANIFEST, '0.2.0')).toEqual({
      status: 'found',
      integrity: 'sha384-loader',
    });
    expect(integrityFromManifest(MANIFEST, '0.3.0')).toMatchObject({ status: 'failed' });
    expect(integrityFromManifest(MANIFEST, null)).toMatchObject({ status: 'found' });
    expect(integrityFromManifest({ files: [] }, null)).toMatchObject({ status: 'failed' });
    expect(integrityFromManifest('<html>', null)).toMatchObject({ status: 'failed' });
    expect(integrityFromManifest(null, null)).toMatchObject({ status: 'failed' });
  });

  it('reads a CDN version’s hashes from the preview’s own build, and an own host’s beside it', () => {
    expect(integritySource(DEFAULT_SCRIPT, 'http://127.0.0.1:5173/dist/clinic-widget.js')).toBe(
      'http://127.0.0.1:5173/dist/release.json',
    );
    const own = {
      ...DEFAULT_SCRIPT,
      host: 'own' as const,
      ownUrl: 'https://a.example/cw/clinic-widget.js',
    };
    expect(integritySource(own, 'http://127.0.0.1/dist/clinic-widget.js')).toBe(
      'https://a.example/cw/release.json',
    );
  });
});

describe('scriptBlockers', () => {
  it('lets a CDN address through, and blocks a broken own address or a missing hash', () => {
    expect(scriptBlockers(DEFAULT_SCRIPT, { status: 'off' })).toEqual([]);
    expect(scriptBlockers(DEFAULT_SCRIPT, { status: 'found', integrity: 'sha384-x' })).toEqual([]);
    const own = { ...DEFAULT_SCRIPT, host: 'own' as const, ownUrl: 'cdn.example/clinic-widget.js' };
    expect(scriptBlockers(own, { status: 'off' })[0]).toMatchObject({ fieldId: 'scriptUrl' });
    const local = { ...own, ownUrl: 'http://localhost:5173/dist/clinic-widget.js' };
    expect(scriptBlockers(local, { status: 'off' })).toEqual([]);
    expect(scriptBlockers(DEFAULT_SCRIPT, { status: 'reading' })[0]!.fieldId).toBe('integrity');
    expect(
      scriptBlockers(DEFAULT_SCRIPT, { status: 'failed', reason: 'nope' })[0]!.message,
    ).toContain('nope');
  });
});
