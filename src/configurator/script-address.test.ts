import { describe, expect, it } from 'vitest';
import { cdnAddress, checkScriptAddress, manifestAddress } from './script-address';

describe('cdnAddress', () => {
  it('names the package at one version, in the dist folder, on each CDN', () => {
    expect(cdnAddress('jsdelivr', '1.2.3')).toBe(
      'https://cdn.jsdelivr.net/npm/clinic-widget@1.2.3/dist/clinic-widget.js',
    );
    expect(cdnAddress('unpkg', '1.2.3')).toBe(
      'https://unpkg.com/clinic-widget@1.2.3/dist/clinic-widget.js',
    );
    expect(manifestAddress(cdnAddress('unpkg', '1.2.3'))).toBe(
      'https://unpkg.com/clinic-widget@1.2.3/dist/release.json',
    );
  });
});

describe('checkScriptAddress', () => {
  it('accepts an absolute https: address of the loader', () => {
    expect(checkScriptAddress('https://www.clinic.example/cw/clinic-widget.js')).toEqual({});
    expect(checkScriptAddress('  https://clinic.example/clinic-widget.js?v=2  ')).toEqual({});
  });

  it.each([
    ['', 'Enter the address'],
    ['cdn.example/clinic-widget.js', 'starting with https://'],
    ['/dist/clinic-widget.js', 'starting with https://'],
    ['clinic-widget.js', 'starting with https://'],
    ['http://clinic.example/clinic-widget.js', 'Browsers block'],
    ['ftp://clinic.example/clinic-widget.js', 'not a ftp address'],
    ['javascript:alert(1)//clinic-widget.js', 'not a javascript address'],
    ['https://clinic.example/dist/', 'must end in /clinic-widget.js'],
    ['https://clinic.example/dist/main-abc.js', 'must end in /clinic-widget.js'],
    ['https://clinic.example/my-clinic-widget.js', 'must end in /clinic-widget.js'],
  ])('refuses %j, saying what to do', (address, message) => {
    const check = checkScriptAddress(address);
    expect(check.error).toContain(message);
    expect(check.warning).toBeUndefined();
  });

  it.each([
    'http://localhost:5173/dist/clinic-widget.js',
    'http://127.0.0.1:8080/dist/clinic-widget.js',
    'http://[::1]/clinic-widget.js',
    'https://localhost/clinic-widget.js',
  ])('accepts %j with a warning that it works on this computer alone', (address) => {
    const check = checkScriptAddress(address);
    expect(check.error).toBeUndefined();
    expect(check.warning).toContain('this computer only');
  });
});
