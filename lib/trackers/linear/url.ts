import { LINEAR_ISSUE_KEY, linearIds } from './identity';
import {
  canonicalTicket,
  type DetectedTicket,
  type TrackerUrlOptions,
  type UrlExamples,
} from '../types';

/** Issue keys as URLs carry them, any case; ASCII only (`i` without `u`). */
const ISSUE_KEY = new RegExp(`^${LINEAR_ISSUE_KEY}$`, 'i');

/** `/<workspace>/issue/<KEY>` with an optional title slug: `/acme/issue/ENG-7/fix-the-thing`. */
const ISSUE_PATH = /^\/([^/]+)\/issue\/([^/]+)(?:\/[^/]+)?\/?$/;

/** The Linear issue a page URL shows: `https://linear.app/<workspace>/issue/<KEY>[/<slug>]`. */
export function parseLinearTicketUrl(
  url: URL,
  _options: TrackerUrlOptions = {},
): DetectedTicket | null {
  if (url.protocol !== 'https:' || url.host !== 'linear.app') return null;
  const match = ISSUE_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2] || !ISSUE_KEY.test(match[2])) return null;
  const workspace = match[1].toLowerCase();
  const key = match[2].toUpperCase();
  return canonicalTicket(linearIds, url.hostname, key, `linear:${workspace}/${key}`);
}

export const examples: UrlExamples = {
  positive: [
    { url: 'https://linear.app/acme/issue/ENG-7', id: 'linear:acme/ENG-7' },
    { url: 'https://linear.app/acme/issue/ENG-7/', id: 'linear:acme/ENG-7' },
    { url: 'https://linear.app/acme/issue/ENG-7/fix-the-thing', id: 'linear:acme/ENG-7' },
    { url: 'https://linear.app/acme/issue/ENG-7/fix-the-thing/', id: 'linear:acme/ENG-7' },
    { url: 'https://linear.app/acme/issue/eng-7/fix-the-thing', id: 'linear:acme/ENG-7' },
    { url: 'https://linear.app/Acme/issue/ENG-7', id: 'linear:acme/ENG-7' },
    {
      url: 'https://linear.app/acme/issue/ENG-123/checkout-fails-when-the-cart-is-empty#comment-4f9d2c1a',
      id: 'linear:acme/ENG-123',
    },
    {
      url: 'https://linear.app/acme/issue/ENG-123/checkout-fails-when-the-cart-is-empty?utm_source=slack',
      id: 'linear:acme/ENG-123',
    },
    {
      url: 'https://linear.app/acme-inc/issue/DES2-45/new-onboarding-illustrations',
      id: 'linear:acme-inc/DES2-45',
    },
    { url: 'https://linear.app/42labs/issue/OPS-1', id: 'linear:42labs/OPS-1' },
    {
      url: 'https://linear.app/acme/issue/MOBILE-9001/crash-on-launch-ios-17',
      id: 'linear:acme/MOBILE-9001',
    },
    { url: 'https://linear.app/acme/issue/E-1', id: 'linear:acme/E-1' },
  ],
  negative: [
    // Workspace pages that are not one issue
    'https://linear.app/acme/project/checkout-revamp-8f3a2b1c9d0e/overview',
    'https://linear.app/acme/project/checkout-revamp-8f3a2b1c9d0e/issues',
    'https://linear.app/acme/projects/all',
    'https://linear.app/acme/team/ENG/active',
    'https://linear.app/acme/team/ENG/backlog',
    'https://linear.app/acme/team/ENG/all',
    'https://linear.app/acme/team/ENG/cycle/active',
    'https://linear.app/acme/view/my-open-bugs-5c6d7e8f9a0b',
    'https://linear.app/acme/inbox',
    'https://linear.app/acme/my-issues/assigned',
    'https://linear.app/acme/initiatives',
    'https://linear.app/acme/document/launch-plan-1a2b3c4d5e6f',
    'https://linear.app/acme/settings/account',
    'https://linear.app/acme/settings/teams/ENG',
    // Issue paths without a valid key
    'https://linear.app/acme/issue/',
    'https://linear.app/acme/issue',
    'https://linear.app/acme/issue/ENG',
    'https://linear.app/acme/issue/ENG-0',
    'https://linear.app/acme/issue/ENG_1-7',
    'https://linear.app/acme/issue/ENGINEERING1-7',
    'https://linear.app/acme/issue/1ENG-7',
    'https://linear.app/acme/issue/ENG-7/fix-the-thing/extra',
    'https://linear.app/-acme/issue/ENG-7',
    // Marketing and docs
    'https://linear.app/',
    'https://linear.app/login',
    'https://linear.app/docs/creating-issues',
    'https://linear.app/changelog',
    // Other hosts, schemes and ports
    'http://linear.app/acme/issue/ENG-7',
    'https://linear.app:8443/acme/issue/ENG-7',
    'https://linear.app.evil.com/acme/issue/ENG-7',
    'https://notlinear.app/acme/issue/ENG-7',
    'https://uploads.linear.app/acme/issue/ENG-7',
    'linear://acme/issue/ENG-7',
  ],
};
