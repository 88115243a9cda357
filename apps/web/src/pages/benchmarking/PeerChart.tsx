import {
  peerChartExtensions,
  peerChartOption,
  peerChartSize,
  type PeerChartInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use } from 'echarts/core';
import { useCallback } from 'react';
import { ResponsiveSvgChart } from '../../components/ResponsiveSvgChart.js';

use(peerChartExtensions);

/**
 * The peer comparison chart (`@citymaturity/charts`), drawn to its container's width (see
 * {@link ResponsiveSvgChart}).
 */
export default function PeerChart({
  input,
  lang,
  maxWidth,
}: {
  input: PeerChartInput;
  lang: TextLanguage;
  maxWidth?: number;
}) {
  const build = useCallback(
    (width: number) => ({
      option: peerChartOption(input, lang, { width }),
      size: peerChartSize(input.rows.length, width),
    }),
    [input, lang],
  );
  return <ResponsiveSvgChart build={build} maxWidth={maxWidth} />;
}
