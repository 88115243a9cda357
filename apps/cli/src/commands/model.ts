import { exitCodes } from '../cli-error.js';
import type { Lang } from '../i18n.js';
import { loadModels } from '../input.js';
import type { Output } from '../output.js';
import { renderMaturityModel, renderOperatingModel } from '../render/model-text.js';

/** `citymaturity model [--pack mmssc|scom] [--json]`: the model, readable or as JSON. */
export async function modelCommand(
  options: { lang: Lang; pack: 'mmssc' | 'scom'; json?: boolean },
  out: Output,
): Promise<number> {
  const { packs } = await loadModels();
  const pack = packs[options.pack];
  if (options.json) out.stdout(JSON.stringify(pack, null, 2));
  else
    out.stdout(
      options.pack === 'mmssc'
        ? renderMaturityModel(packs.mmssc, options.lang)
        : renderOperatingModel(packs.scom, options.lang),
    );
  return exitCodes.ok;
}
