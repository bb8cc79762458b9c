/** The tag of our badge hosts: the observer ignores their insertion, so a badge never re-reads its post. */
export const BADGE_TAG = 'resonance-badge';
