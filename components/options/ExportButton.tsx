import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useState } from 'react';
import { contextFileYaml, exportFileName, exportLocalContext } from '../../lib/standalone/export';
import { useDb } from '../shared/useDb';

/** Downloads the local context as a context file (YAML) that imports back as it is. */
export function ExportButton() {
  const db = useDb();
  const [note, setNote] = useState<string>();

  const download = async () => {
    const exported = await exportLocalContext(db);
    const blob = new Blob([contextFileYaml(exported)], { type: 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = exportFileName(exported.file.workspace);
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNote(
      exported.skipped > 0
        ? i18n.t('options.export.skipped', [formatNumber(exported.skipped)])
        : undefined,
    );
  };

  return (
    <>
      <button type="button" onClick={() => void download()}>
        {i18n.t('options.export.button')}
      </button>
      {note && (
        <p className="field-note" role="status">
          {note}
        </p>
      )}
    </>
  );
}
