/**
 * Where the marks switches live (`{ off: ['jira'] }`): marks on boards and lists, per tracker, on
 * unless switched off. Apart from the sidebar switches (is-tracker-enabled.ts) so turning marks off
 * never hides the sidebar; read by content scripts, hence no zod and no registry here.
 */
export const MARKS_ENABLED_KEY = 'throughline.marks.v1';
