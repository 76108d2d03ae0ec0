import { formatNumber, uiLocale } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useState } from 'react';
import type { ContextFileProblem } from '../../lib/context-file/parse';
import type { Standalone } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import type { EntityType } from '../../lib/schema/entities';
import type { ImportPreview as ImportPreviewData } from '../../lib/standalone/preview-outcome';
import { relativeTime } from '../shared/relative-time';
import { WORKER_SILENT } from '../shared/useWorkerAction';
import { ConfirmDialog } from './ConfirmDialog';
import { ContextFileDrop } from './ContextFileDrop';
import { ExportButton } from './ExportButton';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';

type State =
  | { kind: 'idle' }
  | { kind: 'importing' }
  | { kind: 'imported'; workspaceName: string }
  | { kind: 'refused'; fileName: string; problems: ContextFileProblem[] }
  | { kind: 'previewing'; fileName: string }
  | { kind: 'preview'; text: string; fileName: string; preview: ImportPreviewData }
  | { kind: 'confirm-remove' };

const COUNTED: EntityType[] = ['bucket', 'mission', 'goal', 'intent', 'link', 'rule'];

/** "3 buckets, 1 mission, …" */
export function describeCounts(counts: Record<EntityType, number>): string {
  return new Intl.ListFormat(uiLocale(), { type: 'unit' }).format(
    COUNTED.map((type) =>
      i18n.t(`options.standalone.${type}`, counts[type], [formatNumber(counts[type])]),
    ),
  );
}

/**
 * Standalone mode: no server, the context comes from a file (DESIGN.md "Context file"). Tags made
 * on tickets then stay in this browser, and Export writes them back into a file.
 */
export function StandaloneSection(props: {
  standalone?: Standalone;
  counts: Record<EntityType, number>;
}) {
  const { standalone, counts } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });

  const importText = async (text: string, fileName: string) => {
    setState({ kind: 'importing' });
    const outcome = await sendMessage('standalone.import', { text, fileName }).catch(() => ({
      ok: false as const,
      problems: [{ path: '', message: WORKER_SILENT }],
    }));
    setState(
      outcome.ok
        ? { kind: 'imported', workspaceName: outcome.workspaceName }
        : { kind: 'refused', fileName, problems: outcome.problems },
    );
  };
  // Every file is previewed first (what it adds, changes, removes; how far its rules reach), and
  // imported only on Import: the preview also says when it replaces an imported context.
  const chosen = async (text: string, fileName: string) => {
    setState({ kind: 'previewing', fileName });
    const outcome = await sendMessage('standalone.preview', { text }).catch(() => ({
      ok: false as const,
      problems: [{ path: '', message: WORKER_SILENT }],
    }));
    setState(
      outcome.ok
        ? { kind: 'preview', text, fileName, preview: outcome.preview }
        : { kind: 'refused', fileName, problems: outcome.problems },
    );
  };
  const remove = async () => {
    await sendMessage('standalone.remove', {}).catch(() => undefined);
    setState({ kind: 'idle' });
  };

  return (
    <section aria-labelledby="standalone-heading">
      <h2 id="standalone-heading">{i18n.t('options.standalone.heading')}</h2>
      {standalone ? (
        <div className="standalone-status">
          <p className="connected" role="status">
            {i18n.t('options.standalone.using', [
              standalone.workspaceName,
              standalone.fileName ?? i18n.t('options.standalone.anImportedFile'),
              relativeTime(standalone.importedAt),
            ])}
          </p>
          <p className="muted">{i18n.t('options.standalone.counts', [describeCounts(counts)])}</p>
          <div className="actions row">
            <ExportButton />
            <button type="button" onClick={() => setState({ kind: 'confirm-remove' })}>
              {i18n.t('options.standalone.remove')}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">{i18n.t('options.standalone.intro')}</p>
      )}
      <ContextFileDrop
        disabled={state.kind === 'importing' || state.kind === 'previewing'}
        onFile={(text, fileName) => void chosen(text, fileName)}
        onRefused={(reason, fileName) =>
          setState({ kind: 'refused', fileName, problems: [{ path: '', message: reason }] })
        }
      />
      {state.kind === 'previewing' && (
        <p role="status">{i18n.t('options.standalone.reading', [state.fileName])}</p>
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          fileName={state.fileName}
          preview={state.preview}
          replaces={standalone !== undefined}
          onImport={() => void importText(state.text, state.fileName)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'importing' && <p role="status">{i18n.t('options.standalone.importing')}</p>}
      {state.kind === 'imported' && (
        <p className="connected" role="status">
          {i18n.t('options.standalone.imported', [state.workspaceName, describeCounts(counts)])}
        </p>
      )}
      {state.kind === 'refused' && (
        <ImportProblems fileName={state.fileName} problems={state.problems} />
      )}
      {state.kind === 'confirm-remove' && (
        <ConfirmDialog
          title={i18n.t('options.standalone.removeTitle')}
          confirmLabel={i18n.t('options.standalone.removeConfirm')}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setState({ kind: 'idle' })}
        >
          <p>{i18n.t('options.standalone.removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
