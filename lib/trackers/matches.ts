/** Origins where the built-in content scripts run and the sidebar frame may be embedded. */
export const GITHUB_MATCHES = ['https://github.com/*'] as const;
export const JIRA_MATCHES = ['https://*.atlassian.net/*'] as const;
export const LINEAR_MATCHES = ['https://linear.app/*'] as const;
export const TRACKER_MATCHES = [...GITHUB_MATCHES, ...JIRA_MATCHES, ...LINEAR_MATCHES] as const;
