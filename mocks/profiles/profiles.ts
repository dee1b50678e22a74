import type { ProfileId } from '../../src/api/contract/library';
import type { LibraryProfile } from './profile';
import { p000 } from './p000';
import { p001 } from './p001';
import { p002 } from './p002';
import { p003 } from './p003';
import { p004 } from './p004';

export const profiles: Record<ProfileId, LibraryProfile> = { p000, p001, p002, p003, p004 };

/** The library a fresh browser starts with: p003 has the fullest set of rules and states. */
export const defaultProfileId: ProfileId = 'p003';
