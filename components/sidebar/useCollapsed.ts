import { sidebarCollapsed } from '../../lib/sidebar/collapsed-state';
import { useStoredSetting } from '../shared/useStoredSetting';

/** The remembered open/closed state; changing it resizes the frame through the content script. */
export function useCollapsed(): [boolean, (collapsed: boolean) => void] {
  const [collapsed = false, setCollapsed] = useStoredSetting(sidebarCollapsed);
  return [collapsed, setCollapsed];
}
