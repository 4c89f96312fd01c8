import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Testing Library's auto-cleanup needs Vitest globals; we keep globals off and clean up here.
afterEach(cleanup);
