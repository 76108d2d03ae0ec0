import { i18n } from '#i18n';
import type { SidebarState } from '../../lib/sidebar/state-schema';
import './matched-rules.css';

interface MatchedRulesProps {
  rules: NonNullable<SidebarState['matchedRules']>;
  /** The rule the context comes from, if it comes from one (listed above, not here). */
  winner?: string;
  /** The ticket has its own link, which wins over every rule. */
  tagged: boolean;
}

/** The other rules that hold for this ticket, and what a tag changes: the context file at work. */
export function MatchedRules({ rules, winner, tagged }: MatchedRulesProps) {
  const others = rules.filter((rule) => rule.id !== winner);
  if (others.length === 0) return null;
  return (
    <section className="matched-rules" aria-label={i18n.t('sidebar.rulesAlso')}>
      <h2 className="section-heading">
        {tagged ? i18n.t('sidebar.rulesOverridden') : i18n.t('sidebar.rulesAlso')}
      </h2>
      <ul>
        {others.map((rule) => (
          <li key={rule.id}>{rule.name}</li>
        ))}
      </ul>
    </section>
  );
}
